import { envelope, fail, notFound, type SipxCall, type SipxHandler } from '../call.ts';
import {
  assignedErl,
  assignErl,
  clearErl,
  deleteErl,
  erls,
  erlView,
  findErl,
  orderedErls,
  phoneLocations,
  type ErlRow,
  type ErlTargetKind,
} from '../models/e911.ts';
import { findPhoneGroupByName } from '../models/phone-groups.ts';
import { findPhone, type PhoneRow } from '../models/phones.ts';
import { SEQUENCES } from '../models/tables.ts';
import { findUserGroup } from '../models/user-groups.ts';
import { findUser } from '../models/users.ts';

type ErlInput = { elin?: string; location?: string | null; addressInfo?: string | null; description?: string | null };
/** A reference to an ERL in an assignment body: the ELIN as text, or an object carrying `elin`. */
type ErlReference = string | { elin?: string | number | null };

const ELIN = /^\+?[0-9]{1,40}$/;

/** The ELIN a reference names ('' / null = none). */
function elinOf(ref: ErlReference | undefined): string {
  if (ref === undefined) return '';
  if (typeof ref === 'string') return ref.trim();
  return ref.elin === undefined || ref.elin === null ? '' : String(ref.elin).trim();
}

/** The ERL an assignment body names; a wrong ELIN is 400 (doc 839). */
function erlFor(ref: ErlReference | undefined): (call: SipxCall) => ErlRow {
  return (call) => {
    const elin = elinOf(ref);
    if (!elin) fail('wrongElinOrSerial', 'Wrong ELIN: the body names no ELIN (send it as plain text)');
    return findErl(call.context, elin) ?? fail('wrongElinOrSerial', `Wrong ELIN: no ERL has ELIN ${elin}`);
  };
}

/** Resolvers of the targets named in the paths: user name, user group name, phone group name. */
const TARGETS: Record<Exclude<ErlTargetKind, 'phone'>, { what: string; find: (call: SipxCall, name: string) => { id: number } | undefined }> = {
  user: { what: 'user', find: (call, name) => findUser(call.context, name) },
  userGroup: { what: 'user group', find: (call, name) => findUserGroup(call.context, name) },
  phoneGroup: { what: 'phone group', find: (call, name) => findPhoneGroupByName(call.context, name) },
};

function targetOr404(call: SipxCall, kind: keyof typeof TARGETS, name: string): number {
  const target = TARGETS[kind];
  return target.find(call, name)?.id ?? notFound(call, `${target.what} ${name}`);
}

/** GET/PUT/DELETE of one target's assignment, table-driven over users, user groups and phone groups. */
function assignment(kind: keyof typeof TARGETS, param: 'username' | 'groupName') {
  return {
    read: (call: SipxCall<Record<string, string>>) => assignedErl(call.context, kind, targetOr404(call, kind, call.args[param])),
    write: (call: SipxCall<Record<string, unknown> & { body: ErlReference }>) => {
      const id = targetOr404(call, kind, String(call.args[param]));
      assignErl(call.context, kind, id, erlFor(call.args.body)(call).id);
      return envelope('SUCCESS_UPDATED');
    },
    clear: (call: SipxCall<Record<string, string>>) => {
      clearErl(call.context, kind, targetOr404(call, kind, call.args[param]));
      return envelope('SUCCESS_DELETED');
    },
  };
}

const userErl = assignment('user', 'username');
const groupErl = assignment('userGroup', 'groupName');
const phoneGroupErl = assignment('phoneGroup', 'groupName');
const single = (erl: ErlRow | undefined) => (erl ? { e911Location: erlView(erl) } : undefined);

function erlOr404(call: SipxCall, elin: string): ErlRow {
  return findErl(call.context, elin) ?? notFound(call, `ERL with ELIN ${elin}`);
}

/** Writes the given fields of an ERL (creating it when `current` is absent); the ELIN stays unique. */
function saveErl(call: SipxCall, elin: string, input: ErlInput, current?: ErlRow): ErlRow {
  if (!ELIN.test(elin)) fail('validationFailed', `Failed input validation: ELIN ${elin} is not a telephone number`);
  const clash = findErl(call.context, elin);
  if (clash && clash.id !== current?.id) fail('duplicate', `Failed input validation: ELIN ${elin} is already used by another ERL`);
  const pick = (field: 'location' | 'addressInfo' | 'description') => (input[field] === undefined ? (current?.[field] ?? null) : input[field] || null);
  const id = current?.id ?? call.context.state.nextId(SEQUENCES.erls);
  return erls(call.context).set(id, { id, elin, location: pick('location'), addressInfo: pick('addressInfo'), description: pick('description') });
}

function phonesOf(call: SipxCall, list: string): PhoneRow[] {
  const keys = list.split(',').map((k) => k.trim()).filter(Boolean);
  if (keys.length === 0 || keys.length > 50) notFound(call, `phone ${list}`);
  return keys.map((k) => findPhone(call.context, k) ?? notFound(call, `phone ${k}`));
}

