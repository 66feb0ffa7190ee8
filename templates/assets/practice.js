// site-gen practice mode: flashcards from window.siteGenPractice (practice-data.js), progress
// kept in localStorage under the question's place (page#anchor), shared with the guide's pages.
(function () {
  'use strict';
  var data = window.siteGenPractice;
  var root = document.body.getAttribute('data-root') || '';
  var KEY = 'sitegen-progress';
  if (!data || !document.getElementById('sg-card')) return;

  function $(id) { return document.getElementById(id); }
  function load() { try { return JSON.parse(localStorage.getItem(KEY)) || {}; } catch (e) { return {}; } }
  function save(progress) { try { localStorage.setItem(KEY, JSON.stringify(progress)); } catch (e) { /* storage off */ } }

  var progress = load();
  var deck = [];
  var position = 0;

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
  document.querySelector('.sg-practice-controls').hidden = false;

  function inScope(card) {
    var v = scope.value;
    if (v.indexOf('source:') === 0) return card.s === v.slice(7);
    if (v.indexOf('topic:') === 0) return card.t.indexOf(v.slice(6)) >= 0;
    return true;
  }

  function build(shuffle) {
    var cards = data.cards.filter(inScope);
    if ($('sg-practice-unknown').checked) cards = cards.filter(function (c) { return progress[c.id] !== 'known'; });
    if (shuffle) {
      for (var i = cards.length - 1; i > 0; i--) {
        var j = Math.floor(Math.random() * (i + 1));
        var t = cards[i]; cards[i] = cards[j]; cards[j] = t;
      }
    }
    deck = cards;
    position = 0;
    show();
  }

  function status() {
    var all = data.cards.filter(inScope);
    var known = all.filter(function (c) { return progress[c.id] === 'known'; }).length;
    $('sg-practice-status').textContent = known + ' of ' + all.length + ' known in this set.';
  }

  function show() {
    status();
    var card = deck[position];
    if (!card) {
      $('sg-card').hidden = true;
      $('sg-practice-status').textContent += deck.length ? ' You went through every card: shuffle to go again.' : ' No cards here: pick another set.';
      return;
    }
    $('sg-card').hidden = false;
    $('sg-card-position').textContent = 'Card ' + (position + 1) + ' of ' + deck.length;
    $('sg-card-source').textContent = card.s + ' › ' + card.p + (progress[card.id] ? ' · marked ' + (progress[card.id] === 'known' ? 'known' : 'to review') : '');
    $('sg-card-question').textContent = card.q;
    $('sg-card-answer').hidden = true;
    $('sg-card-answer').innerHTML = '';
    $('sg-card-verdict').hidden = true;
    $('sg-card-reveal').hidden = false;
    $('sg-card-open').href = root + card.id;
  }

  function reveal() {
    var card = deck[position];
    if (!card || !$('sg-card-answer').hidden) return;
    // sanitised at build time by the same policy as the guide's pages
    $('sg-card-answer').innerHTML = card.a;
    if (window.Prism) Prism.highlightAllUnder($('sg-card-answer'));
    $('sg-card-answer').hidden = false;
    $('sg-card-verdict').hidden = false;
    $('sg-card-reveal').hidden = true;
    $('sg-card-knew').focus();
  }

  function verdict(knew) {
    var card = deck[position];
    if (!card || $('sg-card-verdict').hidden) return;
    progress = load();
    progress[card.id] = knew ? 'known' : 'review';
    save(progress);
    if (!knew) deck.push(card);   // it comes back at the end of this round
    position++;
    show();
    $('sg-card-reveal').focus();
  }

  $('sg-card-reveal').addEventListener('click', reveal);
  $('sg-card-knew').addEventListener('click', function () { verdict(true); });
  $('sg-card-again').addEventListener('click', function () { verdict(false); });
  $('sg-practice-shuffle').addEventListener('click', function () { build(true); });
  $('sg-practice-reset').addEventListener('click', function () {
    if (!window.confirm('Forget which questions you knew?')) return;
    progress = {};
    save(progress);
    build(false);
  });
  scope.addEventListener('change', function () { build(false); });
  $('sg-practice-unknown').addEventListener('change', function () { build(false); });
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    if (e.ctrlKey || e.metaKey || e.altKey || (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA'))) return;
    if (e.key === ' ' && !$('sg-card').hidden && $('sg-card-answer').hidden) { e.preventDefault(); reveal(); }
    else if (e.key === 'k') verdict(true);
    else if (e.key === 'r') verdict(false);
  });
  build(false);
})();
