// The FHIR export, checked by two validators nobody here wrote (HL7's R4 JSON schema, Medplum's validator over
// R4's StructureDefinitions) and for meaning: references, scores, responses against their Questionnaire.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEnabled, resourcesOf, responseProblems, unresolvedReferences } from '../../test/support/fhir-meaning.ts';
import { fhirJsProblems } from '../../test/support/fhir-js.ts';
import { medplumProblems } from '../../test/support/fhir-medplum.ts';
import { fhirProblems } from '../../test/support/fhir-schema.ts';
import { anyReport, report, report1 } from '../../test/support/reports.ts';
import type { Report2, StoppedReport } from '../contract/types.ts';
import { assess, assess1, assessStopped, currentPolicy, isEmergency, policy2 } from '../engine/assess.ts';
import { questionnaire2 } from '../knowledge/questionnaire.ts';
import type { CheckIn, Diary } from '../store/diaries.ts';
import { diaryBundle, questionnaireResource } from './fhir.ts';
import { translator } from '../i18n/messages.ts';

const english = translator('en');

const diary: Diary = {
  id: 'd1',
  createdAt: new Date('2026-03-02T18:00:00Z'),
  massage: { ...report().massage, areasWorked: ['psoas'] },
  timeZone: 'Europe/London',
  linkKnownToClinic: false,
  reminderEmail: null,
  language: 'en',
};
const checkIns: CheckIn[] = [16, 80].map((hours, k) => {
  const r = report({ pain: { severity: 5 - k, regions: ['psoas'] }, history: { cancer: false } }, hours);
  return {
    id: `c${k + 1}`,
    seq: k + 1,
    reportedAt: new Date(r.reportedAt),
    createdAt: new Date(r.reportedAt),
    report: r,
    assessment: assess(r, policy2, english),
  };
});

describe('the FHIR R4 export', () => {
  const bundle = diaryBundle(diary, checkIns);
  const resources = bundle.entry!.map((e) => e.resource!);

  it('is a Bundle with the Questionnaire, a Patient, per check-in a QuestionnaireResponse, an Observation and a RiskAssessment, and a ServiceRequest where care is advised', () => {
    expect(bundle.resourceType).toBe('Bundle');
    expect(resources.map((r) => r.resourceType)).toEqual([
      'Questionnaire',
      'Patient',
      'QuestionnaireResponse',
      'Observation',
      'RiskAssessment',
      'QuestionnaireResponse',
      'Observation',
      'RiskAssessment',
      'ServiceRequest',
    ]);
  });

  it("every resource, and the bundle, validate against FHIR R4's JSON schema", () => {
    expect(fhirProblems({ ...bundle, entry: [] } as { resourceType: string })).toEqual([]);
    for (const resource of resources) expect(fhirProblems(resource as { resourceType: string })).toEqual([]);
  }, 60_000);

  it('records each pain score as LOINC 72514-3', () => {
    const observations = resources.filter((r) => r.resourceType === 'Observation') as any[];
    expect(observations.map((o) => o.code.coding[0].code)).toEqual(['72514-3', '72514-3']);
    expect(observations.map((o) => o.valueInteger)).toEqual([5, 4]);
    expect(observations[0].derivedFrom[0].reference).toBe('QuestionnaireResponse/checkin-c1');
  });

  it('keeps the skip logic: after an emergency answer the later groups are disabled', () => {
    const q = questionnaireResource();
    expect(q.item![1]!.enableBehavior).toBe('all');
    expect(q.item![1]!.enableWhen).toContainEqual({ question: 'bladderBowel.bladderControlLoss', operator: '=', answerBoolean: false });
  });

  it('bases each triage on its answers and says the level as the outcome, not as a likelihood', () => {
    const risk = resources.find((r) => r.resourceType === 'RiskAssessment') as any;
    expect(risk.basis[0].reference).toBe('QuestionnaireResponse/checkin-c1');
    expect(risk.prediction[0].outcome.coding[0]).toMatchObject({
      system: 'https://aftercare.example/fhir/CodeSystem/triage-level',
      code: 'self-care',
    });
    expect(risk.prediction[0].qualitativeRisk).toBeUndefined();
    const request = resources.find((r) => r.resourceType === 'ServiceRequest') as any;
    expect(request).toMatchObject({
      priority: 'routine',
      intent: 'proposal',
      supportingInfo: [{ reference: 'RiskAssessment/triage-c2' }],
    });
    expect(request.reasonReference).toBeUndefined();
  });

  it('answers each question of the response with the massage from the diary', () => {
    const response = resources.find((r) => r.resourceType === 'QuestionnaireResponse') as any;
    const massage = response.item.find((i: any) => i.linkId === 'massage');
    expect(massage.item.find((i: any) => i.linkId === 'massage.areasWorked').answer[0].valueCoding.code).toBe('psoas');
  });
});

