import type { FieldTable } from '../../../contracts/grandstream/config-fields.ts';
import {
  ANALOG_TRUNK_LIST_FIELDS,
  DIGITAL_TRUNK_LIST_FIELDS,
  VOIP_TRUNK_LIST_DEFAULT,
  VOIP_TRUNK_LIST_FIELDS,
  VOIP_TRUNK_OPTION_ALIASES,
} from '../../../contracts/grandstream/trunk.ts';
import { ANALOG_TRUNK_FIELDS, DIGITAL_TRUNK_FIELDS, SIP_TRUNK_FIELDS, SLA_FIELDS } from '../../../contracts/grandstream/trunk-fields.ts';
import { fail, ok, type UcmCall, type UcmHandlers } from '../call.ts';
import { key, sentFields, viewOf, withDefaultOptions } from '../config.ts';
import { listPage, type ListArgs } from '../listing.ts';
import { refuseIfUsed, trunkUsers } from '../models/references.ts';
import { outboundRoutes } from '../models/route.ts';
import { analogTrunks, newTrunk, trunkNameTaken, trunks, trunkTable, type AnalogTrunkRow, type TrunkKind, type TrunkRow } from '../models/trunk.ts';
import { pendingChange } from '../pending.ts';

/** Trunk section (doc 1232-2403). */

type Args = Record<string, any>;

const FIELDS: Record<TrunkKind, FieldTable> = { sip: SIP_TRUNK_FIELDS, analog: ANALOG_TRUNK_FIELDS, digital: DIGITAL_TRUNK_FIELDS };

function trunkOf(call: UcmCall, kind: TrunkKind, id: unknown): TrunkRow {
  const row = trunks(call.context.state, kind).get(key(id));
  if (!row) fail('noSuchItem', `No ${kind} trunk ${key(id)}`);
  return row;
}

function uniqueName(call: UcmCall, name: unknown, exceptIndex?: number): void {
  if (typeof name === 'string' && trunkNameTaken(call.context.state, name, exceptIndex)) fail('itemAdded', `A trunk is already called "${name}"`);
}

/** Stores a new trunk of `kind` from the sent fields and answers need_apply. */
function addTrunk(call: UcmCall<Args>, kind: TrunkKind, check: (row: TrunkRow) => void, extra: Record<string, unknown> = {}) {
  uniqueName(call, call.args.trunk_name);
  const changes = { ...sentFields(FIELDS[kind], call.args), ...extra };
  // Checked before the index is allocated, so a refused add leaves no gap.
  check({ ...changes, trunk_index: 0, trunk_name: String(call.args.trunk_name) } as TrunkRow);
  const row = newTrunk(call.context.state, kind, changes);
  trunks(call.context.state, kind).set(row.trunk_index, row);
  return pendingChange(call, trunkTable(kind), row.trunk_index);
}

function updateTrunk(call: UcmCall<Args>, kind: TrunkKind, row: TrunkRow, check: (row: TrunkRow) => void, extra: Record<string, unknown> = {}) {
  uniqueName(call, call.args.trunk_name, row.trunk_index);
  const next = { ...row, ...sentFields(FIELDS[kind], call.args), ...extra } as TrunkRow;
  check(next);
  trunks(call.context.state, kind).set(row.trunk_index, next);
  return pendingChange(call, trunkTable(kind), row.trunk_index);
}

function deleteTrunk(call: UcmCall, kind: TrunkKind, id: unknown) {
  const row = trunkOf(call, kind, id);
  refuseIfUsed(call, `Trunk ${row.trunk_index}`, trunkUsers(call.context.state, row.trunk_index));
  trunks(call.context.state, kind).delete(row.trunk_index);
  return pendingChange(call, trunkTable(kind), row.trunk_index);
}

// ——— SIP ———

/** Cross-field rules of Table C (doc 1346, 1563, 1566, 1585). */
function checkSip(call: UcmCall) {
  return (row: TrunkRow) => {
    if (row.trunk_type === 'register' && (!row.username || !row.secret)) fail('invalidParameters', 'username and secret are required for register trunks');
    if (row.keepcid === 'yes' && !row.cidnumber) fail('invalidParameters', 'cidnumber is mandatory when keepcid is yes');
    if (row.tel_uri === 'enabled' && row.rmv_obp_from_route === 'yes') fail('invalidValue', 'tel_uri "enabled" and rmv_obp_from_route cannot be on at the same time');
    if (row.ldap_default_outrt != null && !outboundRoutes(call.context.state).has(row.ldap_default_outrt as number)) fail('noSuchItem', `No outbound route ${row.ldap_default_outrt}`);
  };
}

