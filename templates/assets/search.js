// site-gen search: loads the prebuilt lunr index on first use and searches as you type.
// The index and the result store come as a script (search-index.js), so search works from
// file:// too, where browsers refuse to fetch JSON.
(function () {
  'use strict';
  var input = document.getElementById('sg-search-input');
  var panel = document.getElementById('sg-search-results');
  if (!input || !panel) return;
  var root = document.body.getAttribute('data-root') || '';
  var state = { index: null, store: null, loading: false, failed: false, results: [], active: -1 };

  // Loads lunr and the index once; every caller waiting meanwhile is called back when it is there.
  var waiting = [];
  function load(done) {
    if (state.index || state.failed) return done();
    waiting.push(done);
    if (state.loading) return;
    state.loading = true;
    showMessage('Loading search…');
    script(root + 'assets/lunr.min.js', function () {
      script(root + 'search-index.js', function () {
        try {
          state.index = lunr.Index.load(window.siteGenSearch.index);
          state.store = window.siteGenSearch.store;
        } catch (e) {
          state.failed = true;
        }
        finish();
      });
    });
  }

  function finish() {
    state.loading = false;
    var callbacks = waiting;
    waiting = [];
    callbacks.forEach(function (callback) { callback(); });
  }

  function script(src, onload) {
    var el = document.createElement('script');
    el.src = src;
    el.onload = onload;
    el.onerror = function () { state.failed = true; finish(); };
    document.head.appendChild(el);
  }

  // Readers type words, not lunr syntax: "select related", "null blank". Syntax that lunr
  // understands is honoured; anything it cannot parse, or that finds nothing, falls back to
  // the plain words, each matched as a word and as the start of a word (select_related).
  function search(text) {
    var results = [];
    if (/[:~^+\-*]/.test(text)) {
      try { results = state.index.search(text); } catch (e) { results = []; }
    }
    if (results.length) return results;
    var words = text.toLowerCase().split(/[^0-9a-z\u00c0-\uffff]+/).filter(function (w) { return w.length > 0; });
    if (!words.length) return [];
    return state.index.query(function (q) {
      words.forEach(function (w) {
        q.term(w, { boost: 10 });
        q.term(w, { wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false });
      });
    });
  }

  function update() {
    var text = input.value.trim();
    load(function () {
      if (state.failed) return showMessage('Search is unavailable: the search index could not be loaded.');
      if (input.value.trim() !== text) return; // a later keystroke's update is queued too
      if (!text) {
        state.results = [];
        return showMessage('Type to search every question and section of the guide.');
      }
      state.results = search(text).slice(0, 30);
      state.active = state.results.length ? 0 : -1;
      render();
    });
  }

  function render() {
    var text = input.value.trim();
    if (state.failed) return showMessage('Search is unavailable: the search index could not be loaded.');
    if (!state.results.length) return showMessage('No results for “' + text + '”. Try fewer or other words.');
    panel.textContent = '';
    var words = text.toLowerCase().split(/[^0-9a-z\u00c0-\uffff]+/).filter(function (w) { return w.length > 1; });
    var groups = [];
    var byPage = {};
    state.results.forEach(function (result, i) {
      var doc = state.store[result.ref];
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
  input.addEventListener('focus', update);
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
