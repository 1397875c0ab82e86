// A small static server for the plain HTML example: the page itself, and `/vendor/<package>/<file>` from the
// installed packages, so that the import map in index.html has something to point at. No dependencies.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
// Where packages may be installed: this example's own, the workspace's, and pnpm's store of transitive ones.
const PACKAGE_DIRS = [join(here, 'node_modules'), join(root, 'node_modules'), join(root, 'node_modules/.pnpm/node_modules')];
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.map': 'application/json',
  '.json': 'application/json',
  '.css': 'text/css',
};

function resolve(urlPath) {
  const path = normalize(decodeURIComponent(urlPath));
  if (path.includes(`..${sep}`) || path.includes('\0')) return undefined;
  if (path === '/' || path === '/index.html') return join(here, 'index.html');
  if (!path.startsWith('/vendor/')) return undefined;
  const rest = path.slice('/vendor/'.length);
  for (const dir of PACKAGE_DIRS) {
    const file = join(dir, rest);
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

/** Starts the server on `port` (0 for any free port) and resolves with the port it listens on. */
export function serve(port = Number(process.env.PORT ?? 5174)) {
  const server = createServer((request, response) => {
    const file = resolve(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file) {
      response.writeHead(404).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done({ server, port: server.address().port })));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { port } = await serve();
  console.log(`Relmap plain HTML example: http://127.0.0.1:${port}/`);
}
