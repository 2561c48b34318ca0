// Input made before the app is ready is kept, never lost. The prerendered
// view can be read and clicked long before the wasm arrives on a slow link,
// so a click on one of its `controls` (or a change of the language picker) is
// held: the control is marked aria-busy at once, and shows it (the
// igf-pending class) after 300 ms, when a wait starts to be noticed; then a
// polite status, outside the view that hydration adopts, says in the view's
// language that the page is still loading: heard, and seen at the foot of the
// window, as the bar in the control alone went unnoticed on a slow link.
// Once the app marks the mount `data-igf-live`, every held input is replayed once, in
// order, on the very element clicked: hydration adopted that node, so it is
// the live one. (A view rendered afresh has new nodes; the same control is
// found again by id, or by its place among the controls.) If the app fails,
// the controls are released and the failure is shown.
//
// Not a module: scripts/embed-manifest.mjs puts this function at the top of
// dist/loader.js and dist/embed.js, so nothing waits on a second request,
// after FAILED, what to say if the app cannot start, by language.
// `root` is where to listen (the mount, or the shadow root), `mount` the
// element the app marks live, `view` the element holding the view.
function holdEarlyInput(root, mount, view, controls) {
  const held = [];
  const all = () => [...root.querySelectorAll(controls)];
  const status = waitingStatus(view);
  const wait = () => {
    const app = view.querySelector('[data-igf-wait]');
    if (!app) return;
    status.lang = app.lang;
    status.dir = app.dir;
    status.textContent = app.getAttribute('data-igf-wait');
  };
  const hold = (event) => {
    const el = event.target.closest && event.target.closest(controls);
    if (!el || !view.contains(el)) return;
    if (event.type === 'click') {
      // A click opens a select; its choice arrives as a change.
      if (el.localName === 'select') return;
      event.preventDefault();
      event.stopImmediatePropagation();
    }
    let entry = held.find((h) => h.el === el);
    if (!entry) {
      entry = { el, at: el.id ? `#${CSS.escape(el.id)}` : all().indexOf(el) };
      entry.timer = setTimeout(() => {
        el.classList.add('igf-pending');
        wait();
      }, 300);
      el.setAttribute('aria-busy', 'true');
      held.push(entry);
    }
    if (event.type === 'change') entry.value = el.value;
  };
  const close = languageListCloser(view);
  const release = () => {
    root.removeEventListener('click', hold, true);
    root.removeEventListener('change', hold, true);
    root.removeEventListener('keydown', close);
    root.removeEventListener('focusout', close);
    status.remove();
    for (const h of held) {
      clearTimeout(h.timer);
      h.el.removeAttribute('aria-busy');
      h.el.classList.remove('igf-pending');
    }
  };
  const replay = () => {
    release();
    for (const h of held) {
      const el = h.el.isConnected ? h.el : typeof h.at === 'string' ? root.querySelector(h.at) : all()[h.at];
      if (!el) continue;
      if ('value' in h) {
        // Adopting the view may have put the picker back to its first value.
        el.value = h.value;
        el.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        el.click();
      }
    }
  };
  root.addEventListener('click', hold, true);
  root.addEventListener('change', hold, true);
  root.addEventListener('keydown', close);
  root.addEventListener('focusout', close);
  const live = new MutationObserver(() => {
    if (!mount.hasAttribute('data-igf-live')) return;
    live.disconnect();
    replay();
  });
  live.observe(mount, { attributes: true, attributeFilter: ['data-igf-live'] });
  return {
    // `lang`, the language on screen, if the view may not say it (it may be empty).
    fail(error, lang) {
      live.disconnect();
      release();
      showStartFailure(mount, view, error, 0, lang || view.querySelector('.igf-app')?.lang);
    },
  };
}

/**
 * Marks `mount` failed with `error` and says so at the top of `view`: the
 * build's words (FAILED) in `lang`, the language on screen, if it gave them,
 * or else in English. `which` is 0 when the reader could not start (the
 * Messages can still be read), 1 when the whole app could not.
 */
function showStartFailure(mount, view, error, which, lang) {
  mount.setAttribute('data-igf-failed', String((error && error.message) || error));
  const said = FAILED[lang] ? lang : 'en';
  const notice = document.createElement('p');
  notice.className = 'igf-notice igf-notice-error';
  notice.setAttribute('role', 'alert');
  // Its own language and direction (Arabic is the one right-to-left language
  // of the six), which are the page's unless its words fell back to English.
  notice.setAttribute('lang', said);
  notice.setAttribute('dir', said === 'ar' ? 'rtl' : 'ltr');
  notice.textContent = FAILED[said][which];
  const main = view.querySelector('.igf-main');
  if (main) main.prepend(notice);
  else view.append(notice);
}

/** A status line after `view`, in the DOM before anything is said in it, as screen readers require. */
function waitingStatus(view) {
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.className = 'igf-wait-status';
  view.after(status);
  return status;
}

/**
 * The language list is a <details>, so it opens without the app; until the
 * app can, the handler this returns closes it as the app does: on Escape,
 * with focus back on what opened it, and once focus has moved out of it.
 * Focus that goes nowhere is left alone, as the app does: Safari blurs before
 * a click on a button, and closing then would lose the click. The view's
 * other disclosures (the notes about the app) stay as the person left them.
 */
function languageListCloser(view) {
  return (event) => {
    const menu = event.target.closest && event.target.closest('details.igf-lang[open]');
    if (!menu || !view.contains(menu)) return;
    if (event.type === 'keydown') {
      if (event.key !== 'Escape') return;
      menu.open = false;
      const opener = menu.querySelector('summary');
      if (opener) opener.focus();
    } else if (event.relatedTarget && !menu.contains(event.relatedTarget)) {
      menu.open = false;
    }
  };
}
