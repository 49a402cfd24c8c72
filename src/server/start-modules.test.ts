// Start-up loads only what serving its first answer needs (issue 18): the PDF and QR code libraries wait for the first
// PDF or code, the contract's validator (Ajv) for the first report, the job queue's library (pg-boss) for the queue's
// start, which runs while the server already answers; and Fastify's own schema compilers are never loaded, since no
// route has a Fastify schema.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/** The packages under node_modules that running `code` (after the server's entry point is imported) has loaded, in a fresh process. */
function packagesLoaded(code = ''): string[] {
  const script = `
    import { createRequire } from 'node:module';
    await import('./src/server/main.ts');
    ${code}
    const loaded = Object.keys(createRequire(import.meta.url).cache).map((path) => path.split('node_modules/').pop().split('/').slice(0, 2).join('/'));
    console.log(JSON.stringify([...new Set(loaded.map((name) => (name.startsWith('@') ? name : name.split('/')[0])))]));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as string[];
}

/** Code that builds the app and has it answer one request with the status expected. */
const answering = (request: string, status: number) => `
  const { buildApp } = await import('./src/server/app.ts');
  const app = buildApp();
  const answer = await app.inject(${request});
  if (answer.statusCode !== ${status}) throw new Error('answered ' + answer.statusCode);
  await app.close();`;

describe('start-up', () => {
  it('loads the server (fastify) but not the PDF library, the QR code library, the validator or the job queue', () => {
    const loaded = packagesLoaded();
    expect(loaded).toContain('fastify');
    expect(loaded).not.toContain('pdfkit');
    expect(loaded).not.toContain('qrcode');
    expect(loaded).not.toContain('ajv');
    expect(loaded).not.toContain('pg-boss');
  }, 60_000);

  it("building the app and answering /healthz loads neither Fastify's schema compilers nor the validator", () => {
    const loaded = packagesLoaded(answering(`{ url: '/healthz' }`, 200));
    expect(loaded).toContain('fastify');
    expect(loaded).not.toContain('@fastify/ajv-compiler');
    expect(loaded).not.toContain('@fastify/fast-json-stringify-compiler');
    expect(loaded).not.toContain('ajv');
  }, 60_000);

  it('the first report loads the validator, and it still refuses a report that breaks the contract', () => {
    const broken = `{ method: 'POST', url: '/api/v3/assessments', payload: '{"massage":{}}', headers: { 'content-type': 'application/json' } }`;
    expect(packagesLoaded(answering(broken, 422))).toContain('ajv');
  }, 60_000);
});
