import { describe, expect, it } from 'vitest';
import { report } from '../../test/support/reports.ts';
import { type AppError } from './errors.ts';
import { parseReport, parseReportText } from './validate.ts';
import { refusal } from '../../test/support/refusal.ts';
import { translator } from '../i18n/messages.ts';

const paths = (error: AppError) => error.issues?.map((issue) => issue.path).sort();

describe('validating a report', () => {
  it('accepts a complete report and returns it unchanged', () => {
    const input = report();
    expect(parseReport(input)).toBe(input);
  });

  it('lists every violation with its dotted path, not only the first', () => {
    const input = report() as any;
    input.pain.severity = 11;
    input.nerve.legWeakness = 'left';
    delete input.general.fever;
    input.massage.endedAt = 'yesterday';
    const error = refusal(() => parseReport(input));
    expect(error.code).toBe('invalid-input');
    expect(paths(error)).toEqual(['general.fever', 'massage.endedAt', 'nerve.legWeakness', 'pain.severity']);
    expect(error.issues?.find((i) => i.path === 'pain.severity')?.message).toBe('must be at most 10');
    expect(error.issues?.find((i) => i.path === 'nerve.legWeakness')?.message).toContain('both-legs');
  });

  it('names array items by index', () => {
    const input = report({ pain: { qualities: ['dull-ache', 'throbbing'] as any } });
    expect(paths(refusal(() => parseReport(input)))).toEqual(['pain.qualities.1']);
  });

  it('refuses the same item twice in a list', () => {
    const input = report({ pain: { qualities: ['dull-ache', 'dull-ache'] } });
    expect(paths(refusal(() => parseReport(input)))).toEqual(['pain.qualities']);
  });

  it('refuses a severity that is not a whole number', () => {
    const input = report({ pain: { severity: 4.5 } });
    expect(refusal(() => parseReport(input)).issues).toEqual([{ path: 'pain.severity', message: 'must be a whole number' }]);
  });

  it('refuses unknown fields at every depth, naming them', () => {
    const input = { ...report(), extra: 1, pain: { ...report().pain, colour: 'red' } };
    const error = refusal(() => parseReport(input));
    expect(paths(error)).toEqual(['extra', 'pain.colour']);
    expect(error.issues?.every((i) => i.message === 'is not a known field')).toBe(true);
  });

  it('refuses a report that is not an object', () => {
    for (const value of [null, 42, 'text', [], true]) {
      expect(refusal(() => parseReport(value)).issues?.[0]).toMatchObject({ path: '', message: 'the report must be an object' });
    }
  });

  it('never mutates its input', () => {
    const input = report() as any;
    input.pain.severity = 'four';
    const before = JSON.stringify(input);
    refusal(() => parseReport(input));
    parseReport(report());
    expect(JSON.stringify(input)).toBe(before);
  });

  it('treats a __proto__ key as an unknown field and pollutes nothing', () => {
    const text = JSON.stringify(report()).replace('{', '{"__proto__":{"polluted":true,"level":"self-care"},');
    const error = refusal(() => parseReportText(text));
    expect(paths(error)).toEqual(['__proto__']);
    expect(({} as any).polluted).toBeUndefined();
    expect((Object.prototype as any).level).toBeUndefined();
  });

  it('answers hostile list items (objects with their own toString) with issues instead of throwing', () => {
    const input = report() as any;
    input.pain.qualities = [{ toString: 0 }, { toString: 0 }];
    input.pain.regions = [{ valueOf: 1 }, { valueOf: 1 }];
    const error = refusal(() => parseReport(input));
    expect(paths(error)).toEqual(['pain.qualities.0', 'pain.qualities.1', 'pain.regions.0', 'pain.regions.1']);
    expect(error.issues?.[0]?.message).toMatch(/^must be one of: dull-ache/);
  });

  it('says malformed-json for text that is not JSON', () => {
    for (const text of ['', '{', 'nope', '{"a":1,}', '\u0000']) {
      expect(refusal(() => parseReportText(text)).code).toBe('malformed-json');
    }
  });

  // lang17b
  it('says where the text stops being JSON (line and column, or its end), never in the parser’s English', () => {
    const english = translator('en');
    const messageOf = (text: string, t = english) => refusal(() => parseReportText(text)).toBody(t).error.message;
    expect(messageOf('{\n  "pain" 1}')).toBe('The text is not valid JSON: the first mistake is at line 2, column 10.');
    expect(messageOf('{\n  "pain": 1,\n}')).toBe('The text is not valid JSON: the first mistake is at line 3, column 1.');
    expect(messageOf('{"a":1,}')).toBe('The text is not valid JSON: the first mistake is at line 1, column 8.');
    expect(messageOf('')).toBe('The text is not valid JSON: it ends before it is complete.');
    expect(messageOf('[1,2')).toBe('The text is not valid JSON: it ends before it is complete.');
    // V8 names no position for an unexpected word: the message says only that the text is not JSON.
    expect(messageOf('nope')).toBe('The text is not valid JSON.');
    expect(messageOf('{\n  "pain": x}')).toBe('The text is not valid JSON.');
    for (const language of ['es', 'fr', 'de'] as const) {
      for (const text of ['', '{x', 'nope']) {
        const message = messageOf(text, translator(language));
        expect(message, `${language} ${text}`).not.toMatch(/JSON input|in JSON at|Unexpected|Expected|is not valid JSON/);
        expect(message, `${language} ${text}`).not.toBe(messageOf(text));
      }
    }
    expect(messageOf('{x', translator('de'))).toBe('Der Text ist kein gültiges JSON: Der erste Fehler steht in Zeile 1, Spalte 2.');
  });
});

describe('dates must be RFC 3339 with an offset and real calendar dates', () => {
  const at = (endedAt: string) => refusal(() => parseReport(report({ massage: { endedAt } })));

  it.each([
    ['2026-02-30T10:00:00Z', 'no day 30'],
    ['2025-02-29T10:00:00Z', 'no day 29'],
    ['2026-04-31T10:00:00Z', 'no day 31'],
    ['2026-13-01T10:00:00Z', 'no month 13'],
    ['2026-03-02T25:00:00Z', 'no hour 25'],
    ['2026-03-02T10:60:00Z', 'no minute 60'],
    ['2026-03-02T10:00:60Z', 'leap seconds'],
    ['2026-03-02T10:00:00', 'with an offset'],
    ['2026-03-02 10:00:00Z', 'with an offset'],
    ['2026-03-02', 'with an offset'],
    ['2026-03-02T10:00:00+24:00', 'offset that does not exist'],
    ['2026-03-02T10:00Z', 'with an offset'],
  ])('refuses %s (%s)', (value, why) => {
    const error = at(value);
    expect(error.issues).toHaveLength(1);
    expect(error.issues?.[0]?.path).toBe('massage.endedAt');
    expect(error.issues?.[0]?.message).toContain(why);
  });

  it.each(['2024-02-29T10:00:00Z', '2026-03-02T10:00:00.123456+05:30', '2026-03-02t10:00:00z', '2026-12-31T23:59:59-12:00'])(
    'accepts %s',
    (value) => {
      expect(() => parseReport(report({ massage: { endedAt: value }, reportedAt: '2026-12-31T23:59:59Z' }))).not.toThrow();
    },
  );
});
