// The FHIR export of check-ins made under policy 3: its own Questionnaire version with the new items and follow-ups,
// responses valid against it (and a diary that crossed from policy 2 carrying both), the new reasons in words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEnabled, resourcesOf, responseProblems, unresolvedReferences } from '../../test/support/fhir-meaning.ts';
import { fhirJsProblems } from '../../test/support/fhir-js.ts';
import { medplumProblems } from '../../test/support/fhir-medplum.ts';
import { fhirProblems } from '../../test/support/fhir-schema.ts';
import { anyReport3, report, report3 } from '../../test/support/reports.ts';
import type { Report, Report3 } from '../contract/types.ts';
import { assess, isEmergency, policy2, policy3 } from '../engine/assess.ts';
import { answerAt, answerPaths, questionnaire3 } from '../knowledge/questionnaire.ts';
import type { CheckIn, Diary } from '../store/diaries.ts';
import { diaryBundle, questionnaireResource } from './fhir.ts';
import { translator } from '../i18n/messages.ts';

const english = translator('en');

const diaryFor = (massage: Report['massage']): Diary => ({
  id: 'd3',
  createdAt: new Date(Date.parse(massage.endedAt) + 60_000),
  massage,
  timeZone: 'Europe/London',
  linkKnownToClinic: false,
  reminderEmail: null,
  language: 'en',
});

const checkIn = (k: number, report: Report, assessment = assess(report as Report3, policy3, english)): CheckIn => ({
  id: `c${k + 1}`,
  seq: k + 1,
  reportedAt: new Date(report.reportedAt),
  createdAt: new Date(report.reportedAt),
  report,
  assessment,
});

/** Reports the engine assesses under policy 3, each follow-up given (a report past the month is refused, not exported). */
const assessable = anyReport3(true).filter((r) => {
  const hours = (Date.parse(r.reportedAt) - Date.parse(r.massage.endedAt)) / 3_600_000;
  return hours >= 0 && hours <= 720;
});

/** The red-flag step's answers of a report, by path. */
const redFlagAnswers = (r: Report3) =>
  Object.fromEntries(questionnaire3[0]!.questions.flatMap(answerPaths).map((path) => [path, answerAt(r, path)]));

/** A report whose red-flag step has no emergency answer: its red-pee answers kept, the rest calm. */
const withCalmRedFlags = (r: Report3): Report3 => ({
  ...r,
  bladderBowel: { ...r.bladderBowel, bladderControlLoss: false, bowelControlLoss: false, difficultyUrinating: false },
  nerve: { ...r.nerve, saddleNumbness: false, legWeakness: 'none' },
  general: { ...r.general, breathlessOrChestPain: false, suddenSidePain: false },
});

const itemsOf = (questionnaire: ReturnType<typeof questionnaireResource>) =>
  new Map(questionnaire.item!.flatMap((section) => section.item ?? []).map((item) => [item.linkId, item]));

describe('the FHIR Questionnaire of policy 3', () => {
  const questionnaire = questionnaireResource('3');
  const items = itemsOf(questionnaire);

  it('is a new version with the two new tick-list items, the bleeding question and the five new answers of its follow-ups', () => {
    expect(questionnaire).toMatchObject({ version: '3', id: 'lower-back-after-massage-3' });
    expect(questionnaireResource().version).toBe('3');
    const tickList = items.get('sinceMassage')!.item!.map((item) => item.linkId);
    expect(tickList).toEqual(expect.arrayContaining(['general.suddenSidePain', 'general.faintOrPale']));
    expect(items.get('bleedingRisk')!.item!.map((item) => item.linkId)).toEqual(['general.bloodThinners', 'general.bleedingTendency']);
    expect(items.get('alsoUnwell')!.item!.map((item) => item.linkId)).toEqual([
      'general.veryUnwell',
      'bladderBowel.littleOrNoUrine',
      'general.musclesVeryPainfulOrWeak',
    ]);
    expect(items.has('bladderBowel.redUrineAfterPressure')).toBe(true);
    expect(items.has('general.seriousAccident')).toBe(true);
    expect(fhirProblems(questionnaire as { resourceType: string })).toEqual([]);
  });

  it('stops after sudden side pain, the new emergency answer that needs nothing else', () => {
    const later = questionnaire.item!.slice(1);
    for (const section of later)
      expect(section.enableWhen).toContainEqual({ question: 'general.suddenSidePain', operator: '=', answerBoolean: false });
  });
});

