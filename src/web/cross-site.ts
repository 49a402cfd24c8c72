// Protection from other sites for every request that changes something (see docs/decisions/0010): a browser says
// where a request comes from (Fetch Metadata's Sec-Fetch-Site, or else Origin), and anything sent from another
// site is refused before a route sees it. Clients that are not browsers send neither and carry no ambient
// credentials, so they pass; the clinic's forms also carry a token tied to the session (csrf.ts).
import type { FastifyRequest } from 'fastify';
import { AppError } from '../contract/errors.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Why the request must be refused as coming from another site, or null when it may go on. `publicOrigin` is asked
 * only for a request that carries an Origin (without PUBLIC_URL it is the listening address, a system call away).
 */
export function crossSiteProblem(
  request: Pick<FastifyRequest, 'method' | 'headers' | 'protocol' | 'host'>,
  publicOrigin: () => string,
): string | null {
  if (safeMethods.has(request.method)) return null;
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string') {
    // `none`: typed or bookmarked by the person; `same-origin`: from a page of this site.
    return site === 'same-origin' || site === 'none' ? null : `Sec-Fetch-Site is ${site}`;
  }
  const origin = request.headers.origin;
  if (typeof origin !== 'string') return null;
  return origin === publicOrigin() || origin === `${request.protocol}://${request.host}` ? null : `Origin ${origin} is another site`;
}

export const crossSiteRefusal = () =>
  new AppError('forbidden', 'This request came from another site, so it was refused. Open Aftercare itself and try again.');
