'use strict'
// The sharded search engine of a built site against lunr.js over the whole index: lunr builds the
// index from the site's search-docs.json, and every query must give the same refs, in the same
// order, with the same scores (===) from index.search() and from the engine, which loads only the
// parts of search/ the query needs. Both use the lunr.js the site ships.
// Usage: node sharded-harness.js <site-output> <queries.json> <result.json>
// result: {documents, queries, withHits, maxLoads (parts one query loaded at most), mismatches: [..],
//   expected: [JSON.stringify of lunr's [[ref, score]] or of {error}, one per query]}
const path = require('path')
const fs = require('fs')
const [site, queriesPath, outPath] = process.argv.slice(2)
// search/manifest.js is lunr.js, then the engine, then the manifest's data: run, it defines lunr and
// siteGenSearchEngine, and hands the data to siteGenSearchPart
let manifest
new Function('siteGenSearchPart', fs.readFileSync(path.join(site, 'search/manifest.js'), 'utf8'))(function (k, n, d) { manifest = d })
const lunr = global.lunr
const engineFactory = global.siteGenSearchEngine
const spec = JSON.parse(fs.readFileSync(path.join(site, 'search-docs.json'), 'utf8'))
const queries = JSON.parse(fs.readFileSync(queriesPath, 'utf8'))

const full = lunr(function () {
  this.ref(spec.ref)
  spec.fields.forEach(function (f) { this.field(f.name, { boost: f.boost }) }, this)
  spec.docs.forEach(function (doc) { this.add(doc, { boost: doc.boost }) }, this)
})

const names = { m: 'manifest', i: 'index', t: 'terms', e: 'ends', s: 'store' }
let loads = []
// Loads a part as the browser does, by running its script, which calls siteGenSearchPart.
function load (kind, number) {
  if (kind === 'm') return Promise.resolve(manifest)
  const file = 'search/' + names[kind] + '-' + number + '.js'
  loads.push(file)
  let data
  const siteGenSearchPart = function (k, n, d) { if (k === kind && n === number) data = d }
  new Function('siteGenSearchPart', fs.readFileSync(path.join(site, file), 'utf8'))(siteGenSearchPart)
  return data === undefined ? Promise.reject(new Error(file + ' did not call siteGenSearchPart')) : Promise.resolve(data)
}
const engine = engineFactory(lunr, load)

function expected (q) {
  try {
    return { hits: full.search(q).map(r => [r.ref, r.score]) }
  } catch (e) {
    return { error: e.name + ': ' + e.message }
  }
}

async function main () {
  const mismatches = []
  const expectedAll = []
  let withHits = 0
  let maxLoads = 0
  for (const q of queries) {
    loads = []
    const want = expected(q)
    expectedAll.push(JSON.stringify(want.hits || { error: true }))
    let got
    try {
      got = { hits: (await engine.query(q)).map(r => [r.ref, r.score]) }
    } catch (e) {
      got = { error: e.name + ': ' + e.message }
    }
    const same = JSON.stringify(want) === JSON.stringify(got) &&
      (!want.hits || want.hits.every((h, i) => h[0] === got.hits[i][0] && Object.is(h[1], got.hits[i][1])))
    if (!same) mismatches.push({ query: q, lunr: JSON.stringify(want).slice(0, 300), engine: JSON.stringify(got).slice(0, 300) })
    if (want.hits && want.hits.length) withHits++
    maxLoads = Math.max(maxLoads, loads.length)
  }
  fs.writeFileSync(outPath, JSON.stringify({ documents: spec.docs.length, queries: queries.length, withHits, maxLoads, mismatches, expected: expectedAll }))
}
main().catch(e => { console.error(e); process.exit(1) })
