// "Leave this site": go to the neutral address and replace this page in the history, so the Back button does not
// return here. Without JavaScript the link still leaves (as an ordinary link). Served from the theme (script-src 'self').
document.addEventListener('click', function (event) {
  var link = event.target instanceof Element ? event.target.closest('a[data-quick-exit]') : null;
  if (link) {
    event.preventDefault();
    window.location.replace(link.href);
  }
});
