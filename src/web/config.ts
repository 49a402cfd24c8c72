// What the web pages need from outside: the clock, an operator's emergency number and the default time zone.
export interface WebConfig {
  /** The clock: the only place the web layer learns what time it is. */
  readonly now: () => Date;
  /** An operator's emergency number (AFTERCARE_EMERGENCY_NUMBER): when set, every page gives it, whatever the country. */
  readonly emergencyNumber?: string | undefined;
  /** Used when the browser did not say (no scripts). */
  readonly defaultTimeZone: string;
}

export const defaultWebConfig: WebConfig = {
  now: () => new Date(),
  defaultTimeZone: 'Europe/London',
};
