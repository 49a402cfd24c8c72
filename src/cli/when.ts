// Reads when the massage ended as a person types it, in their language or in English: "yesterday 17:00",
// "ayer a las 17:00", "hier 17h30", "gestern um 17 Uhr"... "2026-03-02 17:00", "17:00", "20 hours ago", "vor 2 Tagen".
// The words it knows are the catalogue's (`cli.when.*`), English's always among them.
import { instantSentence, isInstant } from '../contract/instant.ts';
import { say } from '../contract/sentence.ts';
import { translator, type MessageId, type Translator } from '../i18n/messages.ts';
import { instantOfWallTime, withOffset } from '../present/time.ts';

const hour = 3_600_000;
const english = translator('en');

function todayIn(timeZone: string, now: Date): { year: number; month: number; day: number } {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(now)
    .split('-')
    .map(Number) as [number, number, number];
  return { year, month, day };
}

/** Typed apostrophes and spaces made one kind, letters lower-case: "Aujourd’hui" reads as "aujourd'hui". */
const plain = (text: string, t: Translator) => text.trim().toLocaleLowerCase(t.language).replace(/[’‘]/g, "'").replace(/\s+/g, ' ');

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words of a `cli.when.*` message in English and in `t`'s language, as one alternation for a pattern. */
function words(id: MessageId, t: Translator): string[] {
  const said = [english(id), t(id)].flatMap((list) => list.split(','));
  return [...new Set(said.map((word) => plain(word, t)).filter(Boolean))];
}

const anyOf = (list: readonly string[]) =>
  `(?:${[...list]
    .sort((a, b) => b.length - a.length)
    .map(escaped)
    .join('|')})`;

/** "20 hours ago" as the language says it (`{amount} {unit} ago`, `hace {amount} {unit}`), English's too. */
function agoPatterns(t: Translator, unit: string): RegExp[] {
  const forms = new Set([english, t].map((say) => plain(say('cli.when.ago', { amount: '\u0001', unit: '\u0002' }), t)));
  return [...forms].map(
    (form) =>
      new RegExp(`^${escaped(form).replace(/ /g, '\\s*').replace('\u0001', '(\\d+(?:[.,]\\d+)?)').replace('\u0002', `(${unit})`)}$`, 'u'),
  );
}

/** The length of one unit ("hours", "Tagen", "j") in milliseconds. */
function unitLength(unit: string, t: Translator): number {
  if (words('cli.when.minutes', t).includes(unit)) return 60_000;
  return words('cli.when.hours', t).includes(unit) ? hour : 24 * hour;
}

/** An RFC 3339 instant with the zone's offset, or a message in `t`'s language saying what could not be read. */
export function readWhen(text: string, now: Date, timeZone: string, t: Translator): { instant: string } | { problem: string } {
  const said = plain(text, t);
  let at: Date | null = null;

  const units = anyOf([...words('cli.when.minutes', t), ...words('cli.when.hours', t), ...words('cli.when.days', t)]);
  const ago = agoPatterns(t, units)
    .map((pattern) => pattern.exec(said))
    .find(Boolean);
  const yesterday = words('cli.when.yesterday', t);
  const day = anyOf([...words('cli.when.today', t), ...yesterday]);
  let clock = new RegExp(
    `^(?:(${day}) )?(?:${anyOf(words('cli.when.at', t))} )?(\\d{1,2})(?: ?[:.h] ?(\\d{2}))?(?: ?(${anyOf(words('cli.when.o-clock', t))}))?$`,
    'u',
  ).exec(said);
  // An hour alone is a time only with its word ("17 Uhr", "17 h"): a bare number is not.
  if (clock && clock[3] === undefined && clock[4] === undefined) clock = null;
  const dated = /^(\d{4})-(\d{2})-(\d{2})[ t](\d{1,2}):(\d{2})$/.exec(said);

  if (words('cli.when.now', t).includes(said)) at = now;
  else if (ago) {
    at = new Date(now.getTime() - Number(ago[1]!.replace(',', '.')) * unitLength(ago[2]!, t));
  } else if (clock) {
    const [hourOfDay, minute] = [Number(clock[2]), Number(clock[3] ?? 0)];
    if (hourOfDay > 23 || minute > 59) return { problem: t('cli.when.not-a-time', { time: `${clock[2]}:${clock[3] ?? '00'}` }) };
    const today = todayIn(timeZone, now);
    const onDay = (back: number) => {
      const day = new Date(Date.UTC(today.year, today.month - 1, today.day - back));
      return instantOfWallTime(
        { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour: hourOfDay, minute },
        timeZone,
      );
    };
    at = onDay(clock[1] && yesterday.includes(clock[1]) ? 1 : 0);
    // A bare time later than now means yesterday: nobody reports on a massage that has not ended.
    if (!clock[1] && at > now) at = onDay(1);
  } else if (dated) {
    const probe = `${dated[1]}-${dated[2]}-${dated[3]}T${dated[4]!.padStart(2, '0')}:${dated[5]}:00Z`;
    const problem = instantSentence(probe);
    if (problem) return { problem: t('cli.when.bad-date', { problem: say(t, problem) }) };
    at = instantOfWallTime(
      { year: Number(dated[1]), month: Number(dated[2]), day: Number(dated[3]), hour: Number(dated[4]), minute: Number(dated[5]) },
      timeZone,
    );
  } else if (isInstant(text.trim())) {
    at = new Date(text.trim());
    if (at > now) return { problem: t('cli.when.future') };
    return { instant: text.trim() };
  }

  if (!at) return { problem: t('cli.when.unreadable') };
  if (at.getTime() > now.getTime()) return { problem: t('cli.when.future') };
  return { instant: withOffset(at, timeZone) };
}
