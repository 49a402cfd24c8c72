// Start-up loads only what serving needs: the PDF and QR code libraries wait for the first PDF or code (issue 18).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/** The packages under node_modules that importing the server's entry point has loaded, in a fresh process. */
function packagesLoadedByStart(): string[] {
  const script = `
    import { createRequire } from 'node:module';
    await import('./src/server/main.ts');
    const loaded = Object.keys(createRequire(import.meta.url).cache).map((path) => path.split('node_modules/').pop().split('/')[0]);
    console.log(JSON.stringify([...new Set(loaded)]));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as string[];
}

describe('start-up', () => {
  it('loads the server (fastify) but not the PDF library or the QR code library', () => {
    const loaded = packagesLoadedByStart();
    expect(loaded).toContain('fastify');
    expect(loaded).not.toContain('pdfkit');
    expect(loaded).not.toContain('qrcode');
  }, 60_000);
});
