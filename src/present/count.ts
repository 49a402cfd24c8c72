// A number with its noun in the right form: "1 check-in", "2 check-ins", "0 check-ins".
const english = new Intl.PluralRules('en-GB');

export const counted = (count: number, one: string, other: string): string => `${count} ${english.select(count) === 'one' ? one : other}`;

/** How many check-ins a diary or a session has, in words. */
export const checkInCount = (count: number): string => counted(count, 'check-in', 'check-ins');
