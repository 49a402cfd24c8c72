// The marks a page's body carries, found in one pass: the same answer as searching the body for each mark.
import { describe, expect, it } from 'vitest';
import { scriptMarks } from './assets.ts';
import { markFinder } from './marks.ts';
import { wordMarks } from './script-words.ts';

describe('the marks on a page', () => {
  const marksOn = markFinder(['data-kept', 'data-kept-until', 'data-keep-link', 'data-cold-timer', 'data-kept']);

  it('finds each mark the text contains, as includes() would, and no other', () => {
    const texts = [
      '',
      '<p>Nothing here: data- alone, data-keep, kept</p>',
      '<div data-keep-link="x"></div>',
      '<div data-kept-until="3"></div>',
      '<div data-kept="1"></div><button data-cold-timer data-keep-link="y">',
      // A mark inside a longer name is still contained in the text.
      '<div data-kept-untilx data-cold-timers></div>',
      '<p data-keep-link="1" data-keep-link="2"></p>'.repeat(50),
    ];
    for (const text of texts) {
      const expected = ['data-kept', 'data-kept-until', 'data-keep-link', 'data-cold-timer'].filter((mark) => text.includes(mark));
      expect([...marksOn(text)].sort(), text.slice(0, 60)).toEqual(expected.sort());
    }
  });

  it('finds a mark that begins a longer one found at the same place', () => {
    expect(marksOn('<div data-kept-until="3"></div>')).toEqual(new Set(['data-kept', 'data-kept-until']));
  });

  it('finds a mark that begins inside the end of another (a mark ending in "data", then another mark)', () => {
    const overlapping = markFinder(['data-x-data', 'data-kept', 'data-shared', 'data-x-data-kept']);
    for (const text of ['<div data-x-data-kept>', 'data-sharedata-kept', 'data-x-data-x-data', 'data-shared data-x-data']) {
      const expected = ['data-x-data', 'data-kept', 'data-shared', 'data-x-data-kept'].filter((mark) => text.includes(mark));
      expect([...overlapping(text)].sort(), text).toEqual(expected.sort());
    }
  });

  it('finds marks however many other data- attributes come first (the time-zone list has hundreds)', () => {
    const list = '<option value="Europe/Berlin" data-zone-name="Berlin time">Berlin</option>'.repeat(500);
    expect(marksOn(`${list}<div data-cold-timer></div>${list}`)).toEqual(new Set(['data-cold-timer']));
  });

  it("refuses a mark that is not an attribute's name: it could be read as a pattern", () => {
    expect(() => markFinder(['data-kept', 'data-a.b'])).toThrow(/data-a\.b/);
    expect(() => markFinder(['kept'])).toThrow(/kept/);
    expect(() => markFinder(['data-Kept'])).toThrow(/data-Kept/);
  });

  it('takes every mark the scripts and their words are chosen by', () => {
    const all = markFinder([...scriptMarks, ...wordMarks]);
    for (const mark of [...scriptMarks, ...wordMarks]) expect(all(`<div ${mark}="1"></div>`).has(mark), mark).toBe(true);
  });
});
