// A diary as a FHIR R4 Bundle: the Questionnaire of each policy its check-ins used (with the skip logic and the
// follow-ups' conditions), a QuestionnaireResponse per check-in (only the items its Questionnaire enables), an
// Observation per pain score (LOINC 72514-3), a RiskAssessment per triage, and, where care is advised, a
// ServiceRequest with its urgency; all about one anonymous Patient. Codes and their systems: docs/fhir-codes.md.
import type {
  Bundle,
  BundleEntry,
  Extension,
  Observation,
  Patient,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireItemEnableWhen,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  Resource,
  RiskAssessment,
  ServiceRequest,
} from '@medplum/fhirtypes';
import type { Level, PolicyVersion, Report2 } from '../contract/types.ts';
import { isEmergency, readAsWhole } from '../engine/assess.ts';
import { say } from '../contract/sentence.ts';
import { languages } from '../i18n/languages.ts';
import { translator, type MessageId, type Translator } from '../i18n/messages.ts';
import { levelName } from '../knowledge/levels.ts';
import { currentVersion, policies } from '../knowledge/policy.ts';
import { answerAt, type Question, type Questionnaire as Questions } from '../knowledge/questionnaire.ts';
import { severityOf, type CheckIn, type Diary } from '../store/diaries.ts';

export const aftercareSystem = 'https://aftercare.example/fhir';
const questionnaireUrl = `${aftercareSystem}/Questionnaire/lower-back-after-massage`;
const triageLevelSystem = `${aftercareSystem}/CodeSystem/triage-level`;
const enableWhenExpression = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression';

/** What each level asks for, as a request's urgency (FHIR's request-priority): self-care asks for none. */
const priorityOf: Readonly<Record<Level, ServiceRequest['priority'] | null>> = {
  emergency: 'stat',
  urgent: 'asap',
  'see-clinician': 'routine',
  'self-care': null,
};
const careOf: Readonly<Record<Level, string>> = {
  emergency: 'Emergency care now',
  urgent: 'Medical advice the same day',
  'see-clinician': 'An appointment with a doctor or physiotherapist in the next few days',
  'self-care': 'Self-care at home',
};

/** RFC 3339 as FHIR writes it: upper-case T and Z, and an offset FHIR knows (-12:00 to +14:00), else UTC. */
export function fhirDateTime(text: string): string {
  const upper = text.toUpperCase();
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(upper);
  if (!offset) return upper;
  const minutes = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
  return minutes >= -12 * 60 && minutes <= 14 * 60 ? upper : new Date(Date.parse(text)).toISOString();
}

const answerSystem = (question: Question) => `${aftercareSystem}/CodeSystem/${question.path}`;

/** A single answer that is an emergency on its own, by the policy's own rules: after one, nothing else is asked. */
function calmConditions(questions: Questions, version: PolicyVersion): QuestionnaireItemEnableWhen[] {
  const policy = policies[version];
  return questions[0]!.questions.flatMap((question): QuestionnaireItemEnableWhen[] => {
    if (question.items)
      return question.items
        .filter(([path]) => isEmergency({ [path]: true }, policy))
        .map(([path]) => ({ question: path, operator: '=', answerBoolean: false }));
    if (question.kind === 'yes-no')
      return isEmergency({ [question.path]: true }, policy) ? [{ question: question.path, operator: '=', answerBoolean: false }] : [];
    return (question.options ?? [])
      .filter(([value]) => isEmergency({ [question.path]: value }, policy))
      .map(([code]) => ({ question: question.path, operator: '!=', answerCoding: { system: answerSystem(question), code } }));
  });
}

/**
 * FHIRPath for "the answer at this path", over the response being filled in. Every question sits one level under its
 * section; the path says so rather than searching with descendants() or repeat(), which not every engine has.
 */
const answer = (path: string) => `%resource.item.item.where(linkId='${path}').answer.value`;
const hoursAtLeast72 = `(%resource.authored >= (${answer('massage.endedAt')} + 72 hours))`;
const painNotSettling = `(${hoursAtLeast72} and ${answer('pain.trend')}.code != 'better' and ${answer('pain.severity')} >= 1)`;
/** "One of these codes was chosen": exists() with a criterion, since `in` wants a single value on its left. */
const chosen = (path: string, codes: readonly string[]) =>
  `${answer(path)}.code.exists($this in (${codes.map((c) => `'${c}'`).join(' | ')}))`;
