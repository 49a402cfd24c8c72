import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstIncomplete, readDraft, writeDraft } from './draft.ts';

describe('the draft cookie', () => {
  it('round-trips known answers, the time zone and the report time', () => {
    const draft = {
      answers: { 'nerve.saddleNumbness': false, 'pain.severity': 4, 'pain.qualities': ['dull-ache'] },
      timeZone: 'Europe/Paris',
      reportedAt: '2026-03-03T10:00:00+01:00',
    };
    expect(readDraft(writeDraft(draft))).toEqual(draft);
  });
  it('drops unknown questions, impossible answers, bad zones and prototype keys', () => {
    const cookie = Buffer.from(
      '{"answers":{"__proto__":{"x":1},"pain.severity":99,"pain.qualities":["dull-ache","evil"],"nerve.numbness":"none","extra":1},"timeZone":"Mars/Olympus","reportedAt":"soon"}',
    ).toString('base64url');
    const draft = readDraft(cookie);
    expect(draft).toEqual({ answers: { 'nerve.numbness': 'none' } });
    expect(({} as { x?: number }).x).toBeUndefined();
  });
  it('never throws on any cookie text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(readDraft(text).answers).toBeTypeOf('object');
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => readDraft(Buffer.from(JSON.stringify(value) ?? '').toString('base64url'))).not.toThrow();
      }),
    );
  });
  it('knows the first step still to answer', () => {
    expect(firstIncomplete({})?.id).toBe('red-flags');
    const redFlags = {
      'bladderBowel.bladderControlLoss': false,
      'bladderBowel.bowelControlLoss': false,
      'bladderBowel.difficultyUrinating': false,
      'nerve.saddleNumbness': false,
      'nerve.legWeakness': 'none',
    };
    // The tick-list is part of the red-flag step: without it the step is not done.
    expect(firstIncomplete(redFlags)?.id).toBe('red-flags');
    const tickList = {
      'general.breathlessOrChestPain': false,
      'bladderBowel.brownUrine': false,
      'bladderBowel.bloodInUrine': false,
      'general.oneLegSwollen': false,
      'general.suddenSidePain': false,
      'general.faintOrPale': false,
    };
    expect(firstIncomplete({ ...redFlags, ...tickList })?.id).toBe('other-signs');
  });
});
