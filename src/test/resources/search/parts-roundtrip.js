'use strict'
// Puts a site's search parts back together, independently of search-engine.js, as the whole lunr
// index and store: prints {index: JSON.stringify of the lunr index, store: {ref: {t,u,p,b,x}}, parts}.
// The index must equal search-index.json byte for byte: the parts lose nothing and add nothing.
// Usage: node parts-roundtrip.js <site-output>
const path = require('path')
const fs = require('fs')
const site = process.argv[2]
function read (file) {
  let data
  new Function('siteGenSearchPart', fs.readFileSync(path.join(site, 'search', file), 'utf8'))(function (k, n, d) { data = d })
  return data
}
const m = read('manifest.js')
const ref = d => m.refs === 'base36' ? d.toString(36) : m.refs[d]
const vectors = {}
const invertedIndex = []
let previous = null
m.index.forEach(function (first, k) {
  read('index-' + k + '.js').forEach(function (entry, i) {
    if (i === 0 && entry[0] !== first) throw new Error('index-' + k + ' starts with ' + entry[0] + ', manifest says ' + first)
    if (previous !== null && !(previous < entry[0])) throw new Error('terms out of order: ' + previous + ', ' + entry[0])
    previous = entry[0]
    const posting = { _index: entry[1] }
    m.fields.forEach(function (field, f) {
      const docs = {}
      let d = 0
      for (let j = 0; j < entry[2 + f].length; j += 2) {
        d += entry[2 + f][j]
        Object.defineProperty(docs, ref(d), { value: {}, enumerable: true, writable: true, configurable: true })
        const key = field + '/' + ref(d);
        (vectors[key] = vectors[key] || []).push([entry[1], entry[2 + f][j + 1] / 1000])
      }
      posting[field] = docs
    })
    invertedIndex.push([entry[0], posting])
  })
})
const terms = []
m.terms.forEach(function (first, k) { terms.push.apply(terms, read('terms-' + k + '.js')) })
if (JSON.stringify(terms) !== JSON.stringify(invertedIndex.map(e => e[0]))) throw new Error('term lists differ from the index parts')
const reverse = s => s.split('').reverse().join('')
const ends = []
m.ends.forEach(function (first, k) {
  const part = read('ends-' + k + '.js')
  if (reverse(part[0]) !== first) throw new Error('ends-' + k + ' starts with ' + part[0] + ', manifest says ' + first)
  ends.push.apply(ends, part)
})
const byEnd = terms.slice().sort((a, b) => reverse(a) < reverse(b) ? -1 : reverse(a) > reverse(b) ? 1 : 0)
if (JSON.stringify(ends) !== JSON.stringify(byEnd)) throw new Error('the lists by ends are not the terms ordered by their ends')
const fieldVectors = []
for (let d = 0; d < m.documents; d++) {
  m.fields.forEach(function (field) {
    const elements = []
    ;(vectors[field + '/' + ref(d)] || []).sort((a, b) => a[0] - b[0]).forEach(e => elements.push(e[0], e[1]))
    fieldVectors.push([field + '/' + ref(d), elements])
  })
}
const store = {}
m.store.forEach(function (first, k) {
  const part = read('store-' + k + '.js')
  if (first !== Object.keys(store).length) throw new Error('store-' + k + ' starts at ' + first + ', after ' + Object.keys(store).length + ' documents')
  part[1].forEach(function (e, i) {
    const page = part[0][e[1]]
    // 1: the anchor is the title, lower-cased, with only letters, digits, _, - and spaces as -
    const anchor = e[2] === 1 ? e[0].toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-') : e[2]
    store[ref(first + i)] = { t: e[0], u: page[0] + (anchor ? '#' + anchor : ''), p: page[1], b: page[2], x: e[3] }
  })
})
if (Object.keys(store).length !== m.documents) throw new Error('the store parts hold ' + Object.keys(store).length + ' documents of ' + m.documents)
const index = JSON.stringify({ version: m.version, fields: m.fields, fieldVectors, invertedIndex, pipeline: ['stemmer'] })
process.stdout.write(JSON.stringify({ index, store, parts: { index: m.index.length, terms: m.terms.length } }))
