// Reading callgrind's own report of a run (`callgrind_annotate --inclusive=yes FILE`).

/**
 * The instructions V8's optimising compiler ran: everything under the runtime call that compiles a function
 * (`Runtime_CompileOptimized`), which on one thread (`--single-threaded`) runs where the code asked for it. Throws when
 * the report has no such line, rather than counting none: a V8 that names it otherwise must be read anew.
 */
export function compilerInstructions(annotated: string): number {
  const line = /^\s*([\d,]+) \([\s\d.]+%\)\s+\S*Runtime_CompileOptimized\b/m.exec(annotated);
  if (!line) throw new Error("callgrind's report names no Runtime_CompileOptimized: the compiler's share cannot be read");
  return Number(line[1]!.replaceAll(',', ''));
}
