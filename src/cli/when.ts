// Reads when the massage ended as a person types it: "yesterday 17:00", "2026-03-02 17:00", "17:00", "20 hours ago".
import { instantProblem } from '../contract/instant.ts';
import { instantOfWallTime, withOffset } from '../present/time.ts';

const hour = 3_600_000;

function todayIn(timeZone: string, now: Date): { year: number; month: number; day: number } {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(now)
    .split('-')
    .map(Number) as [number, number, number];
  return { year, month, day };
}

/** An RFC 3339 instant with the zone's offset, or a message saying what could not be read. */
export function readWhen(text: string, now: Date, timeZone: string): { instant: string } | { problem: string } {
  const said = text.trim().toLowerCase();
  let at: Date | null = null;

  const ago = /^(\d+(?:\.\d+)?)\s*(h|hrs?|hours?|d|days?|m|mins?|minutes?)\s+ago$/.exec(said);
  const clock = /^(?:(today|yesterday)\s+)?(?:at\s+)?(\d{1,2})[:.](\d{2})$/.exec(said);
  const dated = /^(\d{4})-(\d{2})-(\d{2})[ t](\d{1,2}):(\d{2})$/.exec(said);

  if (said === 'now' || said === 'just now') at = now;
  else if (ago) {
    const unit = ago[2]!.startsWith('d') ? 24 * hour : ago[2]!.startsWith('m') ? 60_000 : hour;
    at = new Date(now.getTime() - Number(ago[1]) * unit);
  } else if (clock) {
    const [hourOfDay, minute] = [Number(clock[2]), Number(clock[3])];
    if (hourOfDay > 23 || minute > 59) return { problem: `${clock[2]}:${clock[3]} is not a time of day.` };
    const today = todayIn(timeZone, now);
    const onDay = (back: number) => {
      const day = new Date(Date.UTC(today.year, today.month - 1, today.day - back));
      return instantOfWallTime(
        { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour: hourOfDay, minute },
        timeZone,
      );
    };
    at = onDay(clock[1] === 'yesterday' ? 1 : 0);
    // A bare time later than now means yesterday: nobody reports on a massage that has not ended.
    if (!clock[1] && at > now) at = onDay(1);
  } else if (dated) {
    const probe = `${dated[1]}-${dated[2]}-${dated[3]}T${dated[4]!.padStart(2, '0')}:${dated[5]}:00Z`;
    const problem = instantProblem(probe);
    if (problem) return { problem: `That date ${problem.replace(/^has/, 'has')}.` };
    at = instantOfWallTime(
      { year: Number(dated[1]), month: Number(dated[2]), day: Number(dated[3]), hour: Number(dated[4]), minute: Number(dated[5]) },
      timeZone,
    );
  } else if (instantProblem(text.trim()) === null) {
    at = new Date(text.trim());
    if (at > now) return { problem: 'That time is in the future. When did the massage end?' };
    return { instant: text.trim() };
  }

  if (!at) return { problem: 'Sorry, I could not read that time. Try "yesterday 17:00", "2026-03-02 17:00" or "20 hours ago".' };
  if (at.getTime() > now.getTime()) return { problem: 'That time is in the future. When did the massage end?' };
  return { instant: withOffset(at, timeZone) };
}
