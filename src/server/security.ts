// The headers every response carries: a strict Content-Security-Policy (no inline script or style) and the usual others.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

export const securityHeaders: Readonly<Record<string, string>> = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/**
 * JSON answers render nothing, so they carry a policy that allows nothing at all (OWASP REST Security), and
 * are never cached: they hold a person's health answers.
 */
export const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

export const apiSecurityHeaders: Readonly<Record<string, string>> = {
  'content-security-policy': apiContentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

/** Over HTTPS only: browsers then refuse plain HTTP to this site for a year (OWASP HTTP headers). */
export const strictTransportSecurity: Readonly<Record<string, string>> = {
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
};
