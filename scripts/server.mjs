// A small static server for dist/: the right MIME types, a strict Content
// Security Policy, and cache headers (hashed files forever, the rest revalidated).
// Used by `scripts/serve.sh` and by the end-to-end tests.
import { createServer } from 'node:http';
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

export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
  "require-trusted-types-for 'script'",
].join('; ');

const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;

/** Starts serving `dir`; resolves to the Node server once it listens. */
export function startServer({ dir = 'dist', host = '127.0.0.1', port = 8080, csp = STRICT_CSP } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!path.startsWith(root)) {
        res.writeHead(403).end('Forbidden');
        return;
      }
      if ((await stat(path).catch(() => null))?.isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      const headers = {
        'Content-Type': type,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
      if (type.startsWith('text/html') && csp) headers['Content-Security-Policy'] = csp;
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