export const e911Handlers: Record<string, SipxHandler> = {
  'GET /erls': ({ context }: SipxCall) => ({ e911Locations: orderedErls(context).map(erlView) }),

  'PUT /erls': (call: SipxCall<{ body: ErlInput | ErlInput[] }>) => {
    const list = Array.isArray(call.args.body) ? call.args.body : [call.args.body];
    const elins = list.map((item, i) => item.elin?.trim() || fail('validationFailed', `Failed input validation: e911Location ${i + 1} has no elin`));
    const repeated = elins.find((e, i) => elins.indexOf(e) !== i);
    if (repeated) fail('validationFailed', `Failed input validation: ELIN ${repeated} appears twice in the list`);
    for (const elin of elins) if (!ELIN.test(elin)) fail('validationFailed', `Failed input validation: ELIN ${elin} is not a telephone number`);
    list.forEach((item, i) => saveErl(call, elins[i], item, findErl(call.context, elins[i])));
    return envelope('SUCCESS_UPDATED');
  },

  'DELETE /erls': (call: SipxCall<{ elin?: string; body?: ErlReference | ErlInput[] }>) => {
    const { body } = call.args;
    const named = [
      ...(call.args.elin !== undefined ? [call.args.elin] : []),
      ...(Array.isArray(body) ? body.map((b) => elinOf(b as ErlReference)) : body !== undefined ? [elinOf(body)] : []),
    ]
      .flatMap((e) => e.split(','))
      .map((e) => e.trim())
      .filter(Boolean);
    if (named.length === 0) {
      if (call.context.quirks['erls-delete-needs-elin'] !== false) {
        fail('validationFailed', 'Failed input validation: name the ERL to delete (?elin=…, or the ELIN as the body)');
      }
      for (const erl of erls(call.context).values()) deleteErl(call.context, erl);
      return envelope('SUCCESS_DELETED');
    }
    const found = named.map((elin) => erlOr404(call, elin));
    for (const erl of found) if (erls(call.context).has(erl.id)) deleteErl(call.context, erl);
    return envelope('SUCCESS_DELETED');
  },

  'GET /erl/elin/{elin}': (call: SipxCall<{ elin: string }>) => ({ e911Location: erlView(erlOr404(call, call.args.elin)) }),

  'PUT /erl/elin/{elin}': (call: SipxCall<{ elin: string; body: ErlInput }>) => {
    const current = findErl(call.context, call.args.elin);
    if (!current && !ELIN.test(call.args.elin.trim())) fail('validationFailed', `Failed input validation: ELIN ${call.args.elin} is not a telephone number`);
    // A new ERL takes the path's ELIN; an existing one is renamed by an "elin" in the body.
    const elin = current ? call.args.body.elin?.trim() || current.elin : call.args.elin.trim();
    const saved = saveErl(call, elin, call.args.body, current);
    return current ? envelope('SUCCESS_UPDATED', saved.id) : envelope('SUCCESS_CREATED', saved.id);
  },

  'DELETE /erl/elin/{elin}': (call: SipxCall<{ elin: string }>) => {
    const erl = erlOr404(call, call.args.elin);
    deleteErl(call.context, erl);
    return envelope('SUCCESS_DELETED', erl.id);
  },

  // Plain text, the ELIN (quirk erl-user-plain-text); no ERL: an empty body.
  'GET /erl/user/{username}': (call: SipxCall<{ username: string }>) => userErl.read(call)?.elin,
  'PUT /erl/user/{username}': userErl.write,
  'DELETE /erl/user/{username}': userErl.clear,

  'GET /erl/group/{groupName}': (call: SipxCall<{ groupName: string }>) => single(groupErl.read(call)),
  'PUT /erl/group/{groupName}': groupErl.write,

  'GET /erl/phone/{serial_number}': (call: SipxCall<{ serial_number: string }>) => ({
    e911Locations: phonesOf(call, call.args.serial_number).flatMap((phone) => phoneLocations(call.context, phone)),
  }),

  'PUT /erl/phones': (call: SipxCall<{ body: ErlReference & { serial: string } | Array<ErlReference & { serial: string }> }>) => {
    const list = Array.isArray(call.args.body) ? call.args.body : [call.args.body];
    // Everything is checked before anything changes (400 for a wrong ELIN or serial, doc 839).
    const plan = list.map((item) => {
      const phone = findPhone(call.context, item.serial.trim()) ?? fail('wrongElinOrSerial', `Wrong serial: no phone ${item.serial}`);
      const elin = elinOf(item);
      const erl = elin ? (findErl(call.context, elin) ?? fail('wrongElinOrSerial', `Wrong ELIN: no ERL has ELIN ${elin}`)) : undefined;
      return { phone, erl };
    });
    for (const { phone, erl } of plan) {
      if (erl) assignErl(call.context, 'phone', phone.id, erl.id);
      else clearErl(call.context, 'phone', phone.id);
    }
    return envelope('SUCCESS_UPDATED');
  },

  'GET /erl/phonegroup/{groupName}': (call: SipxCall<{ groupName: string }>) => single(phoneGroupErl.read(call)),
  'PUT /erl/phonegroup/{groupName}': phoneGroupErl.write,
  'DELETE /erl/phonegroup/{groupName}': phoneGroupErl.clear,
};