/** A diary whose check-ins are these reports (the massage is the first one's), assessed under policy 2. */
function diaryOf(reports: readonly Report2[]): { diary: Diary; checkIns: CheckIn[] } {
  const massage = reports[0]!.massage;
  return {
    diary: {
      id: 'd9',
      createdAt: new Date(Date.parse(massage.endedAt) + 60_000),
      massage,
      timeZone: 'Pacific/Chatham',
      linkKnownToClinic: false,
      reminderEmail: null,
      language: 'en',
    },
    checkIns: reports.map((r, k) => {
      // Each check-in keeps its own time after the massage, now after the diary's massage.
      const after = Date.parse(r.reportedAt) - Date.parse(r.massage.endedAt);
      const report = k === 0 ? r : { ...r, massage, reportedAt: new Date(Date.parse(massage.endedAt) + after).toISOString() };
      return {
        id: `c${k + 1}`,
        seq: k + 1,
        reportedAt: new Date(report.reportedAt),
        createdAt: new Date(report.reportedAt),
        report,
        assessment: assess(report, policy2, english),
      };
    }),
  };
}

/** Reports the engine assesses (a report before its massage or past the month is refused, not exported). */
const assessable = anyReport.filter((r) => {
  const hours = (Date.parse(r.reportedAt) - Date.parse(r.massage.endedAt)) / 3_600_000;
  return hours >= 0 && hours <= 720;
});