const legCodes = chosen('pain.radiation', ['thigh', 'below-knee']);

/** Each follow-up's condition, as the Questionnaire carries it: enableWhen where it is a plain "any of", FHIRPath where not. */
const followUpConditions: Readonly<Record<string, Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior' | 'extension'>>> = (() => {
  const yes = (path: string) => ({ question: path, operator: '=' as const, answerBoolean: true });
  const coding = (path: string, code: string, operator: '=' | '!=' = '=') => ({
    question: path,
    operator,
    answerCoding: { system: `${aftercareSystem}/CodeSystem/${path}`, code },
  });
  const expression = (text: string): Pick<QuestionnaireItem, 'extension'> => ({
    extension: [{ url: enableWhenExpression, valueExpression: { language: 'text/fhirpath', expression: text } }],
  });
  const mechanism = `(${answer('massage.sharpPainDuring')} = true or ${chosen('pain.qualities', ['sharp', 'shooting', 'electric'])} or (${answer('pain.extent')}.code = 'localized' and ${answer('pain.severity')} >= 7))`;
  const nerveSign = `(${answer('nerve.legWeakness')}.code != 'none' or ${answer('nerve.numbness')}.code != 'none' or ${answer('nerve.tingling')}.code = 'persistent' or ${legCodes})`;
  return {
    'nerve.bothLegs': {
      enableWhen: [
        coding('pain.radiation', 'thigh'),
        coding('pain.radiation', 'below-knee'),
        coding('nerve.numbness', 'none', '!='),
        coding('nerve.tingling', 'none', '!='),
      ],
      enableBehavior: 'any',
    },
    'history.aged70OrOver': expression(mechanism),
    'history.fragileBones': expression(mechanism),
    // These depend on the hours since the massage: only an expression can say so.
    'history.cancer': expression(`${nerveSign} or ${painNotSettling}`),
    'pain.nightPainPreventsSleep': expression(`${answer('history.cancer')} = true and ${painNotSettling}`),
    // Policy 3's follow-ups: each asked after one answer, or either of two.
    'bladderBowel.redUrineAfterPressure': { enableWhen: [yes('bladderBowel.bloodInUrine')] },
    alsoUnwell: { enableWhen: [yes('bladderBowel.brownUrine'), yes('general.fever')], enableBehavior: 'any' },
    'general.seriousAccident': { enableWhen: [yes('general.recentFallOrInjury')] },
  };
})();

/** HL7's extension for the same text in another language, one per language, on the element's `_text` / `_display`. */
export const translationExtension = 'http://hl7.org/fhir/StructureDefinition/translation';
const english = translator('en');

/**
 * A FHIR string allows no white space but the space, tab and line breaks (R4's `[ \r\n\t\S]+`): French's no-break
 * spaces (before "?", inside « ») become plain spaces there, as a system reading FHIR expects them.
 */
const fhirString = (text: string) => text.replace(/[^\S \r\n\t]/g, ' ');

/** A FHIR primitive's extensions: its words in every language but English, which the element itself holds. */
function translations(wordsIn: (t: Translator) => string): { extension: Extension[] } {
  return {
    extension: languages
      .filter((language) => language !== 'en')
      .map((language) => ({
        url: translationExtension,
        extension: [
          { url: 'lang', valueCode: language },
          { url: 'content', valueString: fhirString(wordsIn(translator(language))) },
        ],
      })),
  };
}

/** An element's text in English, and in the other languages beside it. */
const textOf = (id: MessageId) => ({ text: english(id), _text: translations((t) => t(id)) });

function itemOf(question: Question): QuestionnaireItem {
  // A list that may be left empty (no pain quality ticked at pain 0), and a follow-up, are never required.
  const required = !question.optional && !question.followUp && question.kind !== 'choices';
  const base = { linkId: question.path, ...textOf(question.prompt), required, ...followUpConditions[question.path] };
  switch (question.kind) {
    case 'yes-no':
      return { ...base, type: 'boolean' };
    case 'score':
      return { ...base, type: 'integer' };
    case 'instant':
      return { ...base, type: 'dateTime' };
    case 'checklist':
      // Each item is answered (ticked or not) whenever the list is asked; a follow-up list only when its condition holds.
      return {
        linkId: question.path,
        type: 'group',
        ...textOf(question.prompt),
        ...followUpConditions[question.path],
        item: (question.items ?? []).map(([path, label]) => ({ linkId: path, ...textOf(label), type: 'boolean', required: true })),
      };
    default:
      return {
        ...base,
        type: 'choice',
        repeats: question.kind === 'choices',
        answerOption: (question.options ?? []).map(([code, display]) => ({
          valueCoding: { system: answerSystem(question), code, display: english(display), _display: translations((t) => t(display)) },
        })),
      };
  }
}

