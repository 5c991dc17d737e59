import { IVR_LIST_FIELDS } from '../../../contracts/grandstream/ivr.ts';
import { fail, ok, type UcmCall, type UcmHandlers } from '../call.ts';
import { listPage, type ListArgs } from '../listing.ts';
import { numberInUse } from '../models/groups.ts';
import { IVR_DEFAULTS, IVR_SEQUENCE, ivrByNumber, ivrs, type IvrRow } from '../models/ivr.ts';
import { TABLES } from '../models/tables.ts';
import { pendingChange } from '../pending.ts';

/** IVR section (doc 5860-6315). */

type Keypress = Record<string, string | null> & { keypress: string; keypress_event: string };
type IvrArgs = Record<string, unknown> & { ivr?: string; extension?: string; members?: Keypress[] };

/** Every field an IVR row holds (what getIVR answers in `ivr{}`). */
const FIELDS = [...IVR_LIST_FIELDS, 'ivr_blackwhite_list', 'ivr_out_blackwhite_list'];
const WRITABLE = FIELDS.filter((f) => f !== 'ivr_id');

/** The IVR `ivr` names: its index, or (quirk ivr-index-not-extension off) its number. */
function find(call: UcmCall, ivr: string): [string, IvrRow] {
  const table = ivrs(call.context.state);
  const row = table.get(ivr);
  if (row) return [ivr, row];
  if (!call.context.quirks['ivr-index-not-extension']) {
    const byNumber = ivrByNumber(call.context.state, ivr);
    if (byNumber) return byNumber;
  }
  fail('noSuchItem', `No such IVR: ${ivr} (an IVR is named by its index, e.g. ivr-1)`);
}

function checkedMembers(members: Keypress[] | undefined): Keypress[] | undefined {
  if (members === undefined) return undefined;
  const seen = new Set<string>();
  for (const m of members) {
    if (seen.has(m.keypress)) fail('invalidValue', `members: key ${m.keypress} is given twice`);
    seen.add(m.keypress);
  }
  return members.map((m) => ({ ...m }));
}

function apply(row: IvrRow, args: IvrArgs): IvrRow {
  const fields = { ...row.fields };
  for (const name of WRITABLE) if (args[name] !== undefined) fields[name] = args[name];
  if (fields.dial_trunk === 'yes' && !fields.permission) fail('invalidParameters', 'Missing parameter: permission (required when dial_trunk is yes)');
  return { fields, members: checkedMembers(args.members) ?? row.members };
}

export const ivrHandlers: UcmHandlers = {
  addIVR: (call: UcmCall<IvrArgs & { extension: string }>) => {
    const { state } = call.context;
    if (numberInUse(state, call.args.extension)) fail('itemAdded', `Number ${call.args.extension} is already in use`);
    // dial_trunk "yes" needs a permission that was sent: the default does not count.
    const base: IvrRow = { fields: { ...IVR_DEFAULTS, permission: call.args.dial_trunk === 'yes' ? null : IVR_DEFAULTS.permission }, members: [] };
    const row = apply(base, call.args);
    const id = `ivr-${state.nextId(IVR_SEQUENCE)}`;
    row.fields.ivr_id = id;
    ivrs(state).set(id, row);
    return pendingChange(call, TABLES.ivrs, id);
  },

  listIVR: (call: UcmCall<ListArgs>) => {
    const rows = ivrs(call.context.state)
      .values()
      .map((r) => Object.fromEntries(IVR_LIST_FIELDS.map((f) => [f, r.fields[f] ?? null])) as Record<string, unknown>);
    // Sorted by the index's number so ivr-10 follows ivr-9 (`_n`, a hidden sort key no option may name).
    const byIndex = rows.map((r) => ({ ...r, _n: Number(String(r.ivr_id).slice(4)) }));
    const named = (call.args.options ?? '').split(',').map((o) => o.trim());
    if (named.includes('_n') && call.context.quirks['unknown-option-fails']) fail('invalidParameters', 'options: unknown field "_n"');
    const args = { ...call.args, options: call.args.options === undefined ? undefined : named.filter((o) => o !== '_n').join(',') };
    const page = listPage(byIndex, args, { key: 'ivr', fields: [...IVR_LIST_FIELDS, '_n'] as never, defaultSort: '_n' as never, quirks: call.context.quirks });
    page.ivr = (page.ivr as Array<Record<string, unknown>>).map(({ _n, ...r }) => r);
    return ok(page);
  },

  getIVR: (call: UcmCall<{ ivr: string }>) => {
    const [, row] = find(call, call.args.ivr);
    return ok({ ivr: Object.fromEntries(FIELDS.map((f) => [f, row.fields[f] ?? null])), members: row.members });
  },

  updateIVR: (call: UcmCall<IvrArgs & { ivr: string }>) => {
    const { state } = call.context;
    const [id, current] = find(call, call.args.ivr);
    const extension = call.args.extension;
    if (extension !== undefined && extension !== current.fields.extension && numberInUse(state, extension)) fail('itemAdded', `Number ${extension} is already in use`);
    ivrs(state).set(id, apply(current, call.args));
    return pendingChange(call, TABLES.ivrs, id);
  },

  deleteIVR: (call: UcmCall<{ ivr: string }>) => {
    const [id] = find(call, call.args.ivr);
    ivrs(call.context.state).delete(id);
    return pendingChange(call, TABLES.ivrs, id);
  },
};
