// A clinic's clients: one record each, by the reference the clinic knows them by, with their sessions under it.
// A member sees the clients they may see a session of (an admin every client of the clinic, a therapist those they
// recorded a session for). Part of the clinic store (clinics.ts).
import { sql, type Kysely } from 'kysely';
import type { Schema } from './schema.ts';
import type { Scope } from './clinic-sessions.ts';

export interface Client {
  readonly id: string;
  readonly reference: string;
  /** Sessions of this client the member may see, and when the latest of them ended. */
  readonly sessions: number;
  readonly lastEndedAt: Date | null;
}

/** How many clients a search or the session form's list shows at most. */
export const clientListSize = 50;

/** A search's text as a LIKE pattern that matches it anywhere, its wildcards taken literally. */
const containing = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The client of a clinic with this reference (in any case), added when there is none; with `on` (the database or a
 * transaction). Of two added at once, both get the one that was kept.
 */
export async function clientByReference(on: Kysely<Schema>, clinicId: string, reference: string, newId: string, at: Date) {
  await sql`insert into clinic_clients (id, clinic_id, reference, created_at) values (${newId}, ${clinicId}, ${reference}, ${at})
    on conflict (clinic_id, lower(reference)) do nothing`.execute(on);
  return on
    .selectFrom('clinic_clients')
    .select(['id', 'reference'])
    .where('clinic_id', '=', clinicId)
    .where(sql`lower(reference)`, '=', reference.toLowerCase())
    .executeTakeFirstOrThrow();
}

export function clinicClientStore(db: Kysely<Schema>) {
  /** The clients in scope, with their sessions in scope counted; a therapist's only those with a session of theirs. */
  const clientsIn = (scope: Scope) =>
    db
      .selectFrom('clinic_clients as c')
      .leftJoin('clinic_sessions as s', (join) => {
        const ofClient = join.onRef('s.client_id', '=', 'c.id');
        return scope.therapistId === null ? ofClient : ofClient.on('s.therapist_id', '=', scope.therapistId);
      })
      .select((eb) => ['c.id', 'c.reference', eb.fn.count<string>('s.id').as('sessions'), eb.fn.max('s.ended_at').as('last_ended_at')])
      .where('c.clinic_id', '=', scope.clinicId)
      .groupBy(['c.id', 'c.reference'])
      .$if(scope.therapistId !== null, (q) => q.having((eb) => eb.fn.count('s.id'), '>', 0));
  const toClient = (row: { id: string; reference: string; sessions: string | number; last_ended_at: Date | null }): Client => ({
    id: row.id,
    reference: row.reference,
    sessions: Number(row.sessions),
    lastEndedAt: row.last_ended_at ? new Date(row.last_ended_at) : null,
  });

  return {
    /** Clients in scope whose reference contains `search` (every one when it is empty), the most recently seen first. */
    async clients(scope: Scope, search = '', limit = clientListSize): Promise<Client[]> {
      const rows = await clientsIn(scope)
        .$if(search !== '', (q) => q.where(sql`lower(c.reference)`, 'like', containing(search)))
        .orderBy(sql`max(s.ended_at) desc nulls last`)
        .orderBy('c.reference')
        .limit(limit)
        .execute();
      return rows.map(toClient);
    },

    async findClient(scope: Scope, id: string): Promise<Client | undefined> {
      const row = await clientsIn(scope).where('c.id', '=', id).executeTakeFirst();
      return row ? toClient(row) : undefined;
    },
  };
}