describe('any diary under policy 3, exported', () => {
  it('is valid FHIR R4 to three validators, its references resolve, and its responses match the policy-3 Questionnaire', () => {
    fc.assert(
      fc.property(fc.array(assessable, { minLength: 1, maxLength: 2 }), (reports) => {
        const checkIns = reports.map((r, k) => checkIn(k, r));
        const bundle = diaryBundle(diaryFor(reports[0]!.massage), checkIns);
        expect(medplumProblems(bundle)).toEqual([]);
        expect(fhirJsProblems(bundle)).toEqual([]);
        for (const { resource } of bundle.entry!) expect(fhirProblems(resource as { resourceType: string })).toEqual([]);
        expect(unresolvedReferences(bundle)).toEqual([]);
        const [questionnaire] = resourcesOf(bundle, 'Questionnaire');
        expect(questionnaire!.version).toBe('3');
        for (const response of resourcesOf(bundle, 'QuestionnaireResponse')) expect(responseProblems(questionnaire!, response)).toEqual([]);
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it("asks policy 3's follow-ups exactly when the policy does (each side of each condition)", () => {
    const items = itemsOf(questionnaireResource('3'));
    const newFollowUps = questionnaire3
      .flatMap((section) => section.questions)
      .filter((q) => ['bladderBowel.redUrineAfterPressure', 'alsoUnwell', 'general.seriousAccident'].includes(q.path));
    expect(newFollowUps).toHaveLength(3);
    const seen = new Map<string, Set<boolean>>();
    fc.assert(
      fc.property(assessable, fc.boolean(), (any, calmFirst) => {
        // Half the reports pass the red-flag step calmly: else the later groups are nearly always disabled.
        const r = calmFirst ? withCalmRedFlags(any) : any;
        const made = checkIn(0, r);
        // After an emergency answer of the red-flag step the later groups are disabled: nothing more to compare.
        if (isEmergency(redFlagAnswers(r), policy3)) return;
        const [response] = resourcesOf(diaryBundle(diaryFor(r.massage), [made]), 'QuestionnaireResponse');
        for (const question of newFollowUps) {
          const asked = question.followUp!.when(r, made.assessment.hoursSinceMassage);
          if (!seen.has(question.path)) seen.set(question.path, new Set());
          seen.get(question.path)!.add(asked);
          expect(isEnabled(items.get(question.path)!, response!), `${question.path} in ${JSON.stringify(r)}`).toBe(asked);
        }
      }),
      { numRuns: 300 },
    );
    for (const question of newFollowUps) expect([...seen.get(question.path)!].sort(), question.path).toEqual([false, true]);
  }, 120_000);

  it('a diary that crossed from policy 2 carries both Questionnaires, each response answering its own', () => {
    const before = report({ history: { cancer: false } }, 16);
    const after = report3({ history: { cancer: false } }, 40);
    const bundle = diaryBundle(diaryFor(before.massage), [checkIn(0, before, assess(before, policy2, english)), checkIn(1, after)]);
    expect(medplumProblems(bundle)).toEqual([]);
    expect(fhirJsProblems(bundle)).toEqual([]);
    const questionnaires = resourcesOf(bundle, 'Questionnaire');
    expect(questionnaires.map((q) => q.version)).toEqual(['2', '3']);
    resourcesOf(bundle, 'QuestionnaireResponse').forEach((response, k) => {
      const own = questionnaires.find((q) => response.questionnaire === `${q.url}|${q.version}`)!;
      expect(own.version).toBe(String(k + 2));
      expect(responseProblems(own, response)).toEqual([]);
    });
  });

  it('says the new reasons in words in the RiskAssessment, never a diagnosis as made', () => {
    const kidney = report3({ bladderBowel: { bloodInUrine: true, redUrineAfterPressure: true } });
    const made = checkIn(0, kidney);
    const [risk] = resourcesOf(diaryBundle(diaryFor(kidney.massage), [made]), 'RiskAssessment');
    const rationale = risk!.prediction![0]!.rationale!;
    expect(made.assessment.reasons.map((reason) => reason.code)).toContain('kidney-injury-signs');
    expect(rationale).toContain(made.assessment.reasons.find((reason) => reason.code === 'kidney-injury-signs')!.explanation);
    expect(rationale).not.toMatch(/kidney-injury-signs|you have a (torn|burst)/i);
    expect(risk!.method!.text).toBe('Aftercare triage, policy 3');
  });
});
