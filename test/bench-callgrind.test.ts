// `npm run bench:instructions` says how much of a request's count is V8's optimising compiler, read from callgrind's
// report. The bench itself needs valgrind and minutes; its reading of the report is checked here.
import { describe, expect, it } from 'vitest';
import { compilerInstructions } from '../bench/callgrind.ts';

const report = `--------------------------------------------------------------------------------
Ir                      file:function
--------------------------------------------------------------------------------
1,495,023,379 (100.0%)  PROGRAM TOTALS
  830,401,394 (55.54%)  ???:v8::internal::Runtime_CompileOptimized(int, unsigned long*, v8::internal::Isolate*) [/usr/bin/node]
  830,392,662 (55.54%)  ???:v8::internal::Compiler::CompileOptimized(v8::internal::Isolate*, v8::internal::Handle<v8::internal::JSFunction>) [/usr/bin/node]
   47,073,503 ( 3.15%)  ???:v8::internal::Builtin_DatePrototypeToISOString(int, unsigned long*, v8::internal::Isolate*) [/usr/bin/node]
`;

describe("the optimising compiler's share of a callgrind report", () => {
  it('is the inclusive count of the runtime call that compiles, not of the functions under it', () => {
    expect(compilerInstructions(report)).toBe(830_401_394);
  });

  it('is unknown, not taken as none, when the report does not name that call', () => {
    expect(compilerInstructions(report.replace('Runtime_CompileOptimized', 'Runtime_CompileTurbofan'))).toBeNull();
  });
});
