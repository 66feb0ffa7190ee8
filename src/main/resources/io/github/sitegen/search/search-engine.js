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
// function load(kind, number) that resolves to the data of one part. The site ships it in
// search/manifest.js, after lunr.js and before the manifest's data: one request brings all three.
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

  // The number of the last part whose first term is <= term (UTF-16 order, as lunr sorts), or whose
  // first document is <= a document's number.
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

  function notProhibited(clause) {
    return clause.presence !== lunr.Query.presence.PROHIBITED;
  }

  function reverse(s) {
    return s.split('').reverse().join('');
  }

  // Where the terms a wildcard or fuzzy term can match are listed: {starts, ends}, texts they must
  // start or end with (a term matches if it does either), or null when any term may match.
  // A term one edit (insertion, deletion, substitution or swap of neighbours, lunr's ~1) away from
  // t either starts with t's first ceil(n/2)-1 units (the edit is later) or ends with t's last
  // floor(n/2) units (the edit is earlier), so two short runs of the sorted lists hold them all.
  function ranges(clause) {
    var term = clause.term;
    var first = term.indexOf('*');
    if ('editDistance' in clause) {
      var half = Math.ceil(term.length / 2);
      if (clause.editDistance > 1 || first >= 0 || half < 2) return null;
      return { starts: term.slice(0, half - 1), ends: term.slice(half) };
    }
    if (first > 0) return { starts: term.slice(0, first), ends: null };
    var ending = term.slice(term.lastIndexOf('*') + 1);
    return ending ? { starts: null, ends: ending } : null;
  }

  // Every term of the index any clause can match: an exact term is looked up in its part; a wildcard
  // or fuzzy term is expanded with lunr's own TokenSet intersection over the term lists that can hold
  // its matches (all of them for a few forms, such as *a* or ~2), before any posting is fetched.
  // A term that only ends in a wildcard (sel*) is expanded over the index parts of its prefix, which
  // hold every term it can match and the postings they need: one round of requests instead of two.
  function neededTerms(m, clauses) {
    var exact = [];
    var expanded = [];
    var lists = {};
    function want(kind, firsts, key) {
      partsWithPrefix(firsts, key).forEach(function (k) { lists[kind + k] = [kind, k]; });
    }
    clauses.forEach(function (clause) {
      if (!('editDistance' in clause) && clause.term.indexOf('*') < 0) return exact.push(clause);
      var r = ranges(clause);
      expanded.push({ clause: clause, ranges: r });
      if (!r) return want('t', m.terms, '');
      if (r.starts !== null && r.ends === null && !('editDistance' in clause)) return want('i', m.index, r.starts);
      if (r.starts !== null) want('t', m.terms, r.starts);
      if (r.ends !== null) want('e', m.ends, reverse(r.ends));
    });
    var wanted = Object.keys(lists).sort().map(function (key) { return lists[key]; });
    return Promise.all(wanted.map(function (w) { return part(w[0], w[1]); })).then(function (loaded) {
      var starting = [], ending = [];
      loaded.forEach(function (terms, i) {
        var kind = wanted[i][0];
        if (kind === 'i') terms = terms.map(function (entry) { return entry[0]; });
        var into = kind === 'e' ? ending : starting;
        into.push.apply(into, terms);
      });
      var terms = exact.map(function (clause) { return { term: clause.term, scored: notProhibited(clause) }; });
      expanded.forEach(function (e) {
        var r = e.ranges;
        var seen = Object.create(null);
        var candidates = [];
        function add(term) { if (seen[term] !== true) { seen[term] = true; candidates.push(term); } }
        starting.forEach(function (term) { if (!r || (r.starts !== null && term.slice(0, r.starts.length) === r.starts)) add(term); });
        if (r && r.ends !== null) {
          ending.forEach(function (term) {
            if (term.length >= r.ends.length && term.slice(term.length - r.ends.length) === r.ends) add(term);
          });
        }
        if (!candidates.length) return;
        candidates.sort();
        var tokenSet = lunr.TokenSet.fromArray(candidates);
        tokenSet.intersect(lunr.TokenSet.fromClause(e.clause)).toArray().forEach(function (term) {
          terms.push({ term: term, scored: notProhibited(e.clause) });
        });
      });
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
  // whole index's _index and key order, and field vectors cut down to these terms. Terms only
  // prohibited take no part in any score, so they bring postings but no vector elements. A query of
  // only prohibited terms lists every document, so then every field vector is there, in the whole
  // index's order.
  function assemble(m, found, scored, everyDocument) {
    var fields = m.fields;
    var vectors = Object.create(null);
    var order = [];
    // terms by _index, so that each vector's elements come out in ascending order, as lunr needs them
    var byIndex = Object.keys(found).sort(function (a, b) { return found[a][1] - found[b][1]; });
    var postings = Object.create(null);
    byIndex.forEach(function (term) {
      var entry = found[term];
      var posting = { _index: entry[1] };
      var vectored = scored[term] === true;
      fields.forEach(function (field, f) {
        var pairs = entry[2 + f];
        var documents = {};
        var document = 0;
        for (var k = 0; k < pairs.length; k += 2) {
          document += pairs[k];
          var r = ref(m, document);
          // as JSON.parse would make it: an own key even for '__proto__'
          if (r === '__proto__') Object.defineProperty(documents, r, { value: {}, enumerable: true, writable: true });
          else documents[r] = {};
          if (vectored) {
            var fieldRef = field + '/' + r;
            var elements = vectors[fieldRef];
            if (!elements) { elements = vectors[fieldRef] = []; order.push(fieldRef); }
            elements.push(entry[1], pairs[k + 1] / 1000);
          }
        }
        posting[field] = documents;
      });
      postings[term] = posting;
    });
    if (everyDocument) {
      order = [];
      for (var d = 0; d < m.documents; d++) {
        for (var f = 0; f < fields.length; f++) order.push(fields[f] + '/' + ref(m, d));
      }
    }
    var fieldVectors = order.map(function (fieldRef) { return [fieldRef, vectors[fieldRef] || []]; });
    var invertedIndex = Object.keys(found).sort().map(function (term) { return [term, postings[term]]; });
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
      var scored = Object.create(null);
      return neededTerms(m, terms).then(function (needed) {
        needed.forEach(function (n) { if (n.scored) scored[n.term] = true; });
        return postings(m, needed.map(function (n) { return n.term; }));
      }).then(function (found) {
        var index = assemble(m, found, scored, query.isNegated());
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

  // An anchor as a plain ASCII title gives it, as SearchParts.slug makes it: the store writes 1 for these.
  function slug(title) {
    return title.toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-');
  }

  // What the results list shows of the document with this ref: {t, u, p, b, x}. A store part is
  // [[page url, page title, note › page], ...] and [[title, page, anchor, excerpt], ...] of consecutive documents.
  function shown(r) {
    return ready().then(function (m) {
      var document = m.refs === 'base36' ? parseInt(r, 36) : m.refs.indexOf(r);
      if (!(document >= 0 && document < m.documents)) return null;
      var k = partOf(m.store, document);
      return part('s', k).then(function (data) {
        var e = data[1][document - m.store[k]];
        var page = data[0][e[1]];
        var anchor = e[2] === 1 ? slug(e[0]) : e[2];
        return { t: e[0], u: page[0] + (anchor ? '#' + anchor : ''), p: page[1], b: page[2], x: e[3] };
      });
    });
  }

  // Loads the manifest ahead of the first query.
  function prepare() {
    return ready().then(function () {});
  }

  // Starts loading the store while a first query is typed, when the manifest says it is small (one part):
  // the results of a query come from all over the guide, so its first screen needs most of it anyway, and the
  // results then show as soon as lunr has ranked them.
  function warm() {
    return ready().then(function (m) {
      if (m.small) m.store.forEach(function (first, k) { part('s', k).catch(function () {}); });
    });
  }

  return { query: query, run: run, shown: shown, prepare: prepare, warm: warm };
});
