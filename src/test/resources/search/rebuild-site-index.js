'use strict'
// Rebuilds a site's search index from its published search-docs.json with the lunr.js the
// site ships, exactly as a reader of the docs file would, and prints JSON.stringify(index).
// Usage: node rebuild-site-index.js <site-output>
const path = require('path')
const fs = require('fs')
const site = process.argv[2]
// the lunr.js the site ships, at the start of search/manifest.js
new Function('siteGenSearchPart', fs.readFileSync(path.join(site, 'search/manifest.js'), 'utf8'))(function () {})
const lunr = global.lunr
const spec = JSON.parse(fs.readFileSync(path.join(site, 'search-docs.json'), 'utf8'))
const idx = lunr(function () {
  this.ref(spec.ref)
  spec.fields.forEach(function (f) { this.field(f.name, { boost: f.boost }) }, this)
  spec.docs.forEach(function (doc) { this.add(doc, { boost: doc.boost }) }, this)
})
process.stdout.write(JSON.stringify(idx))
