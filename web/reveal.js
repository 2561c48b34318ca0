// A link focused from the keyboard in a row that scrolls sideways (the
// phone's tracks and contents) is scrolled wholly into the row, its focus
// ring with it (the row's scroll padding). Browsers scroll a focused element
// into view only when none of it shows, so a link half past the row's edge
// stayed half hidden, and Tab went on to the next. Only the row scrolls, never
// the page or the host; and not for a click, which focuses on mousedown: the
// row moving under the pointer would lose it.
//
// Not a module: scripts/embed-manifest.mjs puts this function in
// dist/loader.js and dist/embed.js. `root` holds both the prerendered view
// and the app: the shadow root, or the standalone page's document.
function revealFocus(root) {
  root.addEventListener('focusin', (event) => {
    const link = event.target.closest?.('.igf-tracks a, .igf-toc a');
    if (!link?.matches(':focus-visible')) return;
    const row = link.closest('ul, ol');
    const item = link.getBoundingClientRect();
    const box = row.getBoundingClientRect();
    // 6 px in from the edge, as the row's scroll padding: room for the ring.
    // A row that does not scroll (the wide layout) ignores its scrollLeft.
    row.scrollLeft += Math.min(0, item.left - box.left - 6) || Math.max(0, item.right - box.right + 6);
  });
}
