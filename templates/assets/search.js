// site-gen search: window.siteGenSearch.query(text) answers a lunr query exactly as lunr.js over the
// whole index would ([{ref, score}], best first), downloading only the parts of search/ that the
// query's terms need (see the engine, in search/manifest.js). Parts are scripts, not fetched JSON, so search works
// from file:// too. The search box on every page uses it and shows results as you type.
(function () {
  'use strict';
  var root = document.body.getAttribute('data-root') || '';
  var names = { m: 'manifest', i: 'index', t: 'terms', e: 'ends', s: 'store' };
  var waitingParts = {};
  window.siteGenSearchPart = function (kind, number, data) {
    var resolve = waitingParts[kind + number];
    delete waitingParts[kind + number];
    if (resolve) resolve(data);
  };

  function script(src) {
    return new Promise(function (resolve, reject) {
      var el = document.createElement('script');
      el.src = src;
      el.onload = function () { el.remove(); resolve(); };
      el.onerror = function () { el.remove(); reject(new Error('could not load ' + src)); };
      document.head.appendChild(el);
    });
  }

  function loadPart(kind, number) {
    var src = root + (kind === 'm' ? 'search/manifest.js' : 'search/' + names[kind] + '-' + number + '.js');
    var data = new Promise(function (resolve) { waitingParts[kind + number] = resolve; });
    return script(src).then(function () {
      if (waitingParts[kind + number]) {
        delete waitingParts[kind + number];
        throw new Error(src + ' is not a search part');
      }
      return data;
    }, function (e) { delete waitingParts[kind + number]; throw e; });
  }

  // lunr, the engine and the manifest come in one script, search/manifest.js, when the reader reaches
  // for the box, not with every page.
  var engine = null;
  function ready() {
    if (!engine) {
      engine = loadPart('m', 0).then(function (manifest) {
        var e = window.siteGenSearchEngine(window.lunr, function (kind, number) {
          return kind === 'm' ? Promise.resolve(manifest) : loadPart(kind, number);
        });
        return e.prepare().then(function () { return e; });
      }).catch(function (e) { engine = null; throw e; });
    }
    return engine;
  }

  // Readers type words, not lunr syntax: "select related", "null blank". Syntax that lunr
  // understands is honoured; anything it cannot parse, or that finds nothing, falls back to
  // the plain words, each matched as a word, and the last one, being typed, also as the start
  // of a word once it has three letters, and so is its stem ("lazy" finds "lazily"). Every
  // prefix expanded is postings to download: shorter ones, or all words as prefixes, would
  // fetch a large share of the index on a big guide. A word being typed may be longer than the
  // stem the index holds ("differen" of "differ", from "different"): when nothing starts with
  // it, its shorter starts are tried, down to half of it.
  function words(text) {
    return text.toLowerCase().split(/[^0-9a-z\u00c0-\uffff]+/).filter(function (w) { return w.length > 0; });
  }

  function find(text) {
    // lunr (its stop words and stemmer) comes with the manifest: a query typed or pasted before it has
    // loaded waits for it instead of failing
    var syntax = /[:~^+\-*]/.test(text)
      ? window.siteGenSearch.query(text).catch(function () { return []; })
      : ready().then(function () { return []; });
    return syntax.then(function (results) {
      var list = words(text);
      if (results.length || !list.length) return results;
      var last = list[list.length - 1];
      var searchable = list.filter(function (w) { return lunr.stopWordFilter(w); });
      function plain(start) {
        // nothing lunr could match ("how to"): a query without terms would list every document
        if (!searchable.length && start.length < 3) return Promise.resolve([]);
        return window.siteGenSearch.run(function (q) {
          var trailing = { wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false };
          list.forEach(function (w, i) {
            // a stop word is in no document (lunr leaves them out of the index): looking it up would only cost a request
            if (lunr.stopWordFilter(w)) q.term(w, { boost: 10 });
            if (i < list.length - 1 || start.length < 3) return;
            var stem = lunr.stemmer(new lunr.Token(start)).toString();
            if (stem.length < 3 || start.indexOf(stem) !== 0) q.term(start, trailing);
            if (stem.length >= 3) q.term(stem, trailing);
          });
        });
      }
      function shorter(n) {
        return plain(last.slice(0, n)).then(function (results) {
          return results.length || n - 1 < Math.max(3, Math.ceil(last.length / 2)) ? results : shorter(n - 1);
        });
      }
      return shorter(last.length);
    });
  }

  window.siteGenSearch = {
    query: function (text) { return ready().then(function (e) { return e.query(text); }); },
    run: function (fn) { return ready().then(function (e) { return e.run(fn); }); },
    shown: function (ref) { return ready().then(function (e) { return e.shown(ref); }); },
    prepare: function () { return ready().then(function () {}); },
    warm: function () { return ready().then(function (e) { return e.warm(); }); },
    // what the search box shows for this text, in the order it shows it
    find: find
  };

  var box = document.querySelector('.sg-search');
  var input = document.getElementById('sg-search-input');
  var panel = document.getElementById('sg-search-results');
  var list = document.getElementById('sg-search-list');
  var message = panel && panel.querySelector('.sg-search-message');
  var status = panel && panel.querySelector('.sg-search-status');
  var more = panel && panel.querySelector('.sg-search-more');
  var opener = document.querySelector('.sg-search-open');
  var closer = document.querySelector('.sg-search-close');
  if (!box || !input || !panel || !list || !message || !status || !more) return;

  var PAGE = 8; // results whose titles and excerpts are loaded at once (a screenful); "Show more" loads the next ones
  // What is on screen: the query it answers, lunr's results in lunr's order, and how many are shown.
  var state = { text: '', results: [], count: 0, active: -1 };
  var asked = 0; // number of the latest query sent
  var answered = 0; // number of the query whose results are on screen
  var timer = null;

  function prepare() {
    window.siteGenSearch.prepare().catch(function () {});
  }

  // Each keystroke's query runs at once, and its results are shown when they come unless a later
  // keystroke's came first: results refine as one types and never give way to an empty panel while
  // newer ones are on their way. A last word of one or two letters waits for a pause: it is most
  // often the start of a longer word, and on its own it would fetch postings nobody looks at.
  function schedule() {
    clearTimeout(timer);
    var raw = input.value;
    var text = raw.trim();
    var all = words(text);
    var last = all.length ? all[all.length - 1] : '';
    if (!text) {
      asked++;
      answered = asked;
      state = { text: '', results: [], count: 0, active: -1 };
      return say('Type to search every question and section of the guide.');
    }
    var now = /\s$/.test(raw) || last.length >= 3 || /[:~^+*]/.test(text);
    if (now) search(text);
    else timer = setTimeout(function () { search(text); }, 250);
  }

  function search(text) {
    var mine = ++asked;
    if (!state.results.length && answered < mine) say('Searching…', true);
    find(text).then(function (results) {
      return shownOf(results, 0, PAGE).then(function (docs) {
        if (mine < answered) return; // a later keystroke's results are already shown
        var typing = (words(text).pop() || '').length < 3 && !/\s$/.test(input.value);
        if (!results.length && typing && state.results.length) return; // keep the last results until the word is longer
        answered = mine;
        state = { text: text, results: results, count: 0, active: results.length ? 0 : -1 };
        render(docs, false);
      });
    }).catch(function () {
      if (mine >= answered) { answered = mine; say('Search is unavailable: the search index could not be loaded.'); }
    });
  }

  // What the list shows of results from..from+n: [{ref, doc}], in lunr's order.
  function shownOf(results, from, n) {
    var slice = results.slice(from, from + n);
    return Promise.all(slice.map(function (r) { return window.siteGenSearch.shown(r.ref); })).then(function (docs) {
      return slice.map(function (r, i) { return { ref: r.ref, doc: docs[i] }; });
    });
  }

  function render(items, append) {
    if (!state.results.length) return say('No results for “' + state.text + '”. Try fewer or other words.');
    var marked = words(state.text).filter(function (w) { return w.length > 1; });
    if (!append) list.textContent = '';
    list.hidden = false;
    var previous = list.lastElementChild;
    items.forEach(function (item) {
      if (!item.doc) return;
      var page = item.doc.u.split('#')[0];
      var a = document.createElement('a');
      a.className = 'sg-result';
      a.id = 'sg-result-' + state.count;
      a.setAttribute('role', 'option');
      a.setAttribute('data-ref', item.ref);
      a.setAttribute('data-page', page);
      a.href = root + withMarks(item.doc.u, marked);
      // results of the page just above say where they are once: the list reads as groups, in rank order
      if (previous && previous.getAttribute('data-page') === page) a.classList.add('sg-same-page');
      a.appendChild(where(item.doc));
      a.appendChild(span('sg-result-title', item.doc.t, marked));
      a.appendChild(span('sg-result-excerpt', item.doc.x, marked));
      list.appendChild(a);
      previous = a;
      state.count++;
    });
    message.hidden = true;
    var left = state.results.length - state.count;
    more.hidden = left <= 0;
    more.textContent = 'Show ' + Math.min(PAGE, left) + ' more of ' + left;
    status.textContent = state.results.length === 1 ? '1 result' : state.results.length + ' results';
    mark();
    open(true);
  }

  // "page.html#id" with the words to mark on that page: "page.html?h=select%20related#id".
  function withMarks(url, marked) {
    if (!marked.length) return url;
    var hash = url.indexOf('#');
    var page = hash < 0 ? url : url.slice(0, hash);
    return page + '?h=' + encodeURIComponent(marked.join(' ')) + (hash < 0 ? '' : url.slice(hash));
  }

  // "note › page": on a narrow screen the note's name gives way, the page's stays
  function where(doc) {
    var el = document.createElement('span');
    el.className = 'sg-result-where';
    var tail = ' › ' + doc.p;
    var note = doc.b.slice(-tail.length) === tail ? doc.b.slice(0, -tail.length) : '';
    if (note) el.appendChild(span('sg-where-note', note, []));
    el.appendChild(span('sg-where-page', note ? tail : doc.b, []));
    return el;
  }

  function span(className, text, marked) {
    var el = document.createElement('span');
    el.className = className;
    el.textContent = text;
    if (marked.length && window.siteGenMark) window.siteGenMark(el, marked);
    return el;
  }

  function say(text, keep) {
    if (!keep) {
      list.textContent = '';
      list.hidden = true; // an empty listbox is not a listbox
      more.hidden = true;
      state.active = -1;
      mark();
    }
    message.textContent = text;
    message.hidden = false;
    status.textContent = keep ? '' : text;
    open(true);
  }

  function options() {
    return list.querySelectorAll('.sg-result');
  }

  function mark() {
    var all = options();
    for (var i = 0; i < all.length; i++) {
      var on = i === state.active;
      all[i].classList.toggle('sg-active', on);
      all[i].setAttribute('aria-selected', String(on));
      if (on) {
        input.setAttribute('aria-activedescendant', all[i].id);
        if (all[i].scrollIntoView) all[i].scrollIntoView({ block: 'nearest' });
      }
    }
    if (state.active < 0) input.removeAttribute('aria-activedescendant');
  }

  function open(yes) {
    panel.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes));
  }

  // On a phone the box is a full-screen layer, opened by the header's search button.
  function layer(yes) {
    box.classList.toggle('sg-search-active', yes);
    document.documentElement.classList.toggle('sg-search-lock', yes && !!opener && opener.offsetParent !== null);
    if (opener) opener.setAttribute('aria-expanded', String(yes));
    if (yes) {
      input.focus();
    } else {
      open(false);
      if (opener && opener.offsetParent !== null) opener.focus();
      else input.blur();
    }
  }

  more.addEventListener('click', function () {
    var from = state.count;
    var text = state.text;
    shownOf(state.results, from, PAGE).then(function (items) {
      if (state.text !== text || state.count !== from) return;
      render(items, true);
      var first = options()[from];
      if (first) { state.active = from; mark(); first.focus(); }
    });
  });
  var warmed = false;
  input.addEventListener('input', function () {
    if (!warmed) { warmed = true; window.siteGenSearch.warm().catch(function () {}); }
    schedule();
  });
  input.addEventListener('focus', function () {
    prepare();
    if (!panel.hidden) return;
    if (state.text && state.text === input.value.trim()) open(true);
    else schedule();
  });
  // lunr, the engine and the manifest start loading as soon as the reader reaches for the box
  ['pointerenter', 'touchstart'].forEach(function (type) { box.addEventListener(type, prepare, { passive: true }); });
  if (opener) opener.addEventListener('click', function () { layer(true); });
  if (closer) closer.addEventListener('click', function () { layer(false); });
  input.addEventListener('keydown', function (e) {
    var count = options().length;
    if (e.key === 'ArrowDown' && count) { state.active = (state.active + 1) % count; mark(); e.preventDefault(); }
    else if (e.key === 'ArrowUp' && count) { state.active = (state.active - 1 + count) % count; mark(); e.preventDefault(); }
    else if (e.key === 'Enter') {
      var chosen = options()[Math.max(state.active, 0)];
      if (chosen) { e.preventDefault(); window.location.href = chosen.href; open(false); }
    } else if (e.key === 'Escape') { e.preventDefault(); layer(false); }
  });
  panel.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') { e.preventDefault(); layer(false); }
  });
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    var typing = t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) { e.preventDefault(); prepare(); layer(true); }
  });
  document.addEventListener('click', function (e) {
    if (!box.contains(e.target)) open(false);
  });
})();
