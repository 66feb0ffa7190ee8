// site-gen search engine: lunr.js itself parses, expands and scores every query, over an index
// assembled from only the parts of the site's index that the query's terms need.
//
// Why the scores are exactly those of the whole index: lunr scores a document by the dot product of
// the query vector (one element per expanded query term) with the document's field vectors, divided
// by the query vector's norm. Only the field vectors' elements for the query's own terms take part,
// so vectors cut down to those terms give the same sums, in the same order. Term expansion (wildcard,
// fuzzy) intersects the query's automaton with the index's token set; over a token set of a subset
// of the terms that holds every term the query matches, the intersection visits the same matching
// paths in the same order, so the expanded terms and their order, and with them the tie order, are
// unchanged. Postings keep the whole index's _index numbers and key order.
//
// Usable in the browser (window.siteGenSearchEngine) and in node (module.exports), given lunr and a
// function load(kind, number) that resolves to the data of one part.
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory;
  else root.siteGenSearchEngine = factory;
})(this, function (lunr, load) {
  'use strict';
  var manifest = null;
  var parts = {};
  var pipeline = lunr.Pipeline.load(['stemmer']);

  function part(kind, number) {
    var key = kind + number;
    if (!parts[key]) {
      parts[key] = load(kind, number).catch(function (e) { delete parts[key]; throw e; });
    }
    return parts[key];
  }

  function ready() {
    if (!manifest) manifest = part('m', 0);
    return manifest;
  }

  function ref(m, document) {
    return m.refs === 'base36' ? document.toString(36) : m.refs[document];
  }

  // The number of the last part whose first term is <= term (UTF-16 order, as lunr sorts).
  function partOf(firsts, term) {
    var lo = 0, hi = firsts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (firsts[mid] <= term) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  // The parts that may hold terms starting with prefix; all of them for an empty prefix.
  function partsWithPrefix(firsts, prefix) {
    var numbers = [];
    for (var k = partOf(firsts, prefix); k < firsts.length; k++) {
      if (numbers.length && firsts[k].slice(0, prefix.length) !== prefix) break;
      numbers.push(k);
    }
    return numbers;
  }

  // What each clause term needs, found as lunr's Index#query finds it: the search pipeline unless
  // the clause turned it off, then the clause's own automaton.
  function clauseTerms(clause) {
    var terms = clause.usePipeline ? pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term];
    return terms.map(function (term) {
      var copy = {};
      for (var key in clause) copy[key] = clause[key];
      copy.term = term;
      return copy;
    });
  }

  // Every term of the index any clause can match: an exact term is looked up in its part; a wildcard
  // or fuzzy term is expanded over the term lists first (only those under its literal prefix, when
  // it has one and no edit distance), with lunr's own TokenSet intersection.
  function neededTerms(m, clauses) {
    var exact = [];
    var expanded = [];
    clauses.forEach(function (clause) {
      if (!('editDistance' in clause) && clause.term.indexOf('*') < 0) exact.push(clause.term);
      else expanded.push(clause);
    });
    var lists = {};
    expanded.forEach(function (clause) {
      var star = clause.term.indexOf('*');
      var prefix = 'editDistance' in clause ? '' : clause.term.slice(0, star < 0 ? clause.term.length : star);
      partsWithPrefix(m.terms, prefix).forEach(function (k) { lists[k] = true; });
    });
    var numbers = Object.keys(lists).map(Number).sort(function (a, b) { return a - b; });
    return Promise.all(numbers.map(function (k) { return part('t', k); })).then(function (loaded) {
      var candidates = [].concat.apply([], loaded);
      var terms = exact.slice();
      if (expanded.length && candidates.length) {
        var tokenSet = lunr.TokenSet.fromArray(candidates);
        expanded.forEach(function (clause) {
          terms.push.apply(terms, tokenSet.intersect(lunr.TokenSet.fromClause(clause)).toArray());
        });
      }
      return terms;
    });
  }

  // The postings of the needed terms, from their index parts: {term: [term, _index, pairs...]}.
  function postings(m, terms) {
    var byPart = {};
    terms.forEach(function (term) { (byPart[partOf(m.index, term)] = byPart[partOf(m.index, term)] || []).push(term); });
    var numbers = Object.keys(byPart).map(Number).sort(function (a, b) { return a - b; });
    return Promise.all(numbers.map(function (k) { return part('i', k); })).then(function (loaded) {
      var found = Object.create(null);
      loaded.forEach(function (entries, i) {
        var wanted = Object.create(null);
        byPart[numbers[i]].forEach(function (term) { wanted[term] = true; });
        entries.forEach(function (entry) { if (wanted[entry[0]] === true) found[entry[0]] = entry; });
      });
      return found;
    });
  }

  // A lunr index of just these terms, in the serialized form lunr.Index.load reads: postings with the
  // whole index's _index and key order, and field vectors cut down to these terms. A query of only
  // prohibited terms lists every document, so then every field vector is there, in the whole index's order.
  function assemble(m, found, everyDocument) {
    var fields = m.fields;
    var terms = Object.keys(found).sort();
    var vectors = Object.create(null);
    var order = [];
    var invertedIndex = terms.map(function (term) {
      var entry = found[term];
      var posting = { _index: entry[1] };
      fields.forEach(function (field, f) {
        var pairs = entry[2 + f];
        var documents = {};
        var document = 0;
        for (var k = 0; k < pairs.length; k += 2) {
          document += pairs[k];
          var r = ref(m, document);
          // as JSON.parse would make it: an own key even for '__proto__'
          Object.defineProperty(documents, r, { value: {}, enumerable: true, writable: true, configurable: true });
          var fieldRef = field + '/' + r;
          if (!vectors[fieldRef]) { vectors[fieldRef] = []; order.push(fieldRef); }
          vectors[fieldRef].push([entry[1], pairs[k + 1] / 1000]);
        }
        posting[field] = documents;
      });
      return [term, posting];
    });
    if (everyDocument) {
      order = [];
      for (var d = 0; d < m.documents; d++) {
        for (var f = 0; f < fields.length; f++) order.push(fields[f] + '/' + ref(m, d));
      }
    }
    var fieldVectors = order.map(function (fieldRef) {
      var elements = [];
      (vectors[fieldRef] || []).sort(function (a, b) { return a[0] - b[0]; })
        .forEach(function (e) { elements.push(e[0], e[1]); });
      return [fieldRef, elements];
    });
    return lunr.Index.load({ version: m.version, fields: fields, fieldVectors: fieldVectors,
      invertedIndex: invertedIndex, pipeline: ['stemmer'] });
  }

  // Runs a query built by fn(query), as lunr.Index#query(fn) does on the whole index.
  function run(fn) {
    return ready().then(function (m) {
      var query = new lunr.Query(m.fields);
      fn.call(query, query);
      var clauses = query.clauses.map(function (c) { var copy = {}; for (var k in c) copy[k] = c[k]; return copy; });
      var terms = [].concat.apply([], clauses.map(clauseTerms));
      return neededTerms(m, terms).then(function (needed) {
        return postings(m, needed);
      }).then(function (found) {
        var index = assemble(m, found, query.isNegated());
        return index.query(function (q) {
          clauses.forEach(function (c) { var copy = {}; for (var k in c) copy[k] = c[k]; q.clauses.push(copy); });
        }).map(function (r) { return { ref: r.ref, score: r.score }; });
      });
    });
  }

  // lunr's own query syntax, as lunr.Index#search(text) reads it; rejects with lunr's QueryParseError.
  function query(text) {
    return run(function (q) { new lunr.QueryParser(text, q).parse(); });
  }

  // What the results list shows of the document with this ref: {t, u, p, b, x}.
  function shown(r) {
    return ready().then(function (m) {
      var document = m.refs === 'base36' ? parseInt(r, 36) : m.refs.indexOf(r);
      if (!(document >= 0 && document < m.documents)) return null;
      return part('s', Math.floor(document / m.store)).then(function (block) {
        var e = block[document % m.store];
        return { t: e[0], u: e[1], p: e[2], b: e[3], x: e[4] };
      });
    });
  }

  // Loads the manifest ahead of the first query.
  function prepare() {
    return ready().then(function () {});
  }

  return { query: query, run: run, shown: shown, prepare: prepare };
});
