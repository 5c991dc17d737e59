import { PIN_SET_LIST_DEFAULT, PIN_SET_LIST_FIELDS, PIN_SET_OPTION_ALIASES } from '../../../contracts/grandstream/pin-group.ts';
import { fail, ok, type UcmCall, type UcmHandlers } from '../call.ts';
import { key, withDefaultOptions } from '../config.ts';
import { listPage, type ListArgs } from '../listing.ts';
import { pinSets, type PinSetRow } from '../models/pin-set.ts';
import { pinSetUsers, refuseIfUsed } from '../models/references.ts';
import { TABLES } from '../models/tables.ts';
import { pendingChange } from '../pending.ts';

/** PIN Group (doc 2731-2891) and listPinSets (doc 6646-6714). */

type MemberArg = { pin: string; pin_name: string; pin_sets_id?: string };
type PinArgs = { pin_sets_id: string; pin_sets_name?: string; members?: MemberArg[]; record_in_cdr?: 'yes' | 'no' };

function groupOf(call: UcmCall, id: unknown): PinSetRow {
  const row = pinSets(call.context.state).get(key(id));
  if (!row) fail('noSuchItem', `No PIN group ${key(id)}`);
  return row;
}

function members(id: string, sent: MemberArg[]): PinSetRow['members'] {
  const seen = new Set<string>();
  return sent.map((m) => {
    if (m.pin_sets_id !== undefined && m.pin_sets_id !== id) fail('invalidValue', `member ${m.pin_name}: pin_sets_id ${m.pin_sets_id} is not the group's (${id})`);
    if (seen.has(m.pin)) fail('itemAdded', `PIN ${m.pin} is in the group twice`);
    seen.add(m.pin);
    return { pin: m.pin, pin_name: m.pin_name };
  });
}

function save(call: UcmCall, row: PinSetRow) {
  const clash = pinSets(call.context.state).find((g) => g.pin_sets_name === row.pin_sets_name && g.pin_sets_id !== row.pin_sets_id);
  if (clash) fail('itemAdded', `A PIN group is already called "${row.pin_sets_name}"`);
  pinSets(call.context.state).set(row.pin_sets_id, row);
  return pendingChange(call, TABLES.pinSets, row.pin_sets_id);
}

const memberView = (row: PinSetRow) => row.members.map((m) => ({ ...m, pin_sets_id: row.pin_sets_id }));

export const pinGroupHandlers: UcmHandlers = {
  addPinSets: (call: UcmCall<PinArgs & { pin_sets_name: string; members: MemberArg[] }>) => {
    const { pin_sets_id: id } = call.args;
    if (pinSets(call.context.state).has(id)) fail('itemAdded', `PIN group ${id} exists`);
    return save(call, { pin_sets_id: id, pin_sets_name: call.args.pin_sets_name, record_in_cdr: call.args.record_in_cdr ?? 'no', members: members(id, call.args.members) });
  },

  updatePinSets: (call: UcmCall<PinArgs>) => {
    const row = groupOf(call, call.args.pin_sets_id);
    return save(call, {
      ...row,
      pin_sets_name: call.args.pin_sets_name ?? row.pin_sets_name,
      record_in_cdr: call.args.record_in_cdr ?? row.record_in_cdr,
      members: call.args.members ? members(row.pin_sets_id, call.args.members) : row.members,
    });
  },

  getPinSets: (call: UcmCall<{ pin_sets_id: string }>) => {
    const row = groupOf(call, call.args.pin_sets_id);
    // The group sits under the key `pin_sets_id` (doc 2834-2838).
    return ok({ members: memberView(row), pin_sets_id: { pin_sets_id: row.pin_sets_id, pin_sets_name: row.pin_sets_name, record_in_cdr: row.record_in_cdr } });
  },

  deletePinSets: (call: UcmCall<{ pin_sets_id: string }>) => {
    const row = groupOf(call, call.args.pin_sets_id);
    refuseIfUsed(call, `PIN group ${row.pin_sets_id}`, pinSetUsers(call.context.state, row.pin_sets_id));
    pinSets(call.context.state).delete(row.pin_sets_id);
    return pendingChange(call, TABLES.pinSets, row.pin_sets_id);
  },

  listPinSets: (call: UcmCall<ListArgs>) => {
    const rows = pinSets(call.context.state)
      .values()
      .map((row) => ({ pin_sets_id: row.pin_sets_id, pin_sets_name: row.pin_sets_name, record_in_cdr: row.record_in_cdr, members: memberView(row) }));
    return ok(
      listPage(rows, withDefaultOptions(call.args, PIN_SET_LIST_DEFAULT), {
        key: 'pin_sets_id',
        fields: PIN_SET_LIST_FIELDS,
        optionAliases: PIN_SET_OPTION_ALIASES,
        defaultSort: 'pin_sets_id',
        quirks: call.context.quirks,
      }),
    );
  },
};
