// site-gen default theme: the navigation drawer on narrow screens. Works from file:// too.
(function () {
  'use strict';
  var button = document.querySelector('.sg-menu');
  var sidebar = document.getElementById('sg-sidebar');
  if (!button || !sidebar) return;
  function setOpen(open) {
    sidebar.classList.toggle('sg-open', open);
    button.setAttribute('aria-expanded', String(open));
  }
  button.addEventListener('click', function () { setOpen(!sidebar.classList.contains('sg-open')); });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') setOpen(false); });
  sidebar.addEventListener('click', function (e) { if (e.target.closest('a')) setOpen(false); });
  var current = sidebar.querySelector('[aria-current="page"]');
  if (current && current.scrollIntoView) current.scrollIntoView({ block: 'center' });
})();
