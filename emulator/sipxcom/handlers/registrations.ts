import { REGISTRATION_FILTERS } from '../../../contracts/sipxcom/registrations.ts';
import { fail, notFound, type SipxCall, type SipxHandler } from '../call.ts';
import { liveRegistrations, registrationFilter, registrations, registrationView, type RegistrationRow } from '../models/registrations.ts';

interface StartLimit {
  start?: string;
  limit?: string;
}

function count(text: string | undefined, name: string): number | undefined {
  if (text === undefined || text === '') return undefined;
  if (!/^\d{1,9}$/.test(text)) fail('validationFailed', `Failed input validation: ${name} must be a whole number ≥ 0`);
  return Number(text);
}

/** `start` = 0-based offset, `limit` = most rows (contract decision; quirk registrations-start-limit). */
function window(rows: RegistrationRow[], args: StartLimit): RegistrationRow[] {
  const start = count(args.start, 'start') ?? 0;
  const limit = count(args.limit, 'limit');
  return rows.slice(start, limit === undefined ? undefined : start + limit);
}

function matching(call: SipxCall, segment: string, key: string): RegistrationRow[] {
  const filter = registrationFilter(call.context, segment, key);
  if (!filter) notFound(call, `${segment} ${key}`);
  return liveRegistrations(call.context).filter(filter);
}

const list = (call: SipxCall, rows: RegistrationRow[]) => ({ registrations: rows.map((r) => registrationView(call.context, r)) });

export const registrationHandlers: Record<string, SipxHandler> = {
  'GET /registrations': (call: SipxCall<StartLimit>) => list(call, window(liveRegistrations(call.context), call.args)),
  ...Object.fromEntries(
    REGISTRATION_FILTERS.flatMap((f): Array<[string, SipxHandler]> => [
      [
        `GET /registrations/${f.segment}/{${f.param}}`,
        (call: SipxCall<Record<string, string> & StartLimit>) => list(call, window(matching(call, f.segment, call.args[f.param]), call.args)),
      ],
      [
        `DELETE /registrations/${f.segment}/{${f.param}}`,
        (call: SipxCall<Record<string, string>>) => {
          for (const row of matching(call, f.segment, call.args[f.param])) registrations(call.context).delete(row.id);
          return undefined;
        },
      ],
    ]),
  ),
};
