// site-gen default theme: navigation drawer, answer cards, code copy buttons, light/dark
// theme, arrow-key paging. Plain script with no build step; works from file:// too.
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
    if (!answer) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'sg-answer-toggle';
    button.setAttribute('aria-controls', answer.id);
    answer.parentNode.insertBefore(button, answer);
    button.addEventListener('click', function () { setAnswer(question, answer.hidden); });
    setAnswer(question, true);
  });
  var content = document.querySelector('.sg-content');
  // a note's own <details><summary> blocks are questions too: hide-all folds them as well
  var detailsQuestions = document.querySelectorAll('.sg-content details[id^="sg-q-"]');
  if (content && (questions.length || detailsQuestions.length)) {
    var bar = document.createElement('div');
    bar.className = 'sg-study-bar';
    var all = document.createElement('button');
    all.type = 'button';
    all.className = 'sg-hide-all';
    all.setAttribute('aria-pressed', 'false');
    all.textContent = 'Hide all answers';
    all.addEventListener('click', function () {
      var hide = all.getAttribute('aria-pressed') !== 'true';
      Array.prototype.forEach.call(questions, function (q) { setAnswer(q, !hide); });
      Array.prototype.forEach.call(detailsQuestions, function (d) { d.open = !hide; });
      all.setAttribute('aria-pressed', String(hide));
      all.textContent = hide ? 'Show all answers' : 'Hide all answers';
    });
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

  // --- practice progress (kept by practice.js): "n of m known" beside each page link ---
  var progress = {};
  try { progress = JSON.parse(localStorage.getItem('sitegen-progress')) || {}; } catch (e) { progress = {}; }
  var knownIds = Object.keys(progress).filter(function (id) { return progress[id] === 'known'; });
  Array.prototype.forEach.call(document.querySelectorAll('a[data-page][data-questions]'), function (a) {
    var total = parseInt(a.getAttribute('data-questions'), 10);
    if (!total) return;
    var prefix = a.getAttribute('data-page') + '#';
    var known = knownIds.filter(function (id) { return id.indexOf(prefix) === 0; }).length;
    if (!known) return;
    var badge = document.createElement('span');
    badge.className = 'sg-known';
    badge.textContent = known + ' of ' + total + ' known';
    a.parentNode.insertBefore(badge, a.nextSibling);
    a.parentNode.insertBefore(document.createTextNode(' '), badge);
  });
  var totalEl = document.querySelector('.sg-progress-total');
  if (totalEl && knownIds.length) totalEl.textContent = knownIds.length + ' of ' + totalEl.getAttribute('data-total') + ' questions known so far.';

  // --- ← and → turn the page ---
  document.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || typingIn(e.target)) return;
    var rel = e.key === 'ArrowLeft' ? 'prev' : e.key === 'ArrowRight' ? 'next' : null;
    var link = rel && document.querySelector('a[rel="' + rel + '"]');
    if (link) window.location.href = link.href;
  });
})();
