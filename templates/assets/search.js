// site-gen search: window.siteGenSearch.query(text) answers a lunr query exactly as lunr.js over the
// whole index would ([{ref, score}], best first), downloading only the parts of search/ that the
// query's terms need (see search-engine.js). Parts are scripts, not fetched JSON, so search works
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

  // lunr and the engine load on first use, not with every page.
  var engine = null;
  function ready() {
    if (!engine) {
      engine = Promise.all([script(root + 'assets/lunr.min.js'), script(root + 'assets/search-engine.js')])
        .then(function () { return window.siteGenSearchEngine(window.lunr, loadPart); })
        .catch(function (e) { engine = null; throw e; });
    }
    return engine;
  }

  window.siteGenSearch = {
    query: function (text) { return ready().then(function (e) { return e.query(text); }); },
    run: function (fn) { return ready().then(function (e) { return e.run(fn); }); },
    shown: function (ref) { return ready().then(function (e) { return e.shown(ref); }); },
    prepare: function () { return ready().then(function (e) { return e.prepare(); }); }
  };

  var input = document.getElementById('sg-search-input');
  var panel = document.getElementById('sg-search-results');
  if (!input || !panel) return;
  var state = { loaded: false, results: [], shown: [], active: -1 };
  var search = window.siteGenSearch;

  // Readers type words, not lunr syntax: "select related", "null blank". Syntax that lunr
  // understands is honoured; anything it cannot parse, or that finds nothing, falls back to
  // the plain words, each matched as a word, and the last one, being typed, also as the start
  // of a word once it has three letters. Every prefix expanded is postings to download: shorter
  // ones, or all words as prefixes, would fetch a large share of the index on a big guide.
  function find(text) {
    var syntax = /[:~^+\-*]/.test(text)
      ? search.query(text).catch(function () { return []; })
      : Promise.resolve([]);
    return syntax.then(function (results) {
      if (results.length) return results;
      var words = text.toLowerCase().split(/[^0-9a-z\u00c0-\uffff]+/).filter(function (w) { return w.length > 0; });
      if (!words.length) return [];
      return search.run(function (q) {
        words.forEach(function (w, i) {
          q.term(w, { boost: 10 });
          if (i === words.length - 1 && w.length >= 3) q.term(w, { wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false });
        });
      });
    });
  }

  function update() {
    var text = input.value.trim();
    if (!text) {
      state.results = [];
      return showMessage('Type to search every question and section of the guide.');
    }
    if (!state.loaded) showMessage('Loading search…');
    find(text).then(function (results) {
      results = results.slice(0, 30);
      return Promise.all(results.map(function (r) { return search.shown(r.ref); })).then(function (shown) {
        state.loaded = true;
        if (input.value.trim() !== text) return; // a later keystroke's update is on its way
        state.results = results;
        state.shown = shown;
        state.active = results.length ? 0 : -1;
        render();
      });
    }).catch(function () {
      if (input.value.trim() === text) showMessage('Search is unavailable: the search index could not be loaded.');
    });
  }

  function render() {
    var text = input.value.trim();
    if (!state.results.length) return showMessage('No results for “' + text + '”. Try fewer or other words.');
    panel.textContent = '';
    var words = text.toLowerCase().split(/[^0-9a-z\u00c0-\uffff]+/).filter(function (w) { return w.length > 1; });
    var groups = [];
    var byPage = {};
    state.results.forEach(function (result, i) {
      var doc = state.shown[i];
      if (!doc) return;
      var page = doc.u.split('#')[0];
      if (!byPage[page]) { byPage[page] = { title: doc.p, trail: doc.b, items: [] }; groups.push(byPage[page]); }
      byPage[page].items.push({ doc: doc, i: i });
    });
    groups.forEach(function (group) {
      var section = document.createElement('div');
      section.className = 'sg-result-group';
      var heading = document.createElement('div');
      heading.className = 'sg-result-page';
      heading.textContent = group.trail;
      section.appendChild(heading);
      group.items.forEach(function (item) {
        var a = document.createElement('a');
        a.className = 'sg-result';
        a.id = 'sg-result-' + item.i;
        a.href = root + item.doc.u;
        a.setAttribute('role', 'option');
        var title = document.createElement('span');
        title.className = 'sg-result-title';
        highlight(title, item.doc.t, words);
        var excerpt = document.createElement('span');
        excerpt.className = 'sg-result-excerpt';
        highlight(excerpt, item.doc.x, words);
        a.appendChild(title);
        a.appendChild(excerpt);
        section.appendChild(a);
      });
      panel.appendChild(section);
    });
    mark();
    open(true);
  }

  // Marks words of the text that start with a query word; built with text nodes, never innerHTML.
  function highlight(el, text, words) {
    var parts = text.split(/([0-9A-Za-z\u00c0-\uffff_]+)/);
    parts.forEach(function (part) {
      var lower = part.toLowerCase();
      var hit = words.some(function (w) { return lower.indexOf(w) === 0 || lower.indexOf(w) > 0 && lower.charAt(lower.indexOf(w) - 1) === '_'; });
      if (hit) {
        var m = document.createElement('mark');
        m.textContent = part;
        el.appendChild(m);
      } else if (part) {
        el.appendChild(document.createTextNode(part));
      }
    });
  }

  function showMessage(text) {
    panel.textContent = '';
    var p = document.createElement('p');
    p.className = 'sg-search-message';
    p.textContent = text;
    panel.appendChild(p);
    state.active = -1;
    mark();
    open(true);
  }

  function mark() {
    var options = panel.querySelectorAll('.sg-result');
    for (var i = 0; i < options.length; i++) {
      var on = i === state.active;
      options[i].classList.toggle('sg-active', on);
      options[i].setAttribute('aria-selected', String(on));
      if (on) {
        input.setAttribute('aria-activedescendant', options[i].id);
        if (options[i].scrollIntoView) options[i].scrollIntoView({ block: 'nearest' });
      }
    }
    if (state.active < 0) input.removeAttribute('aria-activedescendant');
  }

  function open(yes) {
    panel.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes));
  }

  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(update, 80);
  });
  input.addEventListener('focus', function () {
    search.prepare().catch(function () {}); // lunr, the engine and the manifest, before the first key
    update();
  });
  input.addEventListener('keydown', function (e) {
    var count = panel.querySelectorAll('.sg-result').length;
    if (e.key === 'ArrowDown' && count) { state.active = (state.active + 1) % count; mark(); e.preventDefault(); }
    else if (e.key === 'ArrowUp' && count) { state.active = (state.active - 1 + count) % count; mark(); e.preventDefault(); }
    else if (e.key === 'Enter') {
      var chosen = panel.querySelectorAll('.sg-result')[Math.max(state.active, 0)];
      if (chosen) { e.preventDefault(); window.location.href = chosen.href; open(false); }
    } else if (e.key === 'Escape') { open(false); input.blur(); }
  });
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    var typing = t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable);
    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) { e.preventDefault(); input.focus(); }
  });
  document.addEventListener('click', function (e) {
    if (!panel.contains(e.target) && e.target !== input) open(false);
  });
})();
