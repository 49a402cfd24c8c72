// The follow-up link's QR code keeps the quiet zone the standard asks for (ISO/IEC 18004: four modules of light on
// every side), so cheap cameras and printed cards read it.
import { describe, expect, it } from 'vitest';
import { qrCode } from './clinic-routes.ts';

/** The dark modules of the SVG the qrcode package draws: horizontal runs ("M x y.5 h n", then relative "m dx dy h n"). */
function darkModules(svg: string): { x: number; y: number }[] {
  const path = /<path stroke="#000000" d="([^"]+)"/.exec(svg)![1]!;
  const modules: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of path.matchAll(/([MmHhVv])(-?[\d.]+)(?:\s+(-?[\d.]+))?/g)) {
    const n = Number(a);
    if (command === 'M') [x, y] = [n, Number(b) - 0.5];
    else if (command === 'm') [x, y] = [x + n, y + Number(b)];
    else if (command === 'h') {
      for (let k = 0; k < n; k++) modules.push({ x: x + k, y });
      x += n;
    }
  }
  return modules;
}

describe('the QR code of a follow-up link', () => {
  it('has a quiet zone of four modules on every side', async () => {
    const svg = await qrCode('https://aftercare.example/follow-up/0123456789abcdefghijABCDEFGHIJ-_0123456789abc');
    const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)![1]);
    const modules = darkModules(svg);
    expect(modules.length).toBeGreaterThan(100);
    const xs = modules.map((m) => m.x);
    const ys = modules.map((m) => m.y);
    expect(Math.min(...xs)).toBe(4);
    expect(Math.min(...ys)).toBe(4);
    expect(size - 1 - Math.max(...xs)).toBe(4);
    expect(size - 1 - Math.max(...ys)).toBe(4);
    // The symbol between the quiet zones is a QR version's size: 17 + 4 × version modules.
    expect((size - 8 - 17) % 4).toBe(0);
  });
});
