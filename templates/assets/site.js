// site-gen default theme: navigation drawer, answer cards, code copy buttons, light/dark
// theme, arrow-key paging, the contents that follow the reading, back to top, and the words a
// search result was found by, marked. Plain script with no build step; works from file:// too.
(function () {
  'use strict';

  function typingIn(el) {
    return el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
  }

  function store(key, value) {
    try {
      if (value === undefined) return localStorage.getItem(key);
      localStorage.setItem(key, value);
    } catch (e) { /* private mode or disabled storage: the page still works, it just forgets */ }
    return null;
  }

  function forget(key) {
    try { localStorage.removeItem(key); } catch (e) { /* as above */ }
  }

  // --- the header's height, which a wrapped title changes: sticky things sit below it ---
  var header = document.querySelector('.sg-header');
  function measureHeader() {
    if (header) document.documentElement.style.setProperty('--sg-header', header.offsetHeight + 'px');
  }
  measureHeader();
  window.addEventListener('resize', measureHeader);

  // --- navigation drawer (narrow screens) ---
  var menu = document.querySelector('.sg-menu');
  var sidebar = document.getElementById('sg-sidebar');
  if (menu && sidebar) {
    var setOpen = function (open) {
      sidebar.classList.toggle('sg-open', open);
      menu.setAttribute('aria-expanded', String(open));
    };
    menu.addEventListener('click', function () { setOpen(!sidebar.classList.contains('sg-open')); });
    document.addEventListener('keydown', function (e) { if (e.key === 'Escape') setOpen(false); });
    sidebar.addEventListener('click', function (e) { if (e.target.closest('a')) setOpen(false); });
    // Show the current page in the sidebar without moving the page itself.
    var current = sidebar.querySelector('[aria-current="page"]');
    if (current) sidebar.scrollTop = Math.max(0, current.offsetTop - sidebar.clientHeight / 2);
  }

  // --- light / dark theme: follows the system until the reader picks one ---
  var themeButton = document.querySelector('.sg-theme');
  function effectiveTheme() {
    var chosen = document.documentElement.getAttribute('data-theme');
    if (chosen) return chosen;
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  function labelThemeButton() {
    if (!themeButton) return;
    var dark = effectiveTheme() === 'dark';
    themeButton.setAttribute('aria-pressed', String(dark));
    themeButton.setAttribute('aria-label', dark ? 'Use light theme' : 'Use dark theme');
    themeButton.title = dark ? 'Use light theme' : 'Use dark theme';
  }
  if (themeButton) {
    themeButton.addEventListener('click', function () {
      var next = effectiveTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.setAttribute('data-theme', next);
      store('sitegen-theme', next);
      labelThemeButton();
    });
    labelThemeButton();
  }

  // --- question cards: each answer folds away, or all at once for a self-test ---
  var questions = document.querySelectorAll('.sg-question');
  function setAnswer(question, shown) {
    var answer = question.querySelector(':scope > .sg-answer');
    var button = question.querySelector(':scope > .sg-answer-toggle');
    if (!answer || !button) return;
    question.classList.toggle('sg-collapsed', !shown);
    answer.hidden = !shown;
    button.setAttribute('aria-expanded', String(shown));
    button.textContent = shown ? 'Hide answer' : 'Show answer';
  }
  Array.prototype.forEach.call(questions, function (question) {
    var answer = question.querySelector(':scope > .sg-answer');
    if (!answer || question.classList.contains('sg-unanswered')) return; // nothing to fold
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'sg-answer-toggle';
    button.setAttribute('aria-controls', answer.id);
    // first in the card, floated beside the question: a line of the phone's first screen saved
    answer.parentNode.insertBefore(button, answer.parentNode.firstChild);
    button.addEventListener('click', function () { setAnswer(question, answer.hidden); });
    setAnswer(question, true);
  });
  var content = document.querySelector('.sg-content');
  // a note's own <details><summary> blocks are questions too: hide-all folds them as well
  var detailsQuestions = document.querySelectorAll('.sg-content details[id^="sg-q-"]');
  // "Hide all answers" is remembered for this page, so that a self-test survives a reload
  var hiddenKey = 'sitegen-hide-all:' + location.pathname;
  if (content && (questions.length || detailsQuestions.length)) {
    var bar = document.createElement('div');
    bar.className = 'sg-study-bar';
    var all = document.createElement('button');
    all.type = 'button';
    all.className = 'sg-hide-all';
    var hideAll = function (hide) {
      Array.prototype.forEach.call(questions, function (q) { setAnswer(q, !hide); });
      Array.prototype.forEach.call(detailsQuestions, function (d) { d.open = !hide; });
      all.setAttribute('aria-pressed', String(hide));
      all.textContent = hide ? 'Show all answers' : 'Hide all answers';
    };
    all.addEventListener('click', function () {
      var hide = all.getAttribute('aria-pressed') !== 'true';
      hideAll(hide);
      if (hide) store(hiddenKey, '1');
      else forget(hiddenKey);
    });
    hideAll(store(hiddenKey) === '1');
    bar.appendChild(all);
    content.parentNode.insertBefore(bar, content);
  }
  // A link to an answer's anchor must show it, even when the reader had folded it.
  function revealTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    for (var el = target; el; el = el.parentElement) {
      if (el.classList && el.classList.contains('sg-question')) setAnswer(el, true);
    }
  }
  window.addEventListener('hashchange', revealTarget);
  revealTarget();

  // --- code: highlighting (Prism) and a copy button on every block ---
  if (window.Prism) Prism.highlightAll();
  Array.prototype.forEach.call(document.querySelectorAll('.sg-content pre'), function (pre) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'sg-copy';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', 'Copy code to clipboard');
    button.addEventListener('click', function () {
      var text = (pre.querySelector('code') || pre).textContent;
      copy(text, function (ok) {
        button.textContent = ok ? 'Copied' : 'Press Ctrl+C';
        setTimeout(function () { button.textContent = 'Copy'; }, 2000);
      });
    });
    pre.parentNode.insertBefore(button, pre);
  });
  function copy(text, done) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(fallbackCopy(text)); });
    } else {
      done(fallbackCopy(text));
    }
  }
  function fallbackCopy(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }

  // --- practice progress (kept by practice.js): "3 of 8 known · 2 due" beside each page link ---
  // practice.js leaves, per page, each reviewed card's [due time, FSRS state] (2: review, i.e. learnt)
  var progress = {};
  var siteRoot = new URL(document.body.getAttribute('data-root') || './', location.href).href;
  try { progress = JSON.parse(localStorage.getItem('sitegen-due@' + siteRoot)) || {}; } catch (e) { progress = {}; }
  var tomorrow = new Date();
  tomorrow.setHours(24, 0, 0, 0);
  var knownTotal = 0;
  Object.keys(progress).forEach(function (page) { knownTotal += progress[page].filter(function (c) { return c[1] === 2; }).length; });
  Array.prototype.forEach.call(document.querySelectorAll('a[data-page][data-questions]'), function (a) {
    var total = parseInt(a.getAttribute('data-questions'), 10);
    var cards = progress[a.getAttribute('data-page')] || [];
    if (!total || !cards.length) return;
    var known = cards.filter(function (c) { return c[1] === 2; }).length;
    var due = cards.filter(function (c) { return c[1] === 1 || c[1] === 3 || c[0] < tomorrow.getTime(); }).length;   // learning, or due today
    var badge = document.createElement('span');
    badge.className = 'sg-known';
    badge.textContent = known + ' of ' + total + ' known' + (due ? ' · ' + due + ' due' : '');
    a.parentNode.insertBefore(badge, a.nextSibling);
    a.parentNode.insertBefore(document.createTextNode(' '), badge);
  });
  var totalEl = document.querySelector('.sg-progress-total');
  if (totalEl && knownTotal) totalEl.textContent = knownTotal + ' of ' + totalEl.getAttribute('data-total') + ' questions known so far.';

  // --- the contents list follows the reading: the entry of the section at the top of the screen ---
  var tocLinks = Array.prototype.filter.call(document.querySelectorAll('.sg-toc a[href^="#"]'), function (a) {
    return document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)));
  });
  var tocTargets = tocLinks.map(function (a) { return document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1))); });
  var reading = null;
  function followReading() {
    var line = (header ? header.offsetHeight : 0) + window.innerHeight / 4;
    var now = null;
    for (var i = 0; i < tocTargets.length; i++) {
      if (tocTargets[i].getBoundingClientRect().top <= line) now = tocLinks[i];
      else break;
    }
    if (!now && tocLinks.length) now = tocLinks[0];
    if (now === reading) return;
    if (reading) reading.removeAttribute('aria-current');
    reading = now;
    if (!reading) return;
    reading.setAttribute('aria-current', 'location');
    // keep it in view inside the contents list when the list scrolls on its own
    var list = reading.closest('.sg-toc');
    if (list && list.scrollHeight > list.clientHeight) {
      var top = reading.offsetTop - list.offsetTop;
      if (top < list.scrollTop || top > list.scrollTop + list.clientHeight - reading.offsetHeight) list.scrollTop = top - list.clientHeight / 3;
    }
  }
  var scrolled = false;
  function onScroll() {
    if (scrolled) return;
    scrolled = true;
    window.requestAnimationFrame(function () { scrolled = false; followReading(); showTop(); });
  }
  window.addEventListener('scroll', onScroll, { passive: true });

  // --- back to top, once the reader is a screen or more down the page ---
  var topButton = document.createElement('button');
  topButton.type = 'button';
  topButton.className = 'sg-top';
  topButton.textContent = '↑ Top';
  topButton.setAttribute('aria-label', 'Back to top');
  topButton.hidden = true;
  topButton.addEventListener('click', function () {
    window.scrollTo({ top: 0 });
    var skip = document.querySelector('.sg-skip');
    if (skip) skip.focus();
  });
  document.body.appendChild(topButton);
  function showTop() {
    var down = window.scrollY > window.innerHeight;
    if (topButton.hidden === down) topButton.hidden = !down;
  }
  followReading();
  showTop();

  // --- the words a search result was found by (?h=), marked on the page, until the reader clears them ---
  // Marks, in el's text, the words that start with one of the words (or one of their _-joined parts).
  function markWords(el, words) {
    var lower = words.map(function (w) { return w.toLowerCase(); }).filter(function (w) { return w.length > 1; });
    if (!lower.length) return 0;
    var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        var parent = node.parentNode;
        return /^(SCRIPT|STYLE|MARK|TEXTAREA)$/.test(parent.nodeName) || parent.closest('.sg-anchor') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    var count = 0;
    nodes.forEach(function (node) {
      var parts = node.nodeValue.split(/([0-9A-Za-z\u00c0-\uffff_]+)/);
      if (parts.length < 2) return;
      var hits = false;
      var out = document.createDocumentFragment();
      parts.forEach(function (part) {
        var word = part.toLowerCase();
        var hit = part && lower.some(function (w) {
          var at = word.indexOf(w);
          return at === 0 || at > 0 && word.charAt(at - 1) === '_';
        });
        if (hit) {
          var m = document.createElement('mark');
          m.className = 'sg-hit';
          m.textContent = part;
          out.appendChild(m);
          hits = true;
          count++;
        } else if (part) {
          out.appendChild(document.createTextNode(part));
        }
      });
      if (hits) node.parentNode.replaceChild(out, node);
    });
    return count;
  }
  window.siteGenMark = markWords;

  var searched = null;
  try { searched = new URLSearchParams(location.search).get('h'); } catch (e) { searched = null; }
  var marked = searched && content ? markWords(content, searched.split(/\s+/)) : 0;
  if (marked) {
    var hits = document.createElement('div');
    hits.className = 'sg-hits';
    hits.setAttribute('role', 'region');
    hits.setAttribute('aria-label', 'Searched words');
    var said = document.createElement('span');
    said.textContent = '“' + searched + '” marked ' + marked + (marked === 1 ? ' time' : ' times');
    var clear = document.createElement('button');
    clear.type = 'button';
    clear.textContent = 'Clear marks';
    clear.addEventListener('click', function () {
      Array.prototype.forEach.call(document.querySelectorAll('mark.sg-hit'), function (m) {
        m.parentNode.replaceChild(document.createTextNode(m.textContent), m);
      });
      content.normalize();
      hits.remove();
      // the address no longer asks for the marks: a reload or a shared link shows the page plain
      if (window.history && history.replaceState) history.replaceState(null, '', location.pathname + location.hash);
    });
    hits.appendChild(said);
    hits.appendChild(clear);
    document.body.appendChild(hits);
  }

  // --- ← and → turn the page ---
  document.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || typingIn(e.target)) return;
    var rel = e.key === 'ArrowLeft' ? 'prev' : e.key === 'ArrowRight' ? 'next' : null;
    var link = rel && document.querySelector('a[rel="' + rel + '"]');
    if (link) window.location.href = link.href;
  });
})();