/** The questionnaire of a policy, with its skip logic: after an emergency answer nothing else is asked. */
export function questionnaireResource(version: PolicyVersion = currentVersion): Questionnaire {
  const [redFlags, ...rest] = policies[version].questionnaire;
  const calm = calmConditions(policies[version].questionnaire, version);
  const title = { id: 'questionnaire.fhir.title', values: { version } } as const;
  return {
    resourceType: 'Questionnaire',
    id: `lower-back-after-massage-${version}`,
    url: questionnaireUrl,
    version,
    status: 'active',
    title: say(english, title),
    _title: translations((t) => say(t, title)),
    item: [
      { linkId: redFlags!.id, type: 'group', ...textOf(redFlags!.title), item: redFlags!.questions.map(itemOf) },
      ...rest.map((section): QuestionnaireItem => ({
        linkId: section.id,
        type: 'group',
        ...textOf(section.title),
        enableWhen: calm,
        enableBehavior: 'all',
        item: section.questions.map(itemOf),
      })),
    ],
  } as Questionnaire;
}

/** A response's answer in English words, as its Questionnaire's own text (a code it does not offer, as itself). */
function optionWords(question: Question, code: unknown): string {
  const label = question.options?.find(([v]) => v === code)?.[1];
  return label ? english(label) : String(code);
}

function answersOf(question: Question, value: unknown): QuestionnaireResponseItem['answer'] {
  if (value === undefined) return undefined;
  switch (question.kind) {
    case 'yes-no':
      return [{ valueBoolean: Boolean(value) }];
    case 'score':
      return [{ valueInteger: Number(value) }];
    case 'instant':
      return typeof value === 'string' ? [{ valueDateTime: fhirDateTime(value) }] : undefined;
    default: {
      const values = Array.isArray(value) ? value : [value];
      return values.map((code) => ({
        valueCoding: {
          system: answerSystem(question),
          code: String(code),
          display: optionWords(question, code),
        },
      }));
    }
  }
}

/** Whether a section is enabled by its enableWhen, as a FHIR validator decides it. */
function enabled(item: Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior'>, report: unknown): boolean {
  if (!item.enableWhen?.length) return true;
  const holds = item.enableWhen.map((condition) => {
    const given = answerAt(report, condition.question);
    if (given === undefined) return false;
    const expected = condition.answerBoolean ?? condition.answerCoding?.code;
    const same = Array.isArray(given) ? given.includes(expected) : given === expected;
    return condition.operator === '=' ? same : !same;
  });
  return item.enableBehavior === 'all' ? holds.every(Boolean) : holds.some(Boolean);
}

/**
 * The answered items of a check-in that its Questionnaire enables: after an emergency answer only the red flags, and
 * a follow-up only where the policy asks it (one given when it was not needed was used by the triage, but the
 * Questionnaire disables it, so a response cannot carry it).
 */
/**
 * The response's items: the answers `given` (a check-in stopped at an emergency answer has only those it reached),
 * with each follow-up's condition and each section's read on the `whole` report.
 */
function responseItems(
  questions: Questions,
  given: unknown,
  whole: Report2,
  hours: number,
  calm: QuestionnaireItemEnableWhen[],
): QuestionnaireResponseItem[] {
  return questions
    .filter((section, k) => k === 0 || enabled({ enableWhen: calm, enableBehavior: 'all' }, whole))
    .map((section) => ({
      linkId: section.id,
      text: english(section.title),
      item: section.questions.flatMap((question): QuestionnaireResponseItem[] => {
        if (question.followUp && !question.followUp.when(whole, hours)) return [];
        if (question.items) {
          const items = question.items.flatMap(([path, label]) => {
            const answer = answerAt(given, path);
            return answer === undefined ? [] : [{ linkId: path, text: english(label), answer: [{ valueBoolean: Boolean(answer) }] }];
          });
          return items.length ? [{ linkId: question.path, text: english(question.prompt), item: items }] : [];
        }
        const answers = answersOf(question, answerAt(given, question.path));
        if (!answers?.length) return [];
        return [{ linkId: question.path, text: english(question.prompt), answer: answers }];
      }),
    }))
    .filter((section) => section.item.length > 0);
}

