// Reading callgrind's own report of a run (`callgrind_annotate --inclusive=yes --threshold=100 FILE`: every function,
// where its default lists only those above about 1 % of the whole).

/**
 * The instructions V8's optimising compiler ran: everything under the runtime call that compiles a function
 * (`Runtime_CompileOptimized`), which on one thread (`--single-threaded`) runs where the code asked for it. Null when
 * the report does not name that call: the compiler did not run in the window counted, or a V8 names it otherwise.
 */
export function compilerInstructions(annotated: string): number | null {
  const line = /^\s*([\d,]+) \([\s\d.]+%\)\s+\S*Runtime_CompileOptimized\b/m.exec(annotated);
  return line ? Number(line[1]!.replaceAll(',', '')) : null;
}
