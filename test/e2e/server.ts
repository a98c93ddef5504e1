/**
 * The end-to-end tests' web server, which is also the browsers' HTTP proxy: pages are served from
 * test/fixtures, and every request any part of the browser makes (page, extension, browser itself)
 * passes here and is recorded, so a test can assert that Lede made no network request of its own.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  url: string;
  method: string;
  /** True when the request was for a host other than this server (refused). */
  foreign: boolean;
}

// HTML pages that declare a charset are served without one (the windows-1252 page depends on it).
const TYPES: Record<string, string> = { '.html': 'text/html', '.htm': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png', '.json': 'application/json' };

export interface TestServer {
  origin: string;
  port: number;
  requests: Recorded[];
  /** Extra routes: path → handler (for pages with special headers such as a strict CSP). */
  route(path: string, handler: (req: IncomingMessage, res: ServerResponse) => void): void;
  close(): Promise<void>;
}

export async function startServer(root: string): Promise<TestServer> {
  const requests: Recorded[] = [];
  const routes = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();
  let origin = '';
  const server = createServer(async (req, res) => {
    const raw = req.url ?? '/';
    const url = new URL(raw, origin);
    const foreign = url.origin !== origin && !(url.hostname === 'localhost' && url.port === new URL(origin).port);
    requests.push({ url: url.href, method: req.method ?? 'GET', foreign });
    if (foreign) {
      res.writeHead(502).end();
      return;
    }
    const route = routes.get(url.pathname);
    if (route) return route(req, res);
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) return void res.writeHead(403).end();
    try {
      const body = await readFile(path);
      let type = TYPES[extname(path)] ?? 'application/octet-stream';
      // As their sites did, serve UTF-8 to saved pages that do not declare a charset themselves.
      if (type === 'text/html' && !/charset/i.test(body.subarray(0, 2048).toString('latin1'))) type += '; charset=utf-8';
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  // HTTPS through the proxy arrives as CONNECT: record and refuse.
  server.on('connect', (req, socket) => {
    requests.push({ url: `https://${req.url}`, method: 'CONNECT', foreign: true });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    requests,
    route: (p, h) => void routes.set(p, h),
    close: () => new Promise((r) => server.close(() => r())),
  };
}
