// A link focused in a row that scrolls sideways (the phone's tracks and
// contents) is scrolled wholly into view, its focus ring with it (the row's
// scroll padding). Browsers scroll a focused element into view only when none
// of it shows, so a link half past the row's edge stayed half hidden, and Tab
// went on to the next. "nearest" moves nothing when the link is in view.
//
// Not a module: scripts/embed-manifest.mjs puts this function in
// dist/loader.js and dist/embed.js. `root` holds both the prerendered view
// and the app: the shadow root, or the standalone page's document.
function revealFocus(root) {
  root.addEventListener('focusin', (event) => {
    const link = event.target.closest?.('.igf-tracks a, .igf-toc a');
    link?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });
}
