// The whole app on request. The page starts with the reader's build, which
// leaves out the changes between versions, importing drafts from a file, the
// commitments' screens and writing CSV and Markdown files (src/ui/later.rs).
// When a person opens one of those screens or chooses a file, the reader's
// build marks the mount `data-igf-resume` (the route) and
// `data-igf-resume-lang`, may put the file (`igfFile`) on it, and sends
// `igf-upgrade`; as it stops, it puts the drafts there too (`igfCarried`) if
// storage does not hold them all. This fetches and compiles the whole app
// while the reader stays on screen, then, if the person is still there, stops
// the reader (`stop`) and starts the whole app on the same mount, in the
// language on screen. If the fetch fails, the reader is told
// (`igf-upgrade-failed`) and keeps working; a later request tries again. For a
// CSV or Markdown file the reader swaps nothing: it sends `igf-write-file`
// with `igfWrite` on the mount, the whole app writes the file as a library
// beside it, and the reader hears `igf-file-written` (`igfWritten`: the file,
// or its kind alone if it could not be written).
//
// Not a module: scripts/embed-manifest.mjs puts these functions in
// dist/loader.js and dist/embed.js. `mount` is the #igf-messages element,
// `url` makes a build file's address, `reader` gives the reader's glue module
// and `view` the element the app renders into once the reader has stopped.
function upgradeOnRequest(mount, url, files, reader, view) {
  let whole = null;
  let switched = false;
  // `broken` is set if the whole app, run as a library, failed inside: it
  // never takes over.
  const health = { broken: null };
  const fetchWhole = () => {
    if (!files.fullJs) return Promise.reject(new Error('this build links no whole app'));
    if (!whole) {
      const module = fetch(url(files.fullWasm))
        .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`${files.fullWasm}: HTTP ${r.status}`))))
        .then((bytes) => WebAssembly.compile(bytes));
      whole = Promise.all([import(url(files.fullJs)), module]);
      // Marked for anyone waiting on it, such as the tests.
      whole.then(() => mount.setAttribute('data-igf-whole', 'ready'), () => { whole = null; });
    }
    return whole;
  };
  const wanted = () => !switched && mount.hasAttribute('data-igf-resume');
  // The whole app is instantiated while the reader runs (its main starts
  // nothing), so that only its own start can fail once the reader is gone.
  const swap = ([glue, module]) => {
    const lang = mount.getAttribute('data-igf-resume-lang');
    return Promise.all([fetchCatalog(url, lang, files.catalogs), glue.default({ module_or_path: module })]).then(([text]) => {
      // A language picked meanwhile asked again, and that request swaps.
      if (!wanted() || mount.getAttribute('data-igf-resume-lang') !== lang) return;
      switched = true;
      reader().stop();
      // On its own page the reader's mount is replaced by a bare copy, which
      // keeps the attributes handed over but not the properties, moved here.
      const fresh = document.getElementById(mount.id) || mount;
      for (const handed of ['igfCarried', 'igfFile']) {
        if (mount[handed] !== undefined) fresh[handed] = mount[handed];
      }
      // Embedded, the mount still holds the catalog of the language it began in.
      fresh.igfCatalog = text ? { lang, text } : undefined;
      try {
        glue.take_over();
      } catch (error) {
        console.error('IGF Messages could not start:', error);
        showStartFailure(fresh, view(), error, 1, lang);
      }
    });
  };
  writeFilesOnRequest(mount, url, files, fetchWhole, health);
  mount.addEventListener('igf-upgrade', () => {
    fetchWhole()
      .then((loaded) => {
        if (health.broken) throw health.broken;
        return wanted() ? swap(loaded) : undefined;
      })
      .catch((error) => {
        console.error('IGF Messages could not fetch the rest of the app:', error);
        mount.dispatchEvent(new Event('igf-upgrade-failed'));
      });
  });
}

/**
 * A CSV or Markdown file, which the reader's build leaves out: the whole app
 * (`fetchWhole`) writes it as a library beside the reader, which stays and
 * downloads it. The whole app tells the reader itself; a failure here is told
 * the same way, and one inside the whole app is kept in `health.broken`.
 */
function writeFilesOnRequest(mount, url, files, fetchWhole, health) {
  mount.addEventListener('igf-write-file', () => {
    const asked = mount.igfWrite;
    mount.igfWrite = undefined;
    if (!asked) return;
    fetchWhole()
      .then(([glue, module]) => Promise.all([glue.default({ module_or_path: module }), fetchCatalog(url, asked.lang, files.catalogs)])
        .then(([, text]) => {
          if (health.broken) throw health.broken;
          let told;
          try {
            told = glue.write_file(asked.kind, asked.handed, asked.lang, text ?? undefined);
          } catch (error) {
            // A trap leaves the instance unusable: it must not take over later.
            health.broken = error;
            throw error;
          }
          if (!told) throw new Error('the whole app found no mount to tell');
        }))
      .catch((error) => {
        console.error('IGF Messages could not write the file:', error);
        mount.igfWritten = { kind: asked.kind };
        mount.dispatchEvent(new Event('igf-file-written'));
      });
  });
}

/**
 * The catalog of `lang` as text, or null (for English, which is in the wasm, or
 * when it cannot be fetched). `catalogs` is the key list the build named the
 * served catalogs after (src/model/i18n/catalog.rs, served_file).
 */
function fetchCatalog(url, lang, catalogs) {
  if (!lang || lang === 'en' || !catalogs) return Promise.resolve(null);
  return fetch(url(`i18n/${lang}-${catalogs}.txt`)).then((r) => (r.ok ? r.text() : null), () => null);
}

/**
 * Whether the drafts stored here hold a commitment: its person will want the
 * commitments' screens, which only the whole app has, so the loaders start with
 * it. Read from the drafts' envelopes (src/model/store/envelope.rs); blocked
 * storage, or any doubt, means the reader's build, which works for everyone.
 */
function draftsCommitments() {
  try {
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      if (!key?.startsWith('igf-messages:draft:')) continue;
      // The envelope names its kind near the start, before the draft itself.
      if (localStorage.getItem(key)?.slice(0, 80).includes('"kind":"commitment"')) return true;
    }
  } catch {
    // Storage refused: nothing to go on.
  }
  return false;
}

/**
 * Starts the page's app: the whole app for a person with commitment drafts
 * here, which has their screens, rather than the reader's build and then the
 * whole app; otherwise, or if it cannot be loaded, the reader's build.
 * `loadWhole` (null where the build links no whole app) and `loadReader`
 * each load and instantiate their build, resolving to [glue, exports];
 * the result resolves to the exports of the build started.
 */
function startApp(loadWhole, loadReader) {
  const reader = () => loadReader().then(([, exports]) => exports);
  if (!loadWhole || !draftsCommitments()) return reader();
  return loadWhole().then(
    ([whole, exports]) => {
      whole.take_over();
      return exports;
    },
    (error) => {
      console.error('IGF Messages could not load the whole app; starting the reader:', error);
      return reader();
    },
  );
}
