// The server as `npm start` runs it: one file, dist/server/bundle.js, made by the build from tsc's output (issue 18:
// Node 20 spends about half a millisecond of its own on each ES module, and the server loaded 703 files). These tests
// hold what the bundle could break: the code is loaded from that one file, the files the code finds by its own place
// (public/: the pages' styles and scripts, the offline worker) and the packages left outside (the job queue, the
// contract's validator) are still found, and an assessment is the same.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCurrentFor, bundleOf, root } from './support/build.ts';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';

const bundle = bundleOf(root);

describe.skipIf(!buildCurrentFor('the server bundle tests'))("the server's bundle, as npm start runs it", () => {
  const work = mkdtempSync(join(tmpdir(), 'aftercare-bundle-'));
  const loadedList = join(work, 'loaded.txt');
  let server: ServerProcess;
  let base: string;

  beforeAll(async () => {
    // A module hook that writes down every ES module the process loads, registered before scripts/start.mjs runs.
    writeFileSync(
      join(work, 'hook.mjs'),
      `import { appendFileSync } from 'node:fs';\n` +
        `export async function load(url, context, next) { appendFileSync(${JSON.stringify(loadedList)}, url + '\\n'); return next(url, context); }\n`,
    );
    writeFileSync(
      join(work, 'register.mjs'),
      `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(work, 'hook.mjs')).href)});\n`,
    );
    server = await startServerProcess({ AFTERCARE_DATA_DIR: join(work, 'data') }, [
      '--import',
      pathToFileURL(join(work, 'register.mjs')).href,
      join(root, 'scripts', 'start.mjs'),
    ]);
    base = server.url;
    // The server answers before its start has finished: "database ready" is said once the job queue has started.
    while (!server.output().includes('"database ready"')) {
      if (server.child.exitCode !== null || server.child.signalCode !== null) throw new Error(`the server stopped: ${server.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }, 120_000);

  afterAll(async () => {
    if (server && server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    rmSync(work, { recursive: true, force: true });
  });

  it("loads the app's code from the one file: no other module of dist/, and none of Kysely's ES modules", () => {
    const loaded = readFileSync(loadedList, 'utf8').split('\n').filter(Boolean);
    const fromDist = loaded.filter((url) => url.startsWith(`${pathToFileURL(join(root, 'dist')).href}/`));
    expect(fromDist).toEqual([pathToFileURL(bundle).href]);
    // Kysely's 264 ES modules, the largest share of the files the server loaded before, are inside the bundle.
    expect(loaded.filter((url) => url.includes('/node_modules/kysely/'))).toEqual([]);
    // What is left: the start script, Node's own modules and the packages kept outside (PGlite, the job queue).
    expect(loaded.length, loaded.join('\n')).toBeLessThan(40);
  });

  it("names no function at run time, and renames none of the app's classes", () => {
    const text = readFileSync(bundle, 'utf8');
    // esbuild's keepNames names each function as it is made, and Fastify makes several for every request: about 6 % of
    // an API request's instructions (decision 0014, ninth round). It is off.
    expect(text).not.toContain('__name(');
    // So a name that clashes with another module's stays renamed (say becomes say2). A class's name is seen in the job
    // queue's logs (errorClassOf reads constructor.name), so every class of the app's own must keep its name.
    const headers = [...text.matchAll(/^\/\/ ((?:dist|node_modules)\/\S+)$/gm)];
    const classes: string[] = [];
    const renamed: string[] = [];
    headers.forEach((header, k) => {
      const file = header[1]!;
      if (!file.startsWith('dist/')) return;
      const section = text.slice(header.index, headers[k + 1]?.index ?? text.length);
      const source = readFileSync(join(root, file), 'utf8');
      for (const [, assigned, declared] of section.matchAll(/\b(?:var|let|const) (\w+) = class\b|^\s*class (\w+)/gm)) {
        const name = (assigned ?? declared)!;
        classes.push(name);
        if (!new RegExp(`\\bclass ${name}\\b`).test(source)) renamed.push(`${name} (${file})`);
      }
    });
    expect(classes).toEqual(expect.arrayContaining(['AppError', 'ConfigError', 'CheckInRefusedError', 'DatabaseRefusedError']));
    expect(renamed).toEqual([]);
  });

  it('serves the start page with its styles and script, and the offline worker, found beside the build as before', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    const markup = await page.text();
    const assets = [...markup.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((match) => match[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) {
      const answer = await fetch(`${base}${asset}`);
      expect(answer.status, asset).toBe(200);
      expect((await answer.text()).length, asset).toBeGreaterThan(100);
    }
    const worker = await fetch(`${base}/sw.js`);
    expect(worker.status).toBe(200);
    expect(await worker.text()).toContain(readFileSync(join(root, 'public', 'sw.js'), 'utf8').slice(0, 200));
  });

  it('answers an assessment through the contract, and is ready once the job queue, kept outside, has started', async () => {
    const report = readFileSync(join(root, 'test', 'fixtures', 'example-report-v3.json'), 'utf8');
    const answer = await fetch(`${base}/api/v3/assessments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: report,
    });
    expect(answer.status).toBe(200);
    const assessment = (await answer.json()) as { policyVersion: string; level: string };
    expect(assessment.policyVersion).toBe('3');
    expect(assessment.level).toBe('self-care');
    const bad = await fetch(`${base}/api/v3/assessments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...(JSON.parse(report) as object), hoursSinceMassage: 'soon' }),
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('hoursSinceMassage');
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });
});
