// What opening the embedded database does before PostgreSQL starts, so that a restart answers sooner (issue 18): the
// event loop kept awake while the engine starts (see withTheLoopAwake), and the adapter loaded and V8's threads bounded
// first.
// Once it runs, V8 compiles its busiest WebAssembly functions again on threads of its own: a module loaded then waited
// on that work (147 to 211 ms, against 4 ms when loaded before the engine starts; with `--liftoff-only`, which
// compiles nothing again, 10 ms), and with all four of those threads on two cores, building the app and its first
// answer took 170 to 210 ms instead of 60 to 80.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Pglite from '@electric-sql/pglite';

const events: string[] = [];
/** Timers that keep Node's event loop running (an unref'd one is not listed). */
const pendingTimers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
const bounded = `--wasm-num-compilation-tasks=${Math.max(1, availableParallelism() - 1)}`;

/**
 * The database module loaded afresh, over an engine and an adapter that say when they are loaded and started (each
 * test loads them anew, as a process does once).
 */
async function freshDatabaseModule() {
  vi.resetModules();
  events.length = 0;
  vi.doMock('@electric-sql/pglite/node-postgres', async (importOriginal) => {
    const adapter = await importOriginal();
    events.push('adapter loaded');
    return adapter;
  });
  vi.doMock('@electric-sql/pglite', async (importOriginal) => {
    const real = await importOriginal<typeof Pglite>();
    const create: typeof real.PGlite.create = (...args: Parameters<typeof real.PGlite.create>) => {
      events.push('engine started');
      return real.PGlite.create(...args);
    };
    return { ...real, PGlite: Object.assign(Object.create(real.PGlite) as typeof real.PGlite, { create }) };
  });
  return import('./database.ts');
}

/** The data folders the tests made, removed after each. */
const folders: string[] = [];
const dataFolder = (prefix: string) => {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
};

afterEach(() => {
  vi.restoreAllMocks();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('opening the embedded database', () => {
  it('bounds the WebAssembly compiling threads and loads the node-postgres adapter before PostgreSQL starts', async () => {
    vi.spyOn(v8, 'setFlagsFromString').mockImplementation((flag) => void events.push(flag));
    const { openDatabase } = await freshDatabaseModule();
    const dataDir = dataFolder('aftercare-open-order-');
    const first = await openDatabase({ dataDir });
    await first.close();
    // Once a process: the engine's WebAssembly is compiled once, and the adapter stays loaded.
    const again = await openDatabase({ dataDir });
    const version = await again.db.selectFrom('aftercare_meta').select('value').where('key', '=', 'schema_version').execute();
    await again.close();

    expect(version).toHaveLength(1);
    expect(events).toEqual([bounded, 'adapter loaded', 'engine started', 'engine started']);
  }, 60_000);

  it("the tests' template starts the engine the same way", async () => {
    vi.spyOn(v8, 'setFlagsFromString').mockImplementation((flag) => void events.push(flag));
    const { embeddedTemplate } = await freshDatabaseModule();
    const template = await embeddedTemplate();
    await template.close();
    expect(events).toEqual([bounded, 'adapter loaded', 'engine started']);
  }, 60_000);

  it('keeps the event loop awake while the engine starts, and lets it go after', async () => {
    // With nothing pending for libuv while V8 compiles the engine's WebAssembly, Node waited for all of V8's threads
    // before each of the start's next steps (130 to 220 ms before the server's first answer).
    const { openDatabase, embeddedTemplate } = await freshDatabaseModule();
    const awake = new Set<unknown>();
    const setInterval = globalThis.setInterval;
    vi.spyOn(globalThis, 'setInterval').mockImplementation((...args: Parameters<typeof setInterval>) => {
      const before = pendingTimers();
      const timer = setInterval(...args);
      awake.add(timer);
      events.push(`timer (${pendingTimers() - before} more pending)`);
      return timer;
    });
    const clearInterval = globalThis.clearInterval;
    vi.spyOn(globalThis, 'clearInterval').mockImplementation((timer) => {
      const before = pendingTimers();
      clearInterval(timer);
      if (awake.delete(timer)) events.push(`timer cleared (${before - pendingTimers()} fewer)`);
    });
    const database = await openDatabase({ dataDir: dataFolder('aftercare-awake-') });
    await database.close();
    const template = await embeddedTemplate();
    await template.close();
    // An open that fails lets the loop go too: a folder that holds something other than a database is refused.
    const notOurs = dataFolder('aftercare-awake-refused-');
    mkdirSync(join(notOurs, 'pglite'));
    writeFileSync(join(notOurs, 'pglite', 'notes.txt'), 'not a database');
    await expect(openDatabase({ dataDir: notOurs })).rejects.toThrow(/not an Aftercare database/);
    // A timer that keeps the loop running (an unref'd one is not listed), from before the engine loads until the
    // database is open.
    expect(events.filter((event) => !event.startsWith('--'))).toEqual([
      'timer (1 more pending)',
      'adapter loaded',
      'engine started',
      'timer cleared (1 fewer)',
      'timer (1 more pending)',
      'engine started',
      'timer cleared (1 fewer)',
      'timer (1 more pending)',
      'timer cleared (1 fewer)',
    ]);
  }, 60_000);

  it("keeps a value given on Node's command line", async () => {
    const flags = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => {});
    const { leaveTheMainThreadACore } = await freshDatabaseModule();
    const execArgv = [...process.execArgv];
    try {
      process.execArgv.push('--wasm_num_compilation_tasks=3');
      leaveTheMainThreadACore();
      expect(flags).not.toHaveBeenCalled();
    } finally {
      process.execArgv.splice(0, process.execArgv.length, ...execArgv);
    }
    leaveTheMainThreadACore();
    expect(flags).toHaveBeenCalledWith(bounded);
  });
});