describe('any diary, exported', () => {
  it('is valid FHIR R4 to three independent validators, its references resolve, and its responses match their Questionnaire', () => {
    fc.assert(
      fc.property(fc.array(assessable, { minLength: 1, maxLength: 3 }), (reports) => {
        const { diary, checkIns } = diaryOf(reports);
        const bundle = diaryBundle(diary, checkIns);
        expect(medplumProblems(bundle)).toEqual([]);
        expect(fhirJsProblems(bundle)).toEqual([]);
        expect(fhirProblems({ ...bundle, entry: [] } as { resourceType: string })).toEqual([]);
        for (const { resource } of bundle.entry!) expect(fhirProblems(resource as { resourceType: string })).toEqual([]);
        expect(unresolvedReferences(bundle)).toEqual([]);
        const [questionnaire] = resourcesOf(bundle, 'Questionnaire');
        for (const response of resourcesOf(bundle, 'QuestionnaireResponse')) expect(responseProblems(questionnaire!, response)).toEqual([]);
        // LOINC 72514-3 with each entered score at the instant it was entered.
        const observations = resourcesOf(bundle, 'Observation');
        expect(observations.map((o) => [o.code.coding![0]!.code, o.valueInteger, Date.parse(o.effectiveDateTime!)])).toEqual(
          checkIns.map((c) => ['72514-3', c.report.pain?.severity, Date.parse(c.report.reportedAt)]),
        );
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it("asks each follow-up exactly when the policy does: the Questionnaire's conditions, evaluated by fhirpath.js, agree with knowledge/", () => {
    const questionnaire = questionnaireResource('2');
    const items = new Map(questionnaire.item!.flatMap((section) => section.item ?? []).map((item) => [item.linkId, item]));
    const followUps = questionnaire2.flatMap((section) => section.questions).filter((q) => q.followUp);
    expect(followUps.map((q) => q.path).sort()).toEqual([
      'history.aged70OrOver',
      'history.cancer',
      'history.fragileBones',
      'nerve.bothLegs',
      'pain.nightPainPreventsSleep',
    ]);
    fc.assert(
      fc.property(assessable, (report) => {
        const { diary, checkIns } = diaryOf([report]);
        if (checkIns[0]!.assessment.level === 'emergency' && isEmergency(redFlagAnswers(report))) return; // the later sections are disabled
        const [response] = resourcesOf(diaryBundle(diary, checkIns), 'QuestionnaireResponse');
        for (const question of followUps) {
          const asked = question.followUp!.when(checkIns[0]!.report as Report2, checkIns[0]!.assessment.hoursSinceMassage);
          expect(isEnabled(items.get(question.path)!, response!), `${question.path} in ${JSON.stringify(report)}`).toBe(asked);
        }
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('at 72 hours exactly, and across an offset of +13:45, "not settling" holds from the 72nd hour on', () => {
    const endedAt = '2026-03-02T17:00:00+13:45';
    const at = (hours: number) =>
      report({
        pain: { trend: 'same', severity: 3 },
        massage: { endedAt },
        reportedAt: new Date(Date.parse(endedAt) + hours * 3_600_000).toISOString(),
        history: { cancer: false },
      });
    for (const [hours, asked] of [
      [71.99, false],
      [72, true],
    ] as const) {
      const { diary, checkIns } = diaryOf([at(hours)]);
      const [response] = resourcesOf(diaryBundle(diary, checkIns), 'QuestionnaireResponse');
      const cancer = questionnaireResource('2')
        .item!.flatMap((s) => s.item ?? [])
        .find((i) => i.linkId === 'history.cancer')!;
      expect(isEnabled(cancer, response!), `${hours} h`).toBe(asked);
    }
  });
});

/** The red-flag section's answers of a report, as the questionnaire's paths. */
function redFlagAnswers(report: Report2): Record<string, unknown> {
  const section = questionnaire2[0]!;
  const paths = section.questions.flatMap((q) => (q.items ? q.items.map(([path]) => path) : [q.path]));
  return Object.fromEntries(paths.map((path) => [path, path.split('.').reduce<any>((node, key) => node?.[key], report)]));
}

describe('instants the contract accepts but FHIR writes otherwise', () => {
  it('a lower-case t and z, and an offset of +15:00, are written in FHIR form, valid for every instant field', () => {
    const odd = report({
      massage: { endedAt: '2026-03-02t17:00:00z' },
      reportedAt: '2026-03-03T23:30:00+15:00',
      history: { cancer: false },
    });
    const { diary, checkIns } = diaryOf([odd]);
    const bundle = diaryBundle(diary, checkIns);
    expect(medplumProblems(bundle)).toEqual([]);
    expect(fhirJsProblems(bundle)).toEqual([]);
    for (const { resource } of bundle.entry!) expect(fhirProblems(resource as { resourceType: string })).toEqual([]);
    const [response] = resourcesOf(bundle, 'QuestionnaireResponse');
    expect(response!.authored).toBe('2026-03-03T08:30:00.000Z');
    expect(JSON.stringify(response)).toContain('"valueDateTime":"2026-03-02T17:00:00Z"');
    expect(bundle.timestamp).toBe('2026-03-03T08:30:00.000Z');
  });
});

describe('a diary with check-ins under both policies', () => {
  it('carries both Questionnaires, and each response answers its own', () => {
    const old = report1({}, 16);
    const diary: Diary = {
      id: 'd2',
      createdAt: new Date('2026-03-02T18:00:00Z'),
      massage: old.massage,
      timeZone: 'Europe/London',
      linkKnownToClinic: false,
      reminderEmail: null,
      language: 'en',
    };
    const now = report({ history: { cancer: false } }, 40);
    const checkIns: CheckIn[] = [
      {
        id: 'c1',
        seq: 1,
        reportedAt: new Date(old.reportedAt),
        createdAt: new Date(old.reportedAt),
        report: old,
        assessment: assess1(old, english),
      },
      {
        id: 'c2',
        seq: 2,
        reportedAt: new Date(now.reportedAt),
        createdAt: new Date(now.reportedAt),
        report: now,
        assessment: assess(now, policy2, english),
      },
    ];
    const bundle = diaryBundle(diary, checkIns);
    expect(medplumProblems(bundle)).toEqual([]);
    expect(fhirJsProblems(bundle)).toEqual([]);
    expect(unresolvedReferences(bundle)).toEqual([]);
    const questionnaires = resourcesOf(bundle, 'Questionnaire');
    expect(questionnaires.map((q) => q.version)).toEqual(['1', '2']);
    const responses = resourcesOf(bundle, 'QuestionnaireResponse');
    responses.forEach((response, k) => {
      const own = questionnaires.find((q) => response.questionnaire === `${q.url}|${q.version}`)!;
      expect(own.version).toBe(String(k + 1));
      expect(responseProblems(own, response)).toEqual([]);
    });
  });
});

describe('a check-in stopped at its first emergency answer', () => {
  it('second audit 13: is a "stopped" response with only the answers given, no pain-score Observation, and valid against every checker', () => {
    const first = report({ history: { cancer: false } }, 16);
    const { diary, checkIns } = diaryOf([first]);
    const stopped = stoppedReportOf(first, { bladderBowel: { bowelControlLoss: true } }, 18);
    const all: CheckIn[] = [
      ...checkIns,
      {
        id: 'c2',
        seq: 2,
        reportedAt: new Date(stopped.reportedAt),
        createdAt: new Date(stopped.reportedAt),
        report: stopped,
        stopped: true,
        assessment: assessStopped(stopped, currentPolicy, english)!,
      },
    ];
    const bundle = diaryBundle(diary, all);
    expect(medplumProblems(bundle)).toEqual([]);
    expect(fhirJsProblems(bundle)).toEqual([]);
    expect(unresolvedReferences(bundle)).toEqual([]);
    for (const { resource } of bundle.entry!) expect(fhirProblems(resource as { resourceType: string })).toEqual([]);
    const responses = resourcesOf(bundle, 'QuestionnaireResponse');
    expect(responses.map((r) => r.status)).toEqual(['completed', 'stopped']);
    expect(responseProblems(resourcesOf(bundle, 'Questionnaire')[0]!, responses[1]!)).toEqual([]);
    const answered = JSON.stringify(responses[1]!.item);
    expect(answered).toContain('bladderBowel.bowelControlLoss');
    expect(answered).not.toContain('bladderBowel.bladderControlLoss');
    expect(answered).not.toContain('pain.severity');
    expect(resourcesOf(bundle, 'Observation').map((o) => o.id)).toEqual(['pain-c1']);
    const risk = resourcesOf(bundle, 'RiskAssessment').find((r) => r.id === 'triage-c2')!;
    expect(risk.basis).toEqual([{ reference: 'QuestionnaireResponse/checkin-c2' }]);
    expect(risk.prediction![0]!.outcome!.coding![0]!.code).toBe('emergency');
  });
});

/** A report that stopped at `hours` after the massage, with only these answers. */
function stoppedReportOf(like: Report2, answers: Omit<StoppedReport, 'massage' | 'reportedAt'>, hours: number): StoppedReport {
  return { ...answers, massage: like.massage, reportedAt: new Date(Date.parse(like.massage.endedAt) + hours * 3_600_000).toISOString() };
}
