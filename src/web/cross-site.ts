// Protection from other sites for every request that changes something (see docs/decisions/0010): a browser says
// where a request comes from (Fetch Metadata's Sec-Fetch-Site, or else Origin), and anything sent from another
// site is refused before a route sees it. Clients that are not browsers send neither and carry no ambient
// credentials, so they pass; the clinic's forms also carry a token tied to the session (csrf.ts).
import type { FastifyRequest } from 'fastify';
import { AppError } from '../contract/errors.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether the request must be refused as coming from another site. `publicOrigin` is asked only for a request that
 * carries an Origin (without PUBLIC_URL it is the listening address, a system call away).
 */
export function isFromAnotherSite(
  request: Pick<FastifyRequest, 'method' | 'headers' | 'protocol' | 'host'>,
  publicOrigin: () => string,
): boolean {
  if (safeMethods.has(request.method)) return false;
  const site = request.headers['sec-fetch-site'];
  // `none`: typed or bookmarked by the person; `same-origin`: from a page of this site.
  if (typeof site === 'string') return site !== 'same-origin' && site !== 'none';
  const origin = request.headers.origin;
  if (typeof origin !== 'string') return false;
  return origin !== publicOrigin() && origin !== `${request.protocol}://${request.host}`;
}

/** The refusal, worded in the reader's language when it is sent. */
export const crossSiteRefusal = () => new AppError('forbidden', { id: 'questionnaire.api.cross-site' });