/** No provider answers the emulator (see addSIPTrunk's decisions). */
function sipStatus(row: TrunkRow): string {
  if (row.trunk_type === 'register') return 'Unregistered';
  return row.enable_qualify === 'yes' ? 'Unreachable' : 'Unmonitored';
}

// ——— Analog ———

const portsOf = (chans: unknown) => String(chans ?? '').split(',').filter(Boolean);

function checkAnalog(call: UcmCall) {
  return (row: TrunkRow) => {
    const mine = portsOf(row.chans);
    if (new Set(mine).size !== mine.length) fail('invalidValue', `chans lists a port twice: ${row.chans}`);
    for (const other of analogTrunks(call.context.state).values()) {
      if (other.trunk_index === row.trunk_index) continue;
      const clash = portsOf(other.chans).find((port) => mine.includes(port));
      if (clash) fail('itemAdded', `Port ${clash} is used by analog trunk ${other.trunk_index}`);
    }
  };
}

function analogView(row: AnalogTrunkRow) {
  return { ...viewOf(ANALOG_TRUNK_FIELDS, row), ...(row.trunkmode === 'sla' && row.sla ? row.sla : {}) };
}

function slaDefaults(row: TrunkRow) {
  return { device: `DAHDI/${portsOf(row.chans)[0] ?? 1}`, bargeallowed: 'yes', holdaccess: 'open' };
}

// ——— Digital ———

function checkDigital(call: UcmCall) {
  return (row: TrunkRow) => {
    const other = trunks(call.context.state, 'digital')
      .values()
      .find((t) => t.group_index === row.group_index && t.trunk_index !== row.trunk_index);
    if (other) fail('itemAdded', `Channel group ${row.group_index} is used by digital trunk ${other.trunk_index}`);
  };
}

const list = (call: UcmCall<ListArgs>, key: string, rows: Array<Record<string, unknown>>, fields: readonly string[], optionAliases?: Record<string, string>) =>
  ok(listPage(rows, call.args, { key, fields, optionAliases, defaultSort: 'trunk_index', quirks: call.context.quirks }));

