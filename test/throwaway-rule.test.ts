// Adding a rule is a row in knowledge/ plus its tests: two throwaway rows are added to policy 2's table here (and
// only here, by replacing the module that holds the table), and every layer shows them without being touched:
// the engine, the watch list, the start, emergency and result pages, the questionnaire's emergency stop, the
// terminal's words and the clinic's dashboard.
import { describe, expect, it, vi } from 'vitest';
import type { ReasonCode, Report2 } from '../src/contract/types.ts';
import type { ReasonRule } from '../src/knowledge/reasons.ts';
import type * as Reasons2 from '../src/knowledge/reasons-2.ts';
import type * as English from '../src/i18n/catalogues/en.ts';
import type { MessageId } from '../src/i18n/messages.ts';
import { calm, clinicHarness, pain } from './support/clinic.ts';
import { report } from './support/reports.ts';
import { translator } from '../src/i18n/messages.ts';

const english = translator('en');

// Codes the contract does not know: the rows are throwaway, and the contract's list is a separate, reviewed change.
const urgentCode = 'throwaway-urgent' as ReasonCode;
const emergencyCode = 'throwaway-emergency' as ReasonCode;

// A row's words are messages in the catalogues: the throwaway rows' are added to the English one (the only language
// these tests read).
vi.mock('../src/i18n/catalogues/en.ts', async (original) => {
  const actual = await original<typeof English>();
  return {
    ...actual,
    en: {
      ...actual.en,
      'engine.reason.throwaway-urgent.explain': 'Throwaway explanation: a nine out of ten.',
      'engine.reason.throwaway-urgent.sign': 'Throwaway urgent sign',
      'engine.reason.throwaway-urgent.told': 'Throwaway told urgent.',
      'engine.reason.throwaway-emergency.explain': 'Throwaway explanation: a fall.',
      'engine.reason.throwaway-emergency.sign': 'Throwaway emergency sign',
      'engine.reason.throwaway-emergency.told': 'Throwaway told emergency.',
    },
  };
});

vi.mock('../src/knowledge/reasons-2.ts', async (original) => {
  const actual = await original<typeof Reasons2>();
  const throwaway: ReasonRule<Report2>[] = [
    {
      code: 'throwaway-urgent' as ReasonCode,
      level: 'urgent',
      source: 'seed:warning-signs',
      watch: true,
      dashboardFlag: 'pressure',
      match: ({ report }) => (report.pain.severity === 9 ? { 'pain.severity': 9 } : null),
      explain: 'engine.reason.throwaway-urgent.explain' as MessageId,
      sign: 'engine.reason.throwaway-urgent.sign' as MessageId,
      told: 'engine.reason.throwaway-urgent.told' as MessageId,
    },
    {
      code: 'throwaway-emergency' as ReasonCode,
      level: 'emergency',
      source: 'seed:warning-signs',
      watch: true,
      match: ({ report }) => (report.general.recentFallOrInjury ? { 'general.recentFallOrInjury': true } : null),
      explain: 'engine.reason.throwaway-emergency.explain' as MessageId,
      sign: 'engine.reason.throwaway-emergency.sign' as MessageId,
      told: 'engine.reason.throwaway-emergency.told' as MessageId,
    },
  ];
  return { ...actual, policy2Rules: [...actual.policy2Rules, ...throwaway] };
});

const { assess, policy2 } = await import('../src/engine/assess.ts');
const { renderText } = await import('../src/present/text.ts');

describe('a rule added as a row in knowledge/', () => {
  it('is applied by the engine, and watched for while it has not fired', () => {
    const calmOne = assess(report(), policy2, english);
    expect(calmOne.level).toBe('self-care');
    expect(calmOne.watchFor).toEqual(expect.arrayContaining([urgentCode, emergencyCode]));
    const nine = assess(report({ pain: { severity: 9 } }), policy2, english);
    expect(nine.level).toBe('urgent');
    expect(nine.reasons.map((r) => r.code)).toContain(urgentCode);
    expect(nine.watchFor).not.toContain(urgentCode);
    expect(assess(report({ general: { recentFallOrInjury: true } }), policy2, english).level).toBe('emergency');
  });

  it('is in the words the terminal prints: the explanation when it fires, the sign while it is watched', () => {
    const text = (r: Report2) => renderText(assess(r, policy2, english), english, 'UTC', r.reportedAt);
    expect(text(report())).toContain('Throwaway urgent sign');
    expect(text(report({ pain: { severity: 9 } }))).toContain('Throwaway explanation: a nine out of ten.');
  });

  it('shows on the pages: an emergency sign before any question, the stop at once, the watch list and the reasons', async () => {
    const h = await clinicHarness('2026-03-03T09:00:00Z');
    try {
      const { Visitor } = await import('./support/browserless.ts');
      const person = new Visitor(h.app);
      expect((await person.get('/')).body).toContain('Throwaway emergency sign');
      expect((await person.get('/emergency')).body).toContain('Throwaway emergency sign');

      const redFlags = Object.fromEntries(
        Object.entries(calm).filter(([k]) => !k.startsWith('general.') && !/numbness$|tingling$/.test(k)),
      );
      const others = { 'nerve.numbness': 'none', 'nerve.tingling': 'none', 'general.fever': 'no', bleedingRisk: 'none' };
      await person.get('/check/red-flags');
      expect((await person.post('/check/red-flags', redFlags, { csrf: false })).headers.location).toBe('/check/other-signs');
      const fall = await person.post('/check/other-signs', { ...others, 'general.recentFallOrInjury': 'yes' }, { csrf: false });
      expect(fall.headers.location).toBe('/emergency');

      const calmPerson = new Visitor(h.app);
      await calmPerson.post('/check/red-flags', redFlags, { csrf: false });
      await calmPerson.post('/check/other-signs', { ...others, 'general.recentFallOrInjury': 'no' }, { csrf: false });
      await calmPerson.post(
        '/check/massage',
        { 'massage.endedAt': '2026-03-02T17:00', timeZone: 'UTC', 'massage.sharpPainDuring': 'no' },
        { csrf: false },
      );
      const done = await calmPerson.post('/check/pain', { ...pain, 'pain.severity': '9' }, { csrf: false });
      expect(done.headers.location).toBe('/check/result');
      const result = (await calmPerson.get('/check/result')).body;
      expect(result).toContain('Throwaway explanation: a nine out of ten.');
      expect(result).toContain('Throwaway emergency sign');
    } finally {
      await h.close();
    }
  });

  it("raises its flag on the clinic's dashboard", async () => {
    const h = await clinicHarness('2026-03-03T09:00:00Z');
    try {
      const admin = await h.signUp('Calm Hands', 'a@example.com');
      const { link } = await h.recordSession(admin, 'Client T');
      await h.clientFollowsUp(link, { 'pain.severity': '9' });
      const dashboard = (await admin.get('/clinic')).body;
      expect(dashboard).toMatch(/Client T[\s\S]*urgent/i);
      expect(dashboard).toContain('Pressure may have been too much');
    } finally {
      await h.close();
    }
  });
});
