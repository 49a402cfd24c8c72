import { describe, expect, it } from 'vitest';
import { fhirProblems } from '../../test/support/fhir-schema.ts';
import { report } from '../../test/support/reports.ts';
import { assess } from '../engine/assess.ts';
import type { CheckIn, Diary } from '../store/diaries.ts';
import { diaryBundle, questionnaireResource } from './fhir.ts';

const diary: Diary = {
  id: 'd1',
  createdAt: new Date('2026-03-02T18:00:00Z'),
  massage: { ...report().massage, areasWorked: ['psoas'] },
  timeZone: 'Europe/London',
  linkKnownToClinic: false,
};
const checkIns: CheckIn[] = [16, 80].map((hours, k) => {
  const r = report({ pain: { severity: 5 - k, regions: ['psoas'] }, history: { cancer: false } }, hours);
  return { id: `c${k + 1}`, seq: k + 1, reportedAt: new Date(r.reportedAt), report: r, assessment: assess(r) };
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
      reasonReference: [{ reference: 'RiskAssessment/triage-c2' }],
    });
  });

  it('answers each question of the response with the massage from the diary', () => {
    const response = resources.find((r) => r.resourceType === 'QuestionnaireResponse') as any;
    const massage = response.item.find((i: any) => i.linkId === 'massage');
    expect(massage.item.find((i: any) => i.linkId === 'massage.areasWorked').answer[0].valueCoding.code).toBe('psoas');
  });
});
