// A static server for 127.0.0.1 that sends files the way a CDN serving gzip would: HTML, CSS,
// JavaScript, JSON, XML and wasm with `Content-Encoding: gzip` (zlib level 9, compressed once per
// file and kept), everything else as it is. Same headers as scripts/serve.py otherwise: the
// strict Content-Security-Policy, `Cache-Control: no-store`, `X-Content-Type-Options: nosniff`,
// and the MIME types the widget needs (application/wasm for .wasm). scripts/serve.py sends
// nothing compressed, so it cannot stand for a phone's connection to a CDN.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';

const gzip9 = promisify(gzip);

/** The policy of scripts/serve.py and of the site's pages. */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const COMPRESSED = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.wasm', '.svg']);

/**
 * Serves `root` on a free port of 127.0.0.1. Returns { url, close }. A file is compressed the
 * first time it is asked for and kept, so a first request pays for its compression once: warm
 * the server with a load before measuring.
 */
export async function serveGzip(root) {
  const bodies = new Map();
  const server = createServer((req, res) => {
    respond(root, bodies, req, res).catch((e) => {
      if (!res.headersSent) res.writeHead(500, headers('text/plain'));
      res.end(String(e));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const headers = (type) => ({
  'Content-Type': type,
  'Content-Security-Policy': CSP,
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
});

async function respond(root, bodies, req, res) {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  let file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return notFound(res);
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    if (!path.endsWith('/')) {
      res.writeHead(301, { ...headers('text/plain'), Location: `${path}/` });
      return res.end();
    }
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) return notFound(res);
  const type = TYPES[extname(file)] || 'application/octet-stream';
  const gzipped = COMPRESSED.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] || '');
  const body = gzipped ? await compressed(bodies, file) : await readFile(file);
  res.writeHead(200, {
    ...headers(type),
    'Content-Length': body.length,
    ...(gzipped ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** The gzip -9 of `file`, compressed once. */
function compressed(bodies, file) {
  if (!bodies.has(file)) bodies.set(file, readFile(file).then((raw) => gzip9(raw, { level: 9 })));
  return bodies.get(file);
}

function notFound(res) {
  res.writeHead(404, headers('text/plain'));
  res.end('not found');
}