export const trunkHandlers: UcmHandlers = {
  listVoIPTrunk: (call: UcmCall<ListArgs>) => {
    const rows = trunks(call.context.state, 'sip')
      .values()
      .map((t) => ({
        trunk_index: t.trunk_index,
        trunk_name: t.trunk_name,
        host: t.host,
        trunk_type: t.trunk_type,
        username: t.username ?? null,
        technology: 'SIP',
        ldap_sync_enable: t.ldap_sync_enable,
        out_of_service: t.out_of_service,
      }));
    return list({ ...call, args: withDefaultOptions(call.args, VOIP_TRUNK_LIST_DEFAULT) }, 'voip_trunk', rows, VOIP_TRUNK_LIST_FIELDS, VOIP_TRUNK_OPTION_ALIASES);
  },
  addSIPTrunk: (call: UcmCall<Args>) => addTrunk(call, 'sip', checkSip(call)),
  getSIPTrunk: (call: UcmCall<Args>) => {
    const row = trunkOf(call, 'sip', call.args.trunk);
    return ok({ trunk: { ...viewOf(SIP_TRUNK_FIELDS, row), status: sipStatus(row) } });
  },
  updateSIPTrunk: (call: UcmCall<Args>) => updateTrunk(call, 'sip', trunkOf(call, 'sip', call.args.trunk), checkSip(call)),
  deleteSIPTrunk: (call: UcmCall<Args>) => deleteTrunk(call, 'sip', call.args.trunk),

  listAnalogTrunk: (call: UcmCall<ListArgs>) =>
    list(
      call,
      'analogtrunk',
      analogTrunks(call.context.state)
        .values()
        .map((t) => ({ chans: t.chans, out_of_service: t.out_of_service, trunk_index: t.trunk_index, trunk_name: t.trunk_name, trunkmode: t.trunkmode })),
      ANALOG_TRUNK_LIST_FIELDS,
    ),
  addAnalogTrunk: (call: UcmCall<Args>) => addTrunk(call, 'analog', checkAnalog(call), call.args.trunkmode === 'sla' ? { sla: slaDefaults(call.args as TrunkRow) } : {}),
  getAnalogTrunk: (call: UcmCall<Args>) => ok({ analogtrunk: analogView(trunkOf(call, 'analog', call.args.analogtrunk) as AnalogTrunkRow) }),
  updateAnalogTrunk: (call: UcmCall<Args>) => {
    const id = call.args.trunk_index ?? (call.context.quirks['analog-trunkgroup-identifies'] ? call.args.trunkgroup : undefined);
    if (id === undefined) fail('invalidParameters', 'Missing parameter: trunk_index');
    const row = trunkOf(call, 'analog', id) as AnalogTrunkRow;
    const mode = call.args.trunkmode ?? row.trunkmode;
    const sla = mode === 'sla' ? (row.sla ?? slaDefaults({ ...row, ...call.args } as TrunkRow)) : null;
    return updateTrunk(call, 'analog', row, checkAnalog(call), { sla });
  },
  deleteAnalogTrunk: (call: UcmCall<Args>) => deleteTrunk(call, 'analog', call.args.analogtrunk),
  addSLATrunk: (call: UcmCall<Args>) => {
    const found = analogTrunks(call.context.state).find((t) => t.trunk_name === call.args.trunk_name);
    if (!found) fail('noSuchItem', `No analog trunk called "${call.args.trunk_name}"`);
    const row = found[1];
    if (row.trunkmode === 'sla') fail('itemAdded', `Analog trunk ${row.trunk_index} is already an SLA trunk`);
    const sla = { ...slaDefaults(row), ...sentFields(SLA_FIELDS, call.args) };
    analogTrunks(call.context.state).set(row.trunk_index, { ...row, trunkmode: 'sla', sla: sla as AnalogTrunkRow['sla'] });
    return pendingChange(call, trunkTable('analog'), row.trunk_index);
  },
  updateSLATrunk: (call: UcmCall<Args>) => {
    const row = analogTrunks(call.context.state).get(key(call.args.trunk_index));
    if (!row || row.trunkmode !== 'sla' || !row.sla) fail('noSuchItem', `No SLA trunk ${key(call.args.trunk_index)}`);
    uniqueName(call, call.args.trunk_name, row.trunk_index);
    const next: AnalogTrunkRow = { ...row, trunk_name: call.args.trunk_name ?? row.trunk_name, sla: { ...row.sla, ...sentFields(SLA_FIELDS, call.args) } as AnalogTrunkRow['sla'] };
    analogTrunks(call.context.state).set(row.trunk_index, next);
    return pendingChange(call, trunkTable('analog'), row.trunk_index);
  },

  listDigitalTrunk: (call: UcmCall<ListArgs>) =>
    list(
      call,
      'digital_trunks',
      trunks(call.context.state, 'digital')
        .values()
        .map((t) => ({
          channel: '1-15,17-31',
          out_of_service: t.out_of_service,
          span: t.group_index,
          // A string here, a number in getDigitalTrunk (doc 2143 vs 2277; quirk digital-trunk-index-string).
          trunk_index: String(t.trunk_index),
          trunk_name: t.trunk_name,
          type: 'E1 (CPE)',
        })),
      DIGITAL_TRUNK_LIST_FIELDS,
    ),
  addDigitalTrunk: (call: UcmCall<Args>) => addTrunk(call, 'digital', checkDigital(call)),
  getDigitalTrunk: (call: UcmCall<Args>) => ok({ trunk: viewOf(DIGITAL_TRUNK_FIELDS, trunkOf(call, 'digital', call.args.trunk)) }),
  updateDigitalTrunk: (call: UcmCall<Args>) => updateTrunk(call, 'digital', trunkOf(call, 'digital', call.args.trunk), checkDigital(call)),
  deleteDigitalTrunk: (call: UcmCall<Args>) => deleteTrunk(call, 'digital', call.args.trunk),
};
