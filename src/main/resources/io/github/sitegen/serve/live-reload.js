// site-gen serve: reloads this page when a rebuild changed it, and shows why a build failed.
// Added to pages by the live server only; never part of the published site.
(function () {
  'use strict';
  var me = document.currentScript;
  var generation = Number(me.getAttribute('data-generation'));
  var page = me.getAttribute('data-page');
  var overlay = null;
  var problems = null;

  // a rebuild that changed this page, or a script, stylesheet or image it loads, reloads it;
  // other pages and the search index (fetched again by the next search) do not
  function affects(path) {
    if (path === page) return true;
    var url = new URL(path, location.origin + '/').href;
    return Array.prototype.some.call(document.querySelectorAll('script[src], link[href], img[src]'), function (el) {
      return (el.src || el.href) === url;
    });
  }

  function box(id, css) {
    var el = document.getElementById(id);
    if (!el) {
      el = document.createElement('div');
      el.id = id;
      el.setAttribute('style', css);
      document.body.appendChild(el);
    }
    return el;
  }

  function showError(error) {
    if (!error) {
      if (overlay) { overlay.remove(); overlay = null; }
      return;
    }
    overlay = box('sg-live-error', 'position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;'
      + 'background:rgba(24,4,4,.96);color:#fff;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;');
    overlay.setAttribute('role', 'alert');
    overlay.textContent = '';
    var title = document.createElement('h2');
    title.setAttribute('style', 'margin:0 0 1rem;font:600 18px system-ui,sans-serif;color:#ff8a80;');
    title.textContent = 'site-gen: the build failed' + (error.file ? ' at ' + error.file + (error.line > 0 ? ':' + error.line : '') : '');
    var message = document.createElement('pre');
    // explicit colours: the site's own stylesheet styles pre for its pages, not for this overlay
    message.setAttribute('style', 'white-space:pre-wrap;margin:0 0 1rem;padding:0;border:0;background:none;color:#fff;'
      + 'font:inherit;box-shadow:none;');
    message.textContent = error.message;
    var hint = document.createElement('p');
    hint.setAttribute('style', 'font-family:system-ui,sans-serif;color:#ccc;');
    hint.textContent = 'This page shows the last good build. Fix the file and save: the page updates by itself.';
    overlay.appendChild(title);
    overlay.appendChild(message);
    overlay.appendChild(hint);
  }

  // each link a problem is about carries data-sg-problem="note.md:12" (the problem's place): it is
  // marked where it is, with the problem's message beside it
  function markInPlace(list) {
    Array.prototype.forEach.call(document.querySelectorAll('[data-sg-live-mark]'), function (el) { el.remove(); });
    Array.prototype.forEach.call(document.querySelectorAll('[data-sg-live-marked]'), function (el) {
      el.setAttribute('style', el.getAttribute('data-sg-live-marked'));
      el.removeAttribute('data-sg-live-marked');
    });
    var marked = {};
    Array.prototype.forEach.call(document.querySelectorAll('[data-sg-problem]'), function (el) {
      var here = (list || []).filter(function (p) { return p.at === el.getAttribute('data-sg-problem'); });
      if (here.length === 0) return;
      el.setAttribute('data-sg-live-marked', el.getAttribute('style') || '');
      el.setAttribute('style', (el.getAttribute('style') || '') + ';outline:2px dashed #c62828;outline-offset:2px;');
      var mark = document.createElement('span');
      mark.setAttribute('data-sg-live-mark', '');
      mark.setAttribute('role', 'note');
      mark.id = 'sg-live-mark-' + Object.keys(marked).length;
      mark.setAttribute('style', 'display:inline-block;margin:0 .25rem;padding:0 .4rem;border-radius:4px;background:#ffebee;'
        + 'color:#b71c1c;border:1px solid #ef9a9a;font:13px/1.5 system-ui,sans-serif;');
      mark.textContent = '\u26A0 ' + here.map(function (p) { return p.message; }).join(' \u2022 ');
      el.insertAdjacentElement('afterend', mark);
      here.forEach(function (p) { marked[p.text] = marked[p.text] || mark.id; });
    });
    return marked;
  }

  // the list site-gen:check would print, open: a problem on this page links to its mark
  function showProblems(list, marked) {
    if (!list || list.length === 0) {
      if (problems) { problems.remove(); problems = null; }
      return;
    }
    var key = 'sg-live-problems-closed:' + list.map(function (p) { return p.text; }).join('\n');
    problems = box('sg-live-problems', 'position:fixed;right:1rem;bottom:1rem;z-index:2147483646;'
      + 'max-width:min(44rem,calc(100vw - 2rem));max-height:45vh;overflow:auto;background:#fff8e1;color:#3e2723;'
      + 'border:1px solid #ffb300;border-radius:8px;padding:.25rem .75rem;font:13px/1.4 system-ui,sans-serif;'
      + 'box-shadow:0 2px 8px rgba(0,0,0,.2);');
    problems.setAttribute('role', 'region');
    problems.setAttribute('aria-label', 'Problems site-gen:check would report');
    problems.textContent = '';
    var details = document.createElement('details');
    // open until closed; closed stays closed until the list changes
    details.open = sessionStorage.getItem(key) === null;
    details.addEventListener('toggle', function () {
      if (details.open) sessionStorage.removeItem(key); else sessionStorage.setItem(key, '1');
    });
    var summary = document.createElement('summary');
    summary.setAttribute('style', 'cursor:pointer;font-weight:600;');
    summary.textContent = list.length + (list.length === 1 ? ' problem' : ' problems') + ' site-gen:check would report';
    details.appendChild(summary);
    var ul = document.createElement('ul');
    ul.setAttribute('style', 'margin:.25rem 0;padding-left:1rem;font-family:ui-monospace,Menlo,Consolas,monospace;');
    list.forEach(function (p) {
      var li = document.createElement('li');
      li.textContent = p.text;
      if (marked[p.text]) {
        var link = document.createElement('a');
        link.href = '#' + marked[p.text];
        link.textContent = 'on this page';
        link.setAttribute('style', 'margin-left:.5rem;font-family:system-ui,sans-serif;');
        li.appendChild(link);
      }
      ul.appendChild(li);
    });
    details.appendChild(ul);
    problems.appendChild(details);
  }

  // the server answers with what changed since the build this page came from
  var events = new EventSource('/__site-gen/events?since=' + generation);
  events.addEventListener('state', function (e) {
    var state = JSON.parse(e.data);
    if (state.generation !== generation) {
      if (state.changed === null || state.changed.some(affects)) {
        events.close();
        location.reload();
        return;
      }
      generation = state.generation;
    }
    showError(state.error);
    showProblems(state.problems, markInPlace(state.problems));
  });
})();
