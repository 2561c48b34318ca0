// Size budget of the release build. Sizes are deterministic, so CI fails on them.
// Prints every first-load file raw / gzip / brotli and writes the table to
// bench/size.md. The benchmark imports `measure` and `table`.
import { readdirSync, readFileSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';

const KB = 1024;
const BUDGET_FIRST_LOAD = 195 * KB;
const BUDGET_WASM_AND_GLUE = 180 * KB;
// Until the build meets its targets (issue 13), CI holds it to these ceilings so
// that growth is a deliberate, reviewed change. Lower them whenever it shrinks.
// Issue 15's big inputs and unknown targets and issue 14's last items added
// 11.5 KB; turning 25 markup-only components into functions took 12.9 KB back
// (334.4 → 345.9 → 333.0 KB wasm + glue, measured). Then every other part but
// App, SendView, ImportDrafts, QuestionSection and MessageItem (the last two
// keep a search keystroke quick) became a function too, its hooks held by the
// component that shows it, the language a prop instead of a context, and the
// translations served by position so the wasm holds no key names: 306.7 KB
// (319.9 KB first load). Short names between the wasm and its glue
// (scripts/short-names.mjs): 299.7 KB (312.9 KB first load). Sets of ids
// built without the standard library's sort, and the English texts as one
// string: 295.3 KB (308.5 KB first load). The version diff and the import
// moved to the whole app, fetched only when a person needs one of them
// (src/ui/later.rs): 284.1 KB (297.9 KB first load). The commitments'
// screens moved there too: 268.7 KB (282.5 KB first load). Then writing CSV
// and Markdown, which the whole app does for the reader as a library:
// 261.3 KB (275.5 KB first load). Two maps made sorted lists (the unsaved
// changes, the drafts by message) and a library compared by identity:
// 256.0 KB (270.2 KB first load). A second wasm-opt round, less the second
// new-user review's fixes: 252.1 KB (266.5 KB first load). The language
// picker made a disclosure of buttons (WCAG 3.2.2), new messages (an action
// dated before the cycle, an email with no drafts, a link missing https://),
// errors that name their field, and focus moves: 253.1 KB (267.6 KB first load).
// A new user's review's fixes (the language list closing on any click
// outside it, the email preview's Arabic spacing and translated "To:", the
// tracks named in the subject's language, and the English of the import's
// clearer errors): 253.8 KB (268.3 KB first load, with the host's letter
// spacing reset and room for the focus ring in the stylesheet). The English
// only the whole app shows left out of the reader's build (Key::install_later),
// with the receipt kept whole and the language list closing on Escape before the
// app is ready: 252.0 KB (266.7 KB first load). The documents' sources read
// from the page, where the prerendered text already is, not carried in the
// wasm too (src/shell/sources.rs): 248.8 KB (264.1 KB first load). Then a
// new user's review's fixes in the reader's build (sources in another form
// refused before the app starts, the receipt kept whole in the email
// preview, no change of wording offered for the whole document, the note of
// unsent drafts no longer stuck over what has focus, the language picker on
// screen at twice the text size, no second main landmark on a host page):
// 249.2 KB (264.5 KB first load). Then, deliberately, two fixes for people
// the English-first page failed: the standalone page in the person's language
// from its first paint (web/lang.js, inline in index.html, 0.4 KB, and the
// loader's code that puts that view in, 0.45 KB; the catalog handed to the app
// on the standalone page too), and the empty drafts of stray taps dropped at
// start (0.3 KB of wasm): 249.5 KB (265.9 KB first load). The script's
// preload of the view and its catalog, and no "Saved" said for dropping
// them: 249.5 KB (266.2 KB first load). Then, deliberately, a new user's
// review's fixes: untouched drafts dropped as storage is read, and only if no
// other tab saved them since; Russian counts that are "one" but not 1; focus
// kept on a comment moved; the kind's inline error; the saved time in the
// language of the moment; no promise of saving where storage is refused:
// 250.1 KB (266.7 KB first load, with the page's title in the view and the
// focus ring's room in the rows that scroll sideways). The error summary
// showing what the last submit found, while it stands, and French that says
// "courriel" throughout: 250.3 KB (267.0 KB first load). The failure notice
// in the language on screen (the loader's English, 0.1 KB), Tab showing a
// row's link whole (the loader's reveal.js, 0.1 KB), and the focus ring on
// text boxes, lists and disclosures, less the phone rules that a later rule
// overrode: 267.2 KB first load; the wasm unchanged. A wording left for
// another kind of comment not sent (17 bytes of wasm): 34 bytes under. Then,
// deliberately, two new users' reviews' fixes in the reader's build: target
// dates sent as YYYY-MM-DD (the Secretariat sorts by them), the receipt kept
// whole in Arabic after sending, each comment's first words in the send list
// (two on one message had one label: 0.2 KB), the error summary said by focus
// rather than as a live region that reread it on every fix, several drafts on
// a message leading to all of them, untouched forms not counted to send,
// Chinese spacing, a live region for "nothing chosen" that is there before it
// fills, and the focus ring on the email preview with room above a view's
// title (in the stylesheet): 251.0 KB (267.9 KB first load). Arabic's
// plural forms for one and two said in words, without "(2)" after them, read
// by both catalog readers: 251.1 KB (268.0 KB first load). No
// `str::to_lowercase` left in the wasm, so none of the standard library's
// lowercase tables: Yew's hydration named a mismatched element with it
// (vendor/yew/PATCHED.md), and search folding now reads runs build.rs writes:
// 241.9 KB (258.7 KB first load). The loaders' two longest functions split
// under 80 lines (49 bytes of loader.js): 258.8 KB first load, 32 bytes under.
// Each wasm's functions ordered by likeness before compression
// (scripts/order-functions.mjs): 236.9 KB. Then a new user's review's fixes:
// "Link copied" said beside the question's or message's button, not only at
// the top of the page, a screen away on a phone, and said again on a second
// copy; the policy questions by their numbers on a phone, not a row that hid
// them: 237.5 KB (254.4 KB first load). Raised on purpose for the next
// review's fixes: Back and "Back to the Messages" return to the message a
// person left to comment on, not to the top of the track (screens of
// scrolling on a phone before each next comment); an unfinished comment on
// the send page says what is unfinished, with a link to finish it; no
// "choose at least one" under "Marked as sent"; a one-letter top-level
// domain refused in an email address: 238.9 KB (255.9 KB first load, with
// the stylesheet's fixes). Quick builds put these at 0.9 KB; how the
// functions happen to order for compression swings a build by 0.4 KB either
// way, and no cut of that size was found in this stop. The code review's
// mends (the version kept, the history's state kept, the notice after a
// send): 238.5 KB (255.5 KB first load), that swing again. Raised on purpose
// again, for the next new user's review: a host page's own anchor no longer
// sends the app to its start (it left a half-written comment), every deletion
// can be undone, an address with a stray dot refused, no
// "Saved" over an empty form, a word replaced set apart from its replacement,
// a note on editing a comment already sent, the details' notice said once,
// focus on the notice of a link to nothing, with the code review's mends: 240.2 KB
// (257.3 KB first load, with "Loading this page…" shown in the stylesheet).
// Raised on purpose for fixes where a person's text could be lost, which an
// audit of the storage and import code found: what the IndexedDB copy holds
// and a full storage refuses to take back is shown and kept to save (the
// older text was shown, and the next keystroke replaced the copy); JSON
// objects' repeated keys found by a set (a file of one object of 80,000 keys
// froze the page for 19 s); a suggested change's wording on its card and the
// word diff splitting punctuation from words (a new user's review), and
// "mark as sent" leaving a draft changed since its email was made: 240.7 KB
// (257.9 KB first load). One "Did you send it?" at a time (one state for
// both ways, not two), the email way's outbox serving its steps' .eml too
// (two outboxes, not three) and one "Clear search" paid for a Russian and
// Chinese review's fixes (every finished draft ticked, commitments too; a
// longer mail link on a system known to take one; "Back to the list of
// questions" leaving the address alone) and the code review's mends (a box
// ticked after the email went takes "Did you send it?" back): 240.69 KB
// (257.8 KB first load). Before the mends the build measured 240.35 KB, and
// a build that only shortened the mail check's list of systems 241.5 KB:
// how the functions happen to order swings gzip by up to 0.8 KB.
const CEILING_WASM_AND_GLUE = 240.8 * KB;
const CEILING_FIRST_LOAD = 257.9 * KB;
// The whole app holds everything, and the code that hands over to it:
// 301.1 KB, of which about 4.6 KB is writing files for the reader's build. Only a
// person who compares versions, imports a file, drafts a commitment or saves
// a CSV or Markdown file fetches it. Reading the app's own .eml on import,
// focus in the commitment form and the early-date check: 299.1 KB. The
// review's fixes (focus after an import, its undo and a file handed over,
// details taken only where the file has them, clashes named, "Add another
// action" at the limit): 300.4 KB. Its English added where it starts, and an
// import that says why drafts already here were left out: 300.8 KB. The
// documents read from the page: 297.6 KB; with the review's fixes, 298.0 KB.
// The stray taps' empty drafts dropped at start, and the catalog read on the
// standalone page too: 298.3 KB; with no "Saved" said for that, 298.4 KB.
// The review's fixes above, which the whole app has too: 299.3 KB. The two
// failure notices' English (the loaders', installed with the rest), and a
// wording left for another kind not sent: 299.4 KB, 37 bytes under. The
// reviews' fixes above, and the whole app's own: the Markdown file read as
// answers in the person's language (no "(optional)", a question's answer
// after it, the version, the day and the goals by name), an import that keeps
// the file's order, Chinese asking the date year first, commitment cards
// that say their title once, each goal an item of its own, and Arabic's
// plural forms: 300.4 KB. No `str::to_lowercase`, as in the reader's build:
// 290.8 KB. Its functions ordered by likeness, and "Link copied" beside the
// button: 284.9 KB. The reader's fixes above, and "check your answers"
// warning again of a target date already past: 286.3 KB; and of one after
// the cycle, with the review's mends: 286.7 KB. The next review's fixes above,
// where imported commitments went, the SMART line's reason for a past date,
// and an organisation's name started from the person's details: 287.7 KB.
// The audit's fixes above, and the whole app's own: a file's draft of the
// other kind under an id here kept beside it (it was written over, under one
// storage key), and "Undo this import" leaving what changed since, bringing
// back what it replaced where its copy was deleted, and keeping the undo of
// deletions made before it: 291.1 KB (290.7 KB in a build of nearly the
// same code: how the functions happen to order moves it by 0.4 KB). The
// reader's changes above: 290.8 KB.
const CEILING_WHOLE_APP = 290.8 * KB;

/** The collation page's own files (collate.html, its wasm, glue and stylesheet): the public page never loads them. */
export const isCollationFile = (f) => f === 'collate.html' || /^igf-collate-/.test(f) || /^collate-[0-9a-f]+\.css$/.test(f);
/** The whole app's glue and wasm, which the page fetches only when a person needs them (src/ui/later.rs). */
export const isWholeAppFile = (f) => /^igf-full-/.test(f);

const partOf = (f) => (isCollationFile(f) ? 'collation' : isWholeAppFile(f) ? 'whole' : 'first');

/**
 * Raw, gzip and brotli sizes of every first-load file in `dist`; with
 * `collation`, of the collation page's own files; with `whole`, of the whole app's.
 */
export function measure(dist, { collation = false, whole = false } = {}) {
  const part = collation ? 'collation' : whole ? 'whole' : 'first';
  // embed.js is only for host pages; the standalone first load never fetches it.
  const files = readdirSync(dist)
    .filter((f) => statSync(join(dist, f)).isFile() && /\.(html|css|js|wasm)$/.test(f) && f !== 'embed.js' && partOf(f) === part)
    .sort();
  return files.map((name) => {
    const body = readFileSync(join(dist, name));
    return {
      name,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      code: /_bg\.wasm$/.test(name) || /^igf-(messages|collate|full)-[0-9a-f]+\.js$/.test(name),
    };
  });
}

const sum = (list, key) => list.reduce((n, r) => n + r[key], 0);
export const kb = (n) => `${(n / KB).toFixed(1)} KB`;

/** The size and budget tables, as Markdown lines, and the totals they show. */
export function table(rows) {
  const total = { raw: sum(rows, 'raw'), gzip: sum(rows, 'gzip'), brotli: sum(rows, 'brotli') };
  const codeGzip = sum(rows.filter((r) => r.code), 'gzip');
  const lines = [
    '| file | raw | gzip | brotli |',
    '|---|---:|---:|---:|',
    ...rows.map((r) => `| ${r.name} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`),
    `| **first load, total** | ${kb(total.raw)} | ${kb(total.gzip)} | ${kb(total.brotli)} |`,
    '',
    '| budget | limit (gzip) | measured (gzip) | |',
    '|---|---:|---:|---|',
    `| whole first load | ${kb(BUDGET_FIRST_LOAD)} | ${kb(total.gzip)} | ${total.gzip <= BUDGET_FIRST_LOAD ? 'ok' : `over target; CI ceiling ${kb(CEILING_FIRST_LOAD)}`} |`,
    `| wasm + JS glue | ${kb(BUDGET_WASM_AND_GLUE)} | ${kb(codeGzip)} | ${codeGzip <= BUDGET_WASM_AND_GLUE ? 'ok' : `over target; CI ceiling ${kb(CEILING_WASM_AND_GLUE)}`} |`,
  ];
  return { lines, total, codeGzip };
}

/** The collation page's files, as Markdown lines: reported, never counted in the public page's budget. */
export function collationTable(rows) {
  const codeGzip = sum(rows.filter((r) => r.code), 'gzip');
  return [
    '| collation page (collate.html, not in the budget) | raw | gzip | brotli |',
    '|---|---:|---:|---:|',
    ...rows.map((r) => `| ${r.name} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`),
    `| **collation page, wasm + glue** | ${kb(sum(rows.filter((r) => r.code), 'raw'))} | ${kb(codeGzip)} | ${kb(sum(rows.filter((r) => r.code), 'brotli'))} |`,
  ];
}

/** The whole app's files, as Markdown lines: fetched on request, so outside the first load, but held to a ceiling. */
export function wholeAppTable(rows) {
  const codeGzip = sum(rows, 'gzip');
  return {
    codeGzip,
    lines: [
      '| whole app (fetched when a person compares versions, imports a file, drafts a commitment or saves CSV or Markdown; not in the first load) | raw | gzip | brotli |',
      '|---|---:|---:|---:|',
      ...rows.map((r) => `| ${r.name} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`),
      `| **whole app, wasm + glue** | ${kb(sum(rows, 'raw'))} | ${kb(codeGzip)} | ${kb(sum(rows, 'brotli'))} | `,
      `| CI ceiling | | ${kb(CEILING_WHOLE_APP)} | |`,
    ],
  };
}

function main() {
  const dist = process.argv[2] ?? 'dist';
  const rows = measure(dist);
  const { lines, total, codeGzip } = table(rows);
  const collation = measure(dist, { collation: true });
  const wholeRows = measure(dist, { whole: true });
  const whole = wholeAppTable(wholeRows);
  const all = [...lines, '', ...whole.lines, ...(collation.length ? ['', ...collationTable(collation)] : [])];
  console.log(all.join('\n'));
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/size.md', `${all.join('\n')}\n`);
  if (rows.filter((r) => r.code).length !== 2) {
    console.error(`expected one wasm file and one JS glue file in ${dist}, found: ${rows.filter((r) => r.code).map((r) => r.name).join(', ') || 'none'}`);
    process.exit(1);
  }
  if (wholeRows.length !== 2) {
    console.error(`expected the whole app's wasm and JS glue in ${dist}`);
    process.exit(1);
  }
  if (total.gzip > CEILING_FIRST_LOAD || codeGzip > CEILING_WASM_AND_GLUE || whole.codeGzip > CEILING_WHOLE_APP) {
    console.error('Size budget exceeded.');
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
