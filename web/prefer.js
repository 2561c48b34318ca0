// The language the app will start in, chosen before the app as the app
// chooses it (src/shell/i18n.rs, preferred): the person's own choice, then
// `configured` (the host's setting, if any), then the browser's languages,
// then English. `langs` are the app's languages. Not a module: the build puts
// it at the top of dist/embed.js and of the standalone page's first script,
// inline in index.html (web/lang.js).
function preferredLang(langs, configured) {
  const langOf = (tag) => {
    const primary = String(tag || '').trim().split(/[-_]/)[0].toLowerCase();
    return langs.includes(primary) ? primary : null;
  };
  let remembered = null;
  try {
    remembered = localStorage.getItem('igf-messages:lang');
  } catch {
    // Blocked storage remembers nothing.
  }
  return langOf(remembered) || langOf(configured) || (navigator.languages || []).map(langOf).find(Boolean) || 'en';
}
