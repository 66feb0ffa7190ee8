// site-gen practice mode: flashcards from window.siteGenPractice (practice-data.js), each scheduled
// by FSRS (assets/fsrs.js). What is kept is the history of reviews, [card key, time, grade], in
// localStorage under the site's address; a card's state is that history replayed, so histories
// from two devices merge by card and time without losing a review. A card's key is its note's
// path and its id in the note, so progress survives pages being re-split and questions reworded.
(function () {
  'use strict';
  var data = window.siteGenPractice;
  var fsrs = window.siteGenFsrs;
  if (!data || !fsrs || !document.getElementById('sg-card')) return;

  var MINUTE = 60000, HOUR = 60 * MINUTE, DAY = 24 * HOUR;
  var LEARN_AHEAD = 20 * MINUTE;   // as Anki: a card in learning due this soon is shown rather than waited for
  var FORMAT = 'site-gen-reviews';
  var base = new URL(document.body.getAttribute('data-root') || './', location.href).href;
  var KEY = 'sitegen-reviews@' + base;
  var SUMMARY = 'sitegen-due@' + base;   // per page, each card's due time and state: what the guide's sidebar shows

  function $(id) { return document.getElementById(id); }
  function now() { return Date.now(); }

  // --- the stored history ---
  function load() {
    var stored = null;
    try { stored = JSON.parse(localStorage.getItem(KEY)); } catch (e) { stored = null; }
    if (!stored || !Array.isArray(stored.reviews)) stored = { reviews: [], newPerDay: 20 };
    return stored;
  }
  function save() {
    try {
      localStorage.setItem(KEY, JSON.stringify(store));
      localStorage.setItem(SUMMARY, JSON.stringify(summary()));
    } catch (e) { /* storage off or full: the session still works */ }
  }
  function byTime(a, b) { return a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0); }

  /** Adds reviews not yet in the history (the same card at the same time is the same review); returns how many. */
  function merge(reviews) {
    var seen = {};
    store.reviews.forEach(function (r) { seen[r[0] + '\n' + r[1]] = true; });
    var added = 0;
    reviews.forEach(function (r) {
      if (seen[r[0] + '\n' + r[1]]) return;
      seen[r[0] + '\n' + r[1]] = true;
      store.reviews.push([r[0], r[1], r[2]]);
      added++;
    });
    store.reviews.sort(byTime);
    replayAll();
    return added;
  }

  var store = load();
  var states = {};       // card key -> FSRS card
  var firstSeen = {};    // card key -> time of its first review
  function replayAll() {
    var histories = {};
    states = {};
    firstSeen = {};
    store.reviews.forEach(function (r) { (histories[r[0]] = histories[r[0]] || []).push({ t: r[1], g: r[2] }); });
    Object.keys(histories).forEach(function (key) {
      states[key] = fsrs.replay(histories[key]);
      firstSeen[key] = histories[key][0].t;
    });
  }
  function state(card) { return states[card.k] || fsrs.empty(0); }

  // progress from before scheduling (page#anchor: 'known' or 'review') becomes one review each, once
  if (!store.migrated) {
    var old = null;
    try { old = JSON.parse(localStorage.getItem('sitegen-progress')); } catch (e) { old = null; }
    var then = now();
    var carried = [];
    if (old && typeof old === 'object') {
      data.cards.forEach(function (c) {
        if (old[c.id] === 'known') carried.push([c.k, then, fsrs.EASY]);
        else if (old[c.id] === 'review') carried.push([c.k, then, fsrs.AGAIN]);
      });
    }
    store.migrated = true;
    merge(carried);
    save();
  } else {
    replayAll();
  }

  function summary() {
    var pages = {};
    data.cards.forEach(function (c) {
      var s = states[c.k];
      if (!s) return;
      var page = c.id.split('#')[0];
      (pages[page] = pages[page] || []).push([s.due, s.state]);
    });
    return pages;
  }

  // --- when things are due ---
  function endOfToday(t) { var d = new Date(t); d.setHours(24, 0, 0, 0); return d.getTime(); }
  function startOfToday(t) { var d = new Date(t); d.setHours(0, 0, 0, 0); return d.getTime(); }
  function learning(s) { return s.state === fsrs.LEARNING || s.state === fsrs.RELEARNING; }
  // a card in learning is part of today's session whenever it is due; a review card when it falls due today
  function dueToday(s, t) { return learning(s) || (s.state === fsrs.REVIEW && s.due < endOfToday(t)); }
  function newLeftToday(t) {
    var from = startOfToday(t);
    var started = Object.keys(firstSeen).filter(function (k) { return firstSeen[k] >= from; }).length;
    return Math.max(0, (store.newPerDay === undefined ? 20 : store.newPerDay) - started);
  }

  /** "in 3 days", "in 10 minutes": how far {@code t} is from {@code from}. */
  function span(ms) {
    if (ms < HOUR) { var m = Math.max(1, Math.round(ms / MINUTE)); return m + (m === 1 ? ' minute' : ' minutes'); }
    if (ms < DAY) { var h = Math.round(ms / HOUR); return h + (h === 1 ? ' hour' : ' hours'); }
    var d = Math.round(ms / DAY);
    if (d < 31) return d + (d === 1 ? ' day' : ' days');
    if (d < 365) return (d / 30).toFixed(1).replace(/\.0$/, '') + ' months';
    return (d / 365).toFixed(1).replace(/\.0$/, '') + ' years';
  }
  function short(ms) {
    if (ms < HOUR) return Math.max(1, Math.round(ms / MINUTE)) + ' min';
    if (ms < DAY) return Math.round(ms / HOUR) + ' h';
    var d = Math.round(ms / DAY);
    return d < 31 ? d + ' d' : d < 365 ? (d / 30).toFixed(1).replace(/\.0$/, '') + ' mo' : (d / 365).toFixed(1).replace(/\.0$/, '') + ' y';
  }

  // --- the set of questions ---
  var scope = $('sg-practice-scope');
  function option(value, text) {
    var o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    scope.appendChild(o);
  }
  option('all', 'all notes (' + data.cards.length + ')');
  var sources = [];
  data.cards.forEach(function (c) { if (sources.indexOf(c.s) < 0) sources.push(c.s); });
  sources.forEach(function (s) {
    option('source:' + s, 'note: ' + s + ' (' + data.cards.filter(function (c) { return c.s === s; }).length + ')');
  });
  data.topics.forEach(function (t) {
    option('topic:' + t.slug, 'topic: ' + t.name + ' (' + data.cards.filter(function (c) { return c.t.indexOf(t.slug) >= 0; }).length + ')');
  });
  var wanted = new URLSearchParams(location.search);
  if (wanted.get('topic')) scope.value = 'topic:' + wanted.get('topic');
  if (wanted.get('note')) scope.value = 'source:' + wanted.get('note');
  if (!scope.value) scope.value = 'all';
  $('sg-practice-new').value = store.newPerDay === undefined ? 20 : store.newPerDay;
  document.querySelector('.sg-practice-controls').hidden = false;

  function inScope(card) {
    var v = scope.value;
    if (v.indexOf('source:') === 0) return card.s === v.slice(7);
    if (v.indexOf('topic:') === 0) return card.t.indexOf(v.slice(6)) >= 0;
    return true;
  }

  /** The card to show now: learning cards that are due, then reviews due today, then new cards, then learning cards due soon. */
  function pick(t) {
    var cards = data.cards.filter(inScope);
    var soonest = function (a, b) { return state(a).due - state(b).due; };
    var due = cards.filter(function (c) { var s = state(c); return learning(s) && s.due <= t; }).sort(soonest);
    if (due.length) return due[0];
    due = cards.filter(function (c) { var s = state(c); return s.state === fsrs.REVIEW && s.due < endOfToday(t); }).sort(soonest);
    if (due.length) return due[0];
    if (newLeftToday(t) > 0) {
      var fresh = cards.filter(function (c) { return !states[c.k]; });
      if (fresh.length) return fresh[0];
    }
    due = cards.filter(function (c) { var s = state(c); return learning(s) && s.due <= t + LEARN_AHEAD; }).sort(soonest);
    return due[0] || null;
  }

  var current = null;
  var shownAt = 0;
  var lastGraded = '';

  function status(t) {
    var cards = data.cards.filter(inScope);
    var due = cards.filter(function (c) { return dueToday(state(c), t); }).length;
    var fresh = cards.filter(function (c) { return !states[c.k]; }).length;
    var known = cards.filter(function (c) { return state(c).state === fsrs.REVIEW; }).length;
    var text = due + ' due today · ' + Math.min(fresh, newLeftToday(t)) + ' new · ' + known + ' of ' + cards.length + ' known in this set.';
    if (!current) {
      var next = cards.map(function (c) { return state(c); }).filter(function (s) { return s.state !== fsrs.NEW && s.due > t; })
        .sort(function (a, b) { return a.due - b.due; })[0];
      if (!cards.length) text += ' No cards here: pick another set.';
      else if (next) text += ' Nothing is due now: the next card is due in ' + span(next.due - t) + ' (' + new Date(next.due).toLocaleString() + ').';
      else if (fresh) text += ' That is all the new cards for today: raise the number of new cards a day to go on.';
      else text += ' Nothing is due.';
    }
    $('sg-practice-status').textContent = (lastGraded ? lastGraded + ' ' : '') + text;
  }

  function show() {
    var t = now();
    current = pick(t);
    status(t);
    if (!current) {
      $('sg-card').hidden = true;
      return;
    }
    var s = state(current);
    shownAt = t;
    $('sg-card').hidden = false;
    $('sg-card-position').textContent = s.state === fsrs.NEW ? 'New card' : s.state === fsrs.REVIEW ? 'Review' : 'Learning';
    $('sg-card-source').textContent = current.s + ' › ' + current.p;
    $('sg-card-question').textContent = current.q;
    $('sg-card-answer').hidden = true;
    $('sg-card-answer').innerHTML = '';
    $('sg-card-verdict').hidden = true;
    $('sg-card-reveal').hidden = false;
    $('sg-card-open').href = (document.body.getAttribute('data-root') || '') + current.id;
  }

  function reveal() {
    if (!current || !$('sg-card-answer').hidden) return;
    var answer = $('sg-card-answer');
    if (current.unanswered) {
      answer.innerHTML = '';
      var p = document.createElement('p');
      p.className = 'sg-unanswered';
      p.textContent = 'No answer written yet: answer it yourself, then grade how well you could.';
      answer.appendChild(p);
    } else {
      // sanitised at build time by the same policy as the guide's pages
      answer.innerHTML = current.a;
      if (window.Prism) Prism.highlightAllUnder(answer);
    }
    var t = now();
    Array.prototype.forEach.call(document.querySelectorAll('.sg-grade'), function (button) {
      var after = fsrs.next(state(current), t, Number(button.getAttribute('data-grade')));
      button.querySelector('small').textContent = short(after.due - t);
      button.setAttribute('title', 'comes back in ' + span(after.due - t));
    });
    answer.hidden = false;
    $('sg-card-verdict').hidden = false;
    $('sg-card-reveal').hidden = true;
    document.querySelector('.sg-grade[data-grade="3"]').focus();
  }

  function grade(g) {
    if (!current || $('sg-card-verdict').hidden) return;
    var t = Math.max(now(), shownAt);
    merge(load().reviews.concat([[current.k, t, g]]));   // with what another tab graded meanwhile
    save();
    lastGraded = '“' + current.q + '” comes back in ' + span(states[current.k].due - t) + '.';
    show();
    if (!$('sg-card').hidden) $('sg-card-reveal').focus();
  }

  // --- moving progress between devices ---
  function message(text) { $('sg-practice-transfer').textContent = text; }

  function exportFile() {
    var file = { format: FORMAT, version: 1, guide: data.guide, exported: new Date(now()).toISOString(), reviews: store.reviews };
    var link = $('sg-practice-download');
    if (link.href) URL.revokeObjectURL(link.href);
    link.href = URL.createObjectURL(new Blob([JSON.stringify(file)], { type: 'application/json' }));
    link.download = (data.guide || 'guide').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') + '-progress-'
      + new Date(now()).toISOString().slice(0, 10) + '.json';
    link.click();
    message('Exported ' + store.reviews.length + ' reviews to ' + link.download + '.');
  }

  /** The reviews of a progress file, or a sentence saying why it is refused. */
  function readFile(name, text) {
    var file;
    try { file = JSON.parse(text); } catch (e) { return name + ' is damaged or not a progress file: it is not JSON. Nothing was imported.'; }
    if (!file || file.format !== FORMAT || !Array.isArray(file.reviews)) {
      return name + ' is not a progress file of a site-gen guide. Nothing was imported.';
    }
    if (file.version !== 1) return name + ' was made by another version of site-gen (format ' + file.version + '). Nothing was imported.';
    if (file.guide !== data.guide) {
      return name + ' holds progress in “' + file.guide + '”, not in “' + data.guide + '”: import it on that guide’s practice page. Nothing was imported.';
    }
    for (var i = 0; i < file.reviews.length; i++) {
      var r = file.reviews[i];
      if (!Array.isArray(r) || r.length !== 3 || typeof r[0] !== 'string' || !r[0] || !Number.isSafeInteger(r[1]) || r[1] < 0
          || [1, 2, 3, 4].indexOf(r[2]) < 0) {
        return name + ' is damaged: review ' + (i + 1) + ' of ' + file.reviews.length + ' is not [card, time, grade]. Nothing was imported.';
      }
    }
    return file.reviews;
  }

  function importFile(file) {
    var reader = new FileReader();
    reader.onload = function () {
      var reviews = readFile(file.name, String(reader.result));
      if (typeof reviews === 'string') { message(reviews); return; }
      merge(load().reviews);
      var added = merge(reviews);
      save();
      var known = {};
      data.cards.forEach(function (c) { known[c.k] = true; });
      var elsewhere = reviews.filter(function (r) { return !known[r[0]]; }).length;
      message('Imported ' + file.name + ': ' + added + ' of its ' + reviews.length + ' reviews were new here.'
        + (elsewhere ? ' ' + elsewhere + ' are of questions not in the guide now; they are kept.' : ''));
      lastGraded = '';
      show();
    };
    reader.onerror = function () { message(file.name + ' could not be read. Nothing was imported.'); };
    reader.readAsText(file);
  }

  Array.prototype.forEach.call(document.querySelectorAll('.sg-grade'), function (button) {
    button.addEventListener('click', function () { grade(Number(button.getAttribute('data-grade'))); });
  });
  $('sg-card-reveal').addEventListener('click', reveal);
  $('sg-practice-export').addEventListener('click', exportFile);
  $('sg-practice-import').addEventListener('change', function (e) {
    if (e.target.files && e.target.files[0]) importFile(e.target.files[0]);
    e.target.value = '';
  });
  $('sg-practice-reset').addEventListener('click', function () {
    if (!window.confirm('Forget every review of this guide kept in this browser? Export it first to keep a copy.')) return;
    store.reviews = [];
    replayAll();
    save();
    lastGraded = '';
    show();
  });
  $('sg-practice-new').addEventListener('change', function (e) {
    var n = parseInt(e.target.value, 10);
    store.newPerDay = isFinite(n) && n >= 0 ? n : 20;
    save();
    show();
  });
  scope.addEventListener('change', function () { lastGraded = ''; show(); });
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    if (e.ctrlKey || e.metaKey || e.altKey || (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA'))) return;
    if (e.key === ' ' && !$('sg-card').hidden && $('sg-card-answer').hidden) { e.preventDefault(); reveal(); }
    else if (/^[1-4]$/.test(e.key)) grade(Number(e.key));
  });
  save();   // the guide's pages read the summary: it follows a rebuild that moved questions between pages
  show();
})();