export function diaryBundle(diary: Diary, checkIns: readonly CheckIn[]): Bundle {
  const patient: Patient = {
    resourceType: 'Patient',
    id: `diary-${diary.id}`,
    text: {
      status: 'generated',
      div: '<div xmlns="http://www.w3.org/1999/xhtml">An anonymous person keeping an Aftercare recovery diary.</div>',
    },
  };
  const subject = { reference: `Patient/${patient.id}` };
  const versions: PolicyVersion[] = [...new Set(checkIns.map((c) => c.assessment.policyVersion))].sort();
  const entries: Resource[] = [...(versions.length ? versions : [currentVersion]).map((v) => questionnaireResource(v)), patient];
  for (const checkIn of checkIns) {
    const version = checkIn.assessment.policyVersion;
    const questions = policies[version].questionnaire;
    const responseId = `checkin-${checkIn.id}`;
    const report = { ...checkIn.report, massage: { ...diary.massage, ...checkIn.report.massage } };
    const whole = checkIn.stopped ? readAsWhole(report, policies[version]) : (report as Report2);
    const at = fhirDateTime(checkIn.report.reportedAt);
    const response: QuestionnaireResponse = {
      resourceType: 'QuestionnaireResponse',
      id: responseId,
      questionnaire: `${questionnaireUrl}|${version}`,
      // A check-in kept at its first emergency answer was left there, on purpose: R4's "stopped".
      status: checkIn.stopped ? 'stopped' : 'completed',
      subject,
      authored: at,
      item: responseItems(questions, report, whole, checkIn.assessment.hoursSinceMassage, calmConditions(questions, version)),
    };
    // Only what the person said: a check-in that stopped before the pain score has no pain-score observation.
    const severity = severityOf(checkIn);
    const observation: Observation | undefined =
      severity === undefined
        ? undefined
        : {
            resourceType: 'Observation',
            id: `pain-${checkIn.id}`,
            status: 'final',
            category: [
              { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey', display: 'Survey' }] },
            ],
            code: {
              coding: [
                { system: 'http://loinc.org', code: '72514-3', display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported' },
              ],
            },
            subject,
            effectiveDateTime: at,
            valueInteger: severity,
            derivedFrom: [{ reference: `QuestionnaireResponse/${responseId}` }],
          };
    const { assessment } = checkIn;
    const risk: RiskAssessment = {
      resourceType: 'RiskAssessment',
      id: `triage-${checkIn.id}`,
      status: 'final',
      subject,
      occurrenceDateTime: at,
      method: { text: `Aftercare triage, policy ${assessment.policyVersion}` },
      basis: [
        { reference: `QuestionnaireResponse/${responseId}` },
        ...(observation ? [{ reference: `Observation/${observation.id}` }] : []),
      ],
      // What the triage says is the care the person needs, not a likelihood: the outcome is the level itself.
      prediction: [
        {
          outcome: {
            coding: [{ system: triageLevelSystem, code: assessment.level, display: levelName(assessment.level, translator('en')) }],
            text: assessment.summary.title,
          },
          rationale: assessment.reasons.map((r) => r.explanation).join(' '),
        },
      ],
      mitigation: assessment.plan.actions.map((a) => a.text).join(' '),
      note: [{ text: assessment.disclaimer }],
    };
    entries.push(response, ...(observation ? [observation] : []), risk);
    const priority = priorityOf[assessment.level];
    if (priority) {
      const request: ServiceRequest = {
        resourceType: 'ServiceRequest',
        id: `care-${checkIn.id}`,
        status: 'active',
        intent: 'proposal',
        priority,
        code: { text: careOf[assessment.level] },
        subject,
        authoredOn: at,
        // R4 allows a reason to reference only a Condition, Observation, DiagnosticReport or DocumentReference: the
        // triage that asks for this care is supporting information.
        supportingInfo: [{ reference: `RiskAssessment/${risk.id}` }],
        note: [{ text: assessment.summary.doNow }],
      };
      entries.push(request);
    }
  }
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: checkIns.length ? fhirDateTime(checkIns.at(-1)!.report.reportedAt) : diary.createdAt.toISOString(),
    entry: entries.map((resource): BundleEntry => ({ fullUrl: `${aftercareSystem}/${resource.resourceType}/${resource.id}`, resource })),
  };
}
