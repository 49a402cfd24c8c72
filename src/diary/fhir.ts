// A diary as a FHIR R4 Bundle: the Questionnaire, a QuestionnaireResponse per check-in, an Observation per pain
// score (LOINC 72514-3) and a RiskAssessment per triage, all about one anonymous Patient.
import type { Bundle, BundleEntry, Questionnaire, QuestionnaireItem, QuestionnaireResponse, QuestionnaireResponseItem, Observation, Patient, RiskAssessment, Resource } from '@medplum/fhirtypes';
import type { Level } from '../contract/types.ts';
import { questionnaire, type Question } from '../knowledge/questionnaire.ts';
import type { CheckIn, Diary } from '../store/diaries.ts';

const aftercareSystem = 'https://aftercare.example/fhir';
const questionnaireUrl = `${aftercareSystem}/Questionnaire/lower-back-after-massage`;

/** How urgent each level is, as FHIR's risk probability (RiskAssessment.prediction.qualitativeRisk). */
const riskOf: Record<Level, { code: string; display: string }> = {
  emergency: { code: 'certain', display: 'Certain' },
  urgent: { code: 'high', display: 'High likelihood' },
  'see-clinician': { code: 'moderate', display: 'Moderate likelihood' },
  'self-care': { code: 'low', display: 'Low likelihood' },
};

const linkId = (path: string) => path;

function itemOf(question: Question): QuestionnaireItem {
  const base = { linkId: linkId(question.path), text: question.prompt, required: !question.optional };
  switch (question.kind) {
    case 'yes-no':
      return { ...base, type: 'boolean' };
    case 'score':
      return { ...base, type: 'integer' };
    case 'instant':
      return { ...base, type: 'dateTime' };
    default:
      return {
        ...base,
        type: 'choice',
        repeats: question.kind === 'choices',
        answerOption: (question.options ?? []).map(([code, display]) => ({ valueCoding: { system: `${aftercareSystem}/CodeSystem/${question.path}`, code, display } })),
      };
  }
}

/** The questionnaire, with its skip logic: after an emergency answer nothing else is asked. */
export function questionnaireResource(): Questionnaire {
  const [redFlags, ...rest] = questionnaire;
  const calm = redFlags!.questions.map((q) =>
    q.kind === 'yes-no'
      ? { question: linkId(q.path), operator: '=' as const, answerBoolean: false }
      : { question: linkId(q.path), operator: '!=' as const, answerCoding: { system: `${aftercareSystem}/CodeSystem/${q.path}`, code: 'both-legs' } },
  );
  return {
    resourceType: 'Questionnaire',
    id: 'lower-back-after-massage',
    url: questionnaireUrl,
    status: 'active',
    title: 'Lower back pain after a massage',
    item: [
      { linkId: redFlags!.id, type: 'group', text: redFlags!.title, item: redFlags!.questions.map(itemOf) },
      ...rest.map((section) => ({
        linkId: section.id,
        type: 'group' as const,
        text: section.title,
        enableWhen: calm,
        enableBehavior: 'all' as const,
        item: section.questions.map(itemOf),
      })),
    ],
  };
}

function valueAt(report: unknown, path: string): unknown {
  return path.split('.').reduce<any>((node, key) => node?.[key], report);
}

function answersOf(question: Question, value: unknown): QuestionnaireResponseItem['answer'] {
  if (value === undefined) return undefined;
  switch (question.kind) {
    case 'yes-no':
      return [{ valueBoolean: Boolean(value) }];
    case 'score':
      return [{ valueInteger: Number(value) }];
    case 'instant':
      return [{ valueDateTime: String(value) }];
    default: {
      const values = Array.isArray(value) ? value : [value];
      return values.map((code) => ({
        valueCoding: { system: `${aftercareSystem}/CodeSystem/${question.path}`, code: String(code), display: question.options?.find(([v]) => v === code)?.[1] ?? String(code) },
      }));
    }
  }
}

export function diaryBundle(diary: Diary, checkIns: readonly CheckIn[]): Bundle {
  const patient: Patient = { resourceType: 'Patient', id: `diary-${diary.id}`, text: { status: 'generated', div: '<div xmlns="http://www.w3.org/1999/xhtml">An anonymous person keeping an Aftercare recovery diary.</div>' } };
  const subject = { reference: `Patient/${patient.id}` };
  const entries: Resource[] = [questionnaireResource(), patient];
  for (const checkIn of checkIns) {
    const responseId = `checkin-${checkIn.id}`;
    const report = { ...checkIn.report, massage: { ...diary.massage, ...checkIn.report.massage } };
    const response: QuestionnaireResponse = {
      resourceType: 'QuestionnaireResponse',
      id: responseId,
      questionnaire: questionnaireUrl,
      status: 'completed',
      subject,
      authored: checkIn.report.reportedAt,
      item: questionnaire.map((section) => ({
        linkId: section.id,
        text: section.title,
        item: section.questions
          .map((q) => ({ linkId: linkId(q.path), text: q.prompt, answer: answersOf(q, valueAt(report, q.path)) }))
          .filter((item) => item.answer && item.answer.length > 0),
      })),
    };
    const observation: Observation = {
      resourceType: 'Observation',
      id: `pain-${checkIn.id}`,
      status: 'final',
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey', display: 'Survey' }] }],
      code: { coding: [{ system: 'http://loinc.org', code: '72514-3', display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported' }] },
      subject,
      effectiveDateTime: checkIn.report.reportedAt,
      valueInteger: checkIn.report.pain.severity,
      derivedFrom: [{ reference: `QuestionnaireResponse/${responseId}` }],
    };
    const assessment = checkIn.assessment;
    const risk: RiskAssessment = {
      resourceType: 'RiskAssessment',
      id: `triage-${checkIn.id}`,
      status: 'final',
      subject,
      occurrenceDateTime: checkIn.report.reportedAt,
      method: { text: `Aftercare triage policy ${assessment.policyVersion}` },
      basis: [{ reference: `QuestionnaireResponse/${responseId}` }, { reference: `Observation/${observation.id}` }],
      prediction: [
        {
          outcome: { text: `${assessment.level}: ${assessment.summary.title}` },
          qualitativeRisk: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/risk-probability', ...riskOf[assessment.level] }] },
          rationale: assessment.reasons.map((r) => r.explanation).join(' '),
        },
      ],
      mitigation: assessment.plan.actions.map((a) => a.text).join(' '),
      note: [{ text: assessment.disclaimer }],
    };
    entries.push(response, observation, risk);
  }
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: checkIns.at(-1)?.report.reportedAt ?? diary.createdAt.toISOString(),
    entry: entries.map((resource): BundleEntry => ({ fullUrl: `${aftercareSystem}/${resource.resourceType}/${resource.id}`, resource })),
  };
}
