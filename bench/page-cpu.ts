// `npx tsx bench/page-cpu.ts [TREE [TREE]]`: the server's own CPU time per page, for each question page and the
// emergency page, as `npm start` runs it (dist/server/bundle.js, embedded database): user and system time read from
// /proc around BENCH_SECONDS (default 5) of requests at 20 connections, after BENCH_WARMUP (2,000) of each. Time on a
// shared machine wanders; CPU time per request wanders less, and it is what the mixed load's one server thread runs out
// of. With two trees (each a checkout with its own build, e.g. a worktree of the commit before) the trees take turns,
// in the order A B B A, so that a drift of the machine falls on both.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// @ts-expect-error autocannon ships no types
import autocannon from 'autocannon';
import { built } from './built.ts';
import { cpuTimes } from './cpu.ts';
import { serve } from './serve.ts';

built();
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const warmUp = Number(process.env.BENCH_WARMUP ?? 2000);
const trees = (process.argv.length > 2 ? process.argv.slice(2) : ['.']).map((tree) => resolve(tree));
if (trees.length > 2) throw new Error('one tree, or two to compare');
const paths = ['/check/red-flags', '/check/other-signs', '/check/massage', '/check/pain', '/emergency'];

/** The tree's server as `npm start` runs it, on an embedded database and with its logging, whatever the shell has set. */
async function serveTree(tree: string): Promise<{ url: string; pid: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'aftercare-page-cpu-'));
  const env = { LOG_LEVEL: 'info', LOG_REQUESTS: '', DATABASE_URL: '', AFTERCARE_DATA_DIR: dataDir };
  const { url, child } = await serve(['dist/server/bundle.js'], env, tree);
  return { url, pid: child.pid! };
}

/** User and system CPU of a process so far, in microseconds. */
function cpu(pid: number): { user: number; system: number } {
  const { user, system } = cpuTimes(pid)!;
  return { user: Math.round(user * 1e6), system: Math.round(system * 1e6) };
}

async function measure(server: { url: string; pid: number }, path: string) {
  const before = cpu(server.pid);
  const result = await autocannon({ url: `${server.url}${path}`, connections: 20, duration: seconds });
  const after = cpu(server.pid);
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${path}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  const requests = result.requests.total as number;
  return { user: (after.user - before.user) / requests, system: (after.system - before.system) / requests };
}

const servers = await Promise.all(trees.map(serveTree));
// Each server warms on every page first: both JITs settle before anything counts.
for (const server of servers) for (const path of paths) await autocannon({ url: `${server.url}${path}`, connections: 20, amount: warmUp });
const order = trees.length === 1 ? [0, 0] : [0, 1, 1, 0];
console.log(
  `server CPU per request, µs (user + system), ${seconds} s at 20 connections a run, runs in the order ${order.map((k) => 'AB'[k]).join(' ')}`,
);
if (trees.length > 1) trees.forEach((tree, k) => console.log(`  ${'AB'[k]}: ${tree}`));
for (const path of paths) {
  const runs: string[][] = trees.map(() => []);
  for (const k of order) {
    const { user, system } = await measure(servers[k]!, path);
    runs[k]!.push(`${Math.round(user + system)} (${Math.round(user)} + ${Math.round(system)})`);
  }
  console.log(`  ${path.padEnd(18)} ${runs.map((list, k) => `${trees.length > 1 ? `${'AB'[k]}: ` : ''}${list.join(', ')}`).join('   ')}`);
}
process.exit(0);
