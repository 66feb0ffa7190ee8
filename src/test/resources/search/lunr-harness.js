'use strict'
// Runs the real lunr.js 2.3.9 for the Java differential tests, one batch per process.
// Usage: node lunr-harness.js <path/to/lunr.js> <command> <input.json> <output.json>
// The input and output are JSON files; each command below documents its shape.

const fs = require('fs')
const [lunrPath, command, inputPath, outputPath] = process.argv.slice(2)
const lunr = require(lunrPath)
const input = JSON.parse(fs.readFileSync(inputPath, 'utf8'))

if (lunr.version !== '2.3.9') {
  throw new Error('expected lunr 2.3.9, got ' + lunr.version)
}

// {ref, fields: [{name, boost?}], docs: [{...}], boosts: [number|null]} -> lunr.Index
function buildIndex (spec) {
  return lunr(function () {
    this.ref(spec.ref)
    spec.fields.forEach(function (f) {
      this.field(f.name, f.boost !== undefined ? { boost: f.boost } : undefined)
    }, this)
    spec.docs.forEach(function (doc, i) {
      const boost = spec.boosts ? spec.boosts[i] : null
      this.add(doc, boost !== null && boost !== undefined ? { boost: boost } : undefined)
    }, this)
  })
}

function search (idx, query) {
  try {
    return { hits: idx.search(query).map(function (r) { return [r.ref, r.score] }) }
  } catch (e) {
    return { error: (e.name || 'Error') + ': ' + e.message }
  }
}

const commands = {
  // + nodeIndexPath (written: JSON.stringify of lunr's index), javaIndexPath (read), queries: [string]
  // -> {results: [{query, node, java}]}, each side {hits: [[ref, score]]} or {error}
  index: function (spec) {
    const nodeIdx = buildIndex(spec)
    fs.writeFileSync(spec.nodeIndexPath, JSON.stringify(nodeIdx))
    const javaIdx = lunr.Index.load(JSON.parse(fs.readFileSync(spec.javaIndexPath, 'utf8')))
    return {
      results: spec.queries.map(function (q) {
        return { query: q, node: search(nodeIdx, q), java: search(javaIdx, q) }
      })
    }
  },

  // + warmupIterations, warmupCpuMs, iterations
  // -> {warmupIterations, buildMs: [..], stringifyMs: [..], cpuMs, jsonChars}: per
  // iteration, lunr(...) and then JSON.stringify of that index, after untimed rounds of the same for at least
  // warmupIterations and warmupCpuMs of process CPU time; cpuMs is the process CPU time
  // (all threads) of the timed rounds. Times only lunr's work, not node's start or file I/O.
  bench: function (spec) {
    let json
    const cpuMs = function () {
      const usage = process.cpuUsage()
      return (usage.user + usage.system) / 1000
    }
    const warmupEnd = cpuMs() + spec.warmupCpuMs
    let warmupIterations = 0
    while (warmupIterations < spec.warmupIterations || cpuMs() < warmupEnd) {
      json = JSON.stringify(buildIndex(spec))
      warmupIterations++
    }
    const buildMs = []
    const stringifyMs = []
    const cpuStart = process.cpuUsage()
    for (let i = 0; i < spec.iterations; i++) {
      const start = process.hrtime.bigint()
      const idx = buildIndex(spec)
      const built = process.hrtime.bigint()
      json = JSON.stringify(idx)
      const end = process.hrtime.bigint()
      buildMs.push(Number(built - start) / 1e6)
      stringifyMs.push(Number(end - built) / 1e6)
    }
    const cpu = process.cpuUsage(cpuStart)
    return {
      warmupIterations: warmupIterations,
      buildMs: buildMs,
      stringifyMs: stringifyMs,
      cpuMs: (cpu.user + cpu.system) / 1000,
      jsonChars: json.length
    }
  },

  // {words} -> {stems}: lunr.stemmer on each word as it is (no trimming or lowercasing)
  stem: function (spec) {
    return { stems: spec.words.map(function (w) { return lunr.stemmer(new lunr.Token(w)).toString() }) }
  },

  // {texts} -> {terms: [[term]]}: lunr.tokenizer, then the default indexing pipeline
  terms: function (spec) {
    const pipeline = new lunr.Pipeline()
    pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer)
    return {
      terms: spec.texts.map(function (t) {
        return pipeline.run(lunr.tokenizer(t)).map(function (token) { return token.toString() })
      })
    }
  },

  // {strings} -> {lowered}
  lowercase: function (spec) {
    return { lowered: spec.strings.map(function (s) { return s.toLowerCase() }) }
  },

  // {} -> {lowerMappings: [[cp, lower]] where lower differs, finalSigmaContext: [[cp, 'cased'|'ignorable']],
  //        separators: [utf16 unit]}
  unicode: function () {
    const lowerMappings = []
    const finalSigmaContext = []
    for (let cp = 0; cp <= 0x10FFFF; cp++) {
      if (cp >= 0xD800 && cp <= 0xDFFF) continue
      const c = String.fromCodePoint(cp)
      const lower = c.toLowerCase()
      if (lower !== c) lowerMappings.push([cp, lower])
      // 'AcΣ' ends in ς iff c is cased or case-ignorable; 'cΣ' iff c is cased
      if ((c + '\u03a3').toLowerCase().endsWith('\u03c2')) {
        finalSigmaContext.push([cp, 'cased'])
      } else if (('A' + c + '\u03a3').toLowerCase().endsWith('\u03c2')) {
        finalSigmaContext.push([cp, 'ignorable'])
      }
    }
    const separators = []
    for (let u = 0; u <= 0xFFFF; u++) {
      if (String.fromCharCode(u).match(lunr.tokenizer.separator)) separators.push(u)
    }
    return { lowerMappings: lowerMappings, finalSigmaContext: finalSigmaContext, separators: separators }
  },

  // {values, weights: [decimal string of IEEE 754 bits]}
  // -> {strings: [String(value)], weights: [String(Math.round(weight * 1000) / 1000)]}, as lunr writes a weight
  numbers: function (spec) {
    const view = new DataView(new ArrayBuffer(8))
    function toDouble (bits) {
      view.setBigUint64(0, BigInt(bits))
      return view.getFloat64(0)
    }
    return {
      strings: spec.values.map(function (b) { return String(toDouble(b)) }),
      weights: spec.weights.map(function (b) { return String(Math.round(toDouble(b) * 1000) / 1000) })
    }
  },

  // {strings} -> {json: [JSON.stringify(s)]}
  stringify: function (spec) {
    return { json: spec.strings.map(function (s) { return JSON.stringify(s) }) }
  }
}

if (!commands[command]) {
  throw new Error('unknown command ' + command + '; known: ' + Object.keys(commands).join(', '))
}
fs.writeFileSync(outputPath, JSON.stringify(commands[command](input)))
