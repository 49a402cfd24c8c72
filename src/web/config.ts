// What the web pages need from outside: the clock, the emergency number and the default time zone.
export interface WebConfig {
  /** The clock: the only place the web layer learns what time it is. */
  readonly now: () => Date;
  /** Dialled by the emergency page's call button. */
  readonly emergencyNumber: string;
  /** Used when the browser did not say (no scripts). */
  readonly defaultTimeZone: string;
}

export const defaultWebConfig: WebConfig = {
  now: () => new Date(),
  emergencyNumber: '112',
  defaultTimeZone: 'Europe/London',
};
