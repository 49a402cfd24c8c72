// A restart to its first answer in one process, as `node dist/server/main.js` does it (the modules as tsc wrote them;
// `npm start` runs the one-file bundle of the same code, dist/server/bundle.js): the configuration, the
// modules, the database, the server listening; then GET /healthz is asked every 20 ms until it answers, and the
// process exits at once (the database is not closed: run it on a copy of a data folder). Under valgrind
// (`valgrind --tool=callgrind node --single-threaded bench/first-answer.mjs DIR`) it counts the instructions to the
// first answer, which the machine's load does not move. Usage: node bench/first-answer.mjs DATA_DIR [BUILD_DIR]
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';

const started = performance.now();
const [dataDir, build = join(import.meta.dirname, '..', 'dist')] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: node bench/first-answer.mjs DATA_DIR [BUILD_DIR]');
mkdirSync(dataDir, { recursive: true });
const from = (path) => import(pathToFileURL(join(resolve(build), path)).href);
const { loadConfig } = await from('server/config.js');
const { main } = await from('server/main.js');
const port = String(20_000 + Math.floor(Math.random() * 20_000));
main(loadConfig({ AFTERCARE_DATA_DIR: dataDir, PORT: port, HOST: '127.0.0.1', LOG_LEVEL: 'warn' })).catch((error) => {
  console.error(error);
  process.exit(1);
});
for (;;) {
  await setTimeout(20);
  const status = await fetch(`http://127.0.0.1:${port}/healthz`).then(
    (response) => response.status,
    () => 0,
  );
  if (status === 200) break;
}
console.log(`first answer (/healthz) ${(performance.now() - started).toFixed(0)} ms (process start not counted)`);
process.exit(0);
