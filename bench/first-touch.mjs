// What touching memory for the first time costs on this machine (issue 18, sixth round): a buffer of N MiB taken from
// the system, one byte written in each 4 KiB page, then all of it written again. On a virtual machine the first
// touch can cost far more than on bare hardware; a restart touches some 300 MiB for the first time.
// Usage: node bench/first-touch.mjs [MiB ...]
import { performance } from 'node:perf_hooks';

const sizes = process.argv.slice(2).map(Number);
for (const mib of sizes.length > 0 ? sizes : [16, 64, 128]) {
  const buffer = Buffer.allocUnsafeSlow(mib << 20);
  const started = performance.now();
  for (let i = 0; i < buffer.length; i += 4096) buffer[i] = 1;
  const touched = performance.now();
  buffer.fill(2);
  const again = performance.now();
  const pages = buffer.length / 4096;
  console.log(
    `${mib} MiB: first touch ${(touched - started).toFixed(1)} ms (${((1000 * (touched - started)) / pages).toFixed(2)} µs a page), ` +
      `written again ${(again - touched).toFixed(1)} ms`,
  );
}
