// What opening the embedded database does before PostgreSQL starts, so that a restart answers sooner (issue 18).
// Once it runs, V8 compiles its busiest WebAssembly functions again on other threads: a module loaded then waited on
// that work (150 to 270 ms, against 4 ms before; with `--liftoff-only`, which compiles nothing again, 10 ms), and with
// as many threads as V8 likes, building the app and its first answer took 170 to 210 ms instead of 60 to 80.
import { mkdtempSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Pglite from '@electric-sql/pglite';

const seen = vi.hoisted(() => ({ events: [] as string[] }));

vi.mock('@electric-sql/pglite/node-postgres', async (importOriginal) => {
  seen.events.push('adapter loaded');
  return importOriginal();
});

vi.mock('@electric-sql/pglite', async (importOriginal) => {
  const real = await importOriginal<typeof Pglite>();
  const create: typeof real.PGlite.create = (...args: Parameters<typeof real.PGlite.create>) => {
    seen.events.push('engine started');
    return real.PGlite.create(...args);
  };
  return { ...real, PGlite: Object.assign(Object.create(real.PGlite) as typeof real.PGlite, { create }) };
});

const { embeddedTemplate, leaveTheMainThreadACore, openDatabase, wasmCompileTasksFlag } = await import('./database.ts');

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('opening the embedded database', () => {
  it("loads the node-postgres adapter and bounds the WebAssembly compiling threads before PostgreSQL starts, each time, and so does the tests' template", async () => {
    const flags = vi.spyOn(v8, 'setFlagsFromString').mockImplementation((flag) => void seen.events.push(flag));
    const dataDir = mkdtempSync(join(tmpdir(), 'aftercare-open-order-'));
    seen.events.length = 0;
    const first = await openDatabase({ dataDir });
    await first.close();
    const again = await openDatabase({ dataDir });
    const version = await again.db.selectFrom('aftercare_meta').select('value').where('key', '=', 'schema_version').execute();
    await again.close();

    expect(version).toHaveLength(1);
    const bounded = `${wasmCompileTasksFlag}=${Math.max(1, availableParallelism() - 1)}`;
    expect(seen.events).toEqual([bounded, 'adapter loaded', 'engine started', bounded, 'engine started']);
    expect(flags).toHaveBeenCalledTimes(2);

    // The tests' template starts the same way (the adapter is loaded once a process).
    seen.events.length = 0;
    const template = await embeddedTemplate();
    await template.close();
    expect(seen.events).toEqual([bounded, 'engine started']);
  }, 60_000);

  it('leaves a bound given to Node itself as it is', () => {
    const flags = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => {});
    vi.stubEnv('NODE_OPTIONS', '--max-old-space-size=512 --wasm_num_compilation_tasks=3');
    leaveTheMainThreadACore();
    expect(flags).not.toHaveBeenCalled();
    vi.stubEnv('NODE_OPTIONS', '--max-old-space-size=512');
    leaveTheMainThreadACore();
    expect(flags).toHaveBeenCalledWith(`${wasmCompileTasksFlag}=${Math.max(1, availableParallelism() - 1)}`);
  });
});
