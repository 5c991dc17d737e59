import { fail, notFound, type SipxCall, type SipxHandler } from '../call.ts';
import { findHuntGroup, huntGroups, huntGroupView, liveRing, orderedHuntGroups, type HuntGroupRow, type RingRow } from '../models/hunt-groups.ts';
import { SEQUENCES } from '../models/tables.ts';
import { findUser, nameTaken } from '../models/users.ts';

interface RingInput {
  userName: string;
  expiration?: number | string;
  type?: string;
}
interface HuntGroupInput {
  name?: string;
  extension?: string;
  description?: string | null;
  enabled?: boolean;
  did?: string | null;
  ringBeans?: RingInput[] | null;
  fallbackDestination?: string | null;
  voicemailFallback?: boolean;
  userForward?: boolean;
  useFwdTimers?: boolean;
}

const EXTENSION = /^[A-Za-z0-9_.+*#-]{1,40}$/;

function groupOr404(call: SipxCall<{ extension: string }>): HuntGroupRow {
  return findHuntGroup(call.context, call.args.extension) ?? notFound(call, `hunt group ${call.args.extension}`);
}

/** Extension, name and DID are each used once (the extension shares the dial plan with users and aliases). */
function refuseClashes(call: SipxCall, wanted: Pick<HuntGroupRow, 'extension' | 'name' | 'did'>, exceptId?: number): void {
  const others = huntGroups(call.context).values().filter((g) => g.id !== exceptId);
  if (!EXTENSION.test(wanted.extension)) fail('validationFailed', `Failed input validation: "${wanted.extension}" is not a valid extension`);
  if (others.some((g) => g.extension === wanted.extension) || nameTaken(call.context, wanted.extension)) {
    fail('duplicate', `Failed input validation: extension ${wanted.extension} is already in use`);
  }
  if (others.some((g) => g.name === wanted.name)) fail('duplicate', `Failed input validation: a hunt group is already named ${wanted.name}`);
  if (wanted.did !== null && others.some((g) => g.did === wanted.did)) fail('duplicate', `Failed input validation: DID ${wanted.did} is already used by another hunt group`);
}

function ringType(text: string | undefined): RingRow['type'] {
  const t = (text ?? 'if no response').trim().toLowerCase().replace(/_/g, ' ');
  if (t === 'if no response' || t === 'delayed') return 'if no response';
  if (t === 'at the same time' || t === 'immediate') return 'at the same time';
  fail('validationFailed', `Failed input validation: ring type "${text}" is neither "if no response" nor "at the same time"`);
}

/** A ring list from ringBeans: every member an existing user, a whole number of seconds. */
function ringOf(call: SipxCall, beans: RingInput[]): RingRow[] {
  return beans.map((bean) => {
    const user = findUser(call.context, bean.userName) ?? fail('validationFailed', `Failed input validation: no user ${bean.userName} for the ring list`);
    const expiration = bean.expiration === undefined ? 30 : Number(bean.expiration);
    if (!Number.isInteger(expiration) || expiration < 1 || expiration > 3600) fail('validationFailed', `Failed input validation: expiration must be 1 … 3600 seconds`);
    return { userId: user.id, expiration, type: ringType(bean.type) };
  });
}

/** The fields a body sets (absent ones are left out, so an update keeps them). */
function fieldsOf(call: SipxCall, body: HuntGroupInput): Partial<HuntGroupRow> {
  const out: Partial<HuntGroupRow> = {};
  if (body.name !== undefined) out.name = body.name;
  if (body.extension !== undefined) out.extension = body.extension;
  if (body.description !== undefined) out.description = body.description ?? '';
  if (body.did !== undefined) out.did = body.did === '' ? null : body.did;
  if (body.ringBeans !== undefined) out.ring = ringOf(call, body.ringBeans ?? []);
  if (body.fallbackDestination !== undefined) out.fallbackDestination = body.fallbackDestination === '' ? null : body.fallbackDestination;
  for (const flag of ['enabled', 'voicemailFallback', 'userForward', 'useFwdTimers'] as const) if (body[flag] !== undefined) out[flag] = body[flag];
  return out;
}

const list = (call: SipxCall, rows: HuntGroupRow[]) => ({ callGroups: rows.map((g) => huntGroupView(call.context, g)) });

export const huntGroupHandlers: Record<string, SipxHandler> = {
  'GET /callgroups': (call: SipxCall) => list(call, orderedHuntGroups(call.context)),

  'GET /callgroups/prefix/{prefix}': (call: SipxCall<{ prefix: string }>) =>
    list(call, orderedHuntGroups(call.context).filter((g) => g.extension.startsWith(call.args.prefix))),

  'GET /callgroups/{extension}': (call: SipxCall<{ extension: string }>) => huntGroupView(call.context, groupOr404(call)),

  'POST /callgroups': (call: SipxCall<{ body: HuntGroupInput }>) => {
    const fields = fieldsOf(call, call.args.body);
    if (!fields.name || !fields.extension) fail('validationFailed', 'Failed input validation: a hunt group needs a name and an extension');
    const row: HuntGroupRow = {
      id: 0,
      name: fields.name,
      extension: fields.extension,
      description: '',
      enabled: true,
      did: null,
      ring: [],
      fallbackDestination: null,
      voicemailFallback: true,
      userForward: true,
      useFwdTimers: false,
      ...fields,
    };
    refuseClashes(call, row);
    row.id = call.context.state.nextId(SEQUENCES.huntGroups);
    huntGroups(call.context).set(row.id, row);
    return undefined;
  },

  'PUT /callgroups/{extension}': (call: SipxCall<{ extension: string; body: HuntGroupInput }>) => {
    const row = groupOr404(call);
    const changes = fieldsOf(call, call.args.body);
    refuseClashes(call, { ...row, ...changes }, row.id);
    huntGroups(call.context).update(row.id, changes);
    return undefined;
  },

  'DELETE /callgroups/{extension}': (call: SipxCall<{ extension: string }>) => {
    huntGroups(call.context).delete(groupOr404(call).id);
    return undefined;
  },

  'POST /callgroups/{extension}/duplicate/{newExtension}': (call: SipxCall<{ extension: string; newExtension: string }>) => {
    const source = groupOr404(call);
    const taken = new Set(huntGroups(call.context).values().map((g) => g.name));
    let name = `${source.name} ${call.args.newExtension}`;
    for (let n = 2; taken.has(name); n++) name = `${source.name} ${call.args.newExtension} (${n})`;
    const copy: HuntGroupRow = { ...source, id: 0, name, extension: call.args.newExtension, did: null, ring: liveRing(call.context, source) };
    refuseClashes(call, copy);
    copy.id = call.context.state.nextId(SEQUENCES.huntGroups);
    huntGroups(call.context).set(copy.id, copy);
    return undefined;
  },

  'POST /callgroups/{extension}/rotate/{ringExtension}': (call: SipxCall<{ extension: string; ringExtension: string }>) => {
    const row = groupOr404(call);
    const ring = liveRing(call.context, row);
    const member = findUser(call.context, call.args.ringExtension);
    const at = member ? ring.findIndex((r) => r.userId === member.id) : -1;
    if (at < 0) notFound(call, `ring member ${call.args.ringExtension} of hunt group ${row.extension}`);
    // "rings 1,2,3,4,5 where ringExtension = 3 will be 4,5,1,2,3" (index A23).
    huntGroups(call.context).update(row.id, { ring: [...ring.slice(at + 1), ...ring.slice(0, at + 1)] });
    return undefined;
  },
};
