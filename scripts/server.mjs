// A small static server for dist/: the right MIME types, a strict Content
// Security Policy, cache headers (hashed files forever, the rest revalidated),
// and the brotli or gzip copies the build wrote, as a production host sends.
// Used by `scripts/serve.sh` and by the end-to-end tests.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The app's own policy; `frameAncestors` lists who may frame it. */
export function strictCsp(frameAncestors = "'self'") {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `frame-ancestors ${frameAncestors}`,
    "require-trusted-types-for 'script'",
  ].join('; ');
}

export const STRICT_CSP = strictCsp();

/** In a build's folder: the script-src source that allows its page's inline script ('sha256-…'). */
export const SCRIPT_HASH_FILE = 'csp-script-src.txt';

// Trunk writes its 64-bit hash in hex without leading zeros, so one build in
// sixteen or so has a shorter one (igf-messages-f74ac585a2dfdff.js).
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css|json)$/;

/** The precompressed copy of `path` the client accepts, if the build wrote one. */
async function precompressed(path, acceptEncoding) {
  const accepted = new Set(acceptEncoding.split(',')
    .map((part) => part.trim().split(';').map((p) => p.trim()))
    .filter(([, ...params]) => !params.some((p) => /^q=0(\.0*)?$/.test(p)))
    .map(([name]) => name.toLowerCase()));
  for (const [name, ext] of [['br', 'br'], ['gzip', 'gz']]) {
    if (accepted.has(name) && (await stat(`${path}.${ext}`).catch(() => null))?.isFile()) return { name, ext };
  }
  return null;
}

/**
 * Starts serving `dir`; resolves to the Node server once it listens.
 * `csp` (a string, or a function giving one) is sent with HTML; `transform(path, text)` may rewrite text files (the
 * example host pages use it to point at wherever the app is served).
 */
export function startServer({ dir = 'dist', host = '127.0.0.1', port = 8080, csp = STRICT_CSP, transform } = {}) {
  const root = resolve(dir);
  // The hash of the standalone page's one inline script, which the build
  // writes (scripts/embed-manifest.mjs): script-src allows it and no other.
  const inline = existsSync(join(root, SCRIPT_HASH_FILE)) ? readFileSync(join(root, SCRIPT_HASH_FILE), 'utf8').trim() : null;
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!path.startsWith(root)) {
        res.writeHead(403).end('Forbidden');
        return;
      }
      if ((await stat(path).catch(() => null))?.isDirectory()) path = join(path, 'index.html');
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      const transformed = transform && /^text\/|json/.test(type);
      const encoding = transformed ? null : await precompressed(path, req.headers['accept-encoding'] ?? '');
      let body = await readFile(encoding ? `${path}.${encoding.ext}` : path);
      if (transformed) body = Buffer.from(transform(path, body.toString('utf8')));
      const headers = {
        'Content-Type': type,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        // Public, static files: other sites may embed the app and load its
        // modules, wasm and translations, which cross-origin requires CORS for.
        'Access-Control-Allow-Origin': '*',
        'Cross-Origin-Resource-Policy': 'cross-origin',
        Vary: 'Accept-Encoding',
      };
      if (encoding) headers['Content-Encoding'] = encoding.name;
      const given = typeof csp === 'function' ? csp() : csp;
      const policy = inline && given ? given.replace("script-src 'self'", `script-src 'self' ${inline}`) : given;
      if (type.startsWith('text/html') && policy) headers['Content-Security-Policy'] = policy;
      res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
  const server = await startServer({ dir: args.dir ?? 'dist', host: args.host ?? '127.0.0.1', port: Number(args.port ?? 8080) });
  const { address, port } = server.address();
  console.log(`IGF Messages is served at http://${address}:${port}/ (Ctrl+C to stop)`);
}
