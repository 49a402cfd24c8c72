// The marks a page's body carries for its scripts (`data-…` attributes that a script enhances): which scripts the
// page loads (assets.ts) and which of their words it carries (script-words.ts) follow from them.

/** A mark is an attribute's name: `data-` and lower-case words joined by hyphens. */
const markShape = /^data-[a-z]+(?:-[a-z]+)*$/;

/**
 * Finds which of `marks` a text contains, in one pass over it. A page's body can be tens of kilobytes (the time-zone
 * list), and searching it once for each mark cost more than the rest of the page (issue 18). The pass stops at every
 * `data-` (which cannot overlap itself, so none is passed over) and reads the longest mark there; a mark that begins
 * that one is there too. So the answer is each mark the text contains, as `text.includes(mark)` would say.
 */
export function markFinder(marks: readonly string[]): (text: string) => ReadonlySet<string> {
  const known = [...new Set(marks)];
  for (const mark of known) if (!markShape.test(mark)) throw new Error(`a page's mark is an attribute's name, not ${mark}`);
  const longestFirst = [...known].sort((a, b) => b.length - a.length);
  // Only `data-` is consumed: the rest is read ahead, so a mark's end never hides a `data-` that begins inside it.
  const pattern = new RegExp(`data-(?=(${longestFirst.map((mark) => mark.slice('data-'.length)).join('|')}))`, 'g');
  return (text) => {
    const found = new Set<string>();
    for (const [, rest] of text.matchAll(pattern)) for (const mark of known) if (`data-${rest}`.startsWith(mark)) found.add(mark);
    return found;
  };
}
