import type { PackContext } from '../../core/pack.ts';
import { fail, notFound, type SipxCall, type SipxHandler } from '../call.ts';
import { SEQUENCES } from '../models/tables.ts';
import { findPhoneGroupByName, orderedPhoneGroups, phoneGroups, phoneGroupView } from '../models/phone-groups.ts';
import {
  PHONE_MODELS,
  findPhone,
  lineView,
  normaliseSerial,
  phoneModel,
  phoneView,
  phones,
  type PhoneRow,
} from '../models/phones.ts';
import { findUser } from '../models/users.ts';
import { dropPhoneSettings } from '../models/phone-settings.ts';
import { pageOf } from '../call.ts';

function phoneOr404(call: SipxCall, key: string): PhoneRow {
  return findPhone(call.context, key) ?? notFound(call, `phone ${key}`);
}

const modelIdOf = (model: unknown): string | undefined =>
  typeof model === 'string' ? model : model && typeof model === 'object' && typeof (model as { modelId?: unknown }).modelId === 'string' ? (model as { modelId: string }).modelId : undefined;

/** The phones a POST body carries: a batch (`phones`), one phone under `phone`, or a bare phone. */
function phonesInBody(body: unknown): { items: unknown[]; batch: boolean } {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    if (Array.isArray(body)) return { items: body, batch: true };
    fail('validationFailed', 'Failed input validation: the body must be a phone or a <phones> batch');
  }
  const record = body as Record<string, unknown>;
  if ('phones' in record) {
    const list = record.phones;
    if (Array.isArray(list)) return { items: list, batch: true };
    // XML: <phones><phone>…</phone>…</phones> parses as {phones: {phone: […] | {…}}}.
    if (list && typeof list === 'object' && 'phone' in list) {
      const inner = (list as { phone: unknown }).phone;
      return { items: Array.isArray(inner) ? inner : [inner], batch: true };
    }
    if (list === '' || list === undefined) return { items: [], batch: true };
    fail('validationFailed', 'Failed input validation: "phones" must list phones');
  }
  if ('phone' in record && record.phone && typeof record.phone === 'object') return { items: [record.phone], batch: false };
  return { items: [record], batch: false };
}

/** Why a phone to create is invalid, or undefined; `seen` holds serials already taken in this batch. */
function invalidPhone(context: PackContext, item: unknown, seen: Set<string>): string | undefined {
  if (!item || typeof item !== 'object') return 'not a phone';
  const p = item as Record<string, unknown>;
  const serial = normaliseSerial(p.serialNo ?? p.serialNumber);
  if (!serial) return 'serialNo must be a MAC address (12 hex digits)';
  const model = modelIdOf(p.model);
  if (!model || !phoneModel(model)) return `unknown phone model ${JSON.stringify(model ?? null)}`;
  if (seen.has(serial) || findPhone(context, serial)) return `serial ${serial} is already in use`;
  if (p.description !== undefined && p.description !== null && (typeof p.description !== 'string' || p.description.length > 1000)) return 'description must be text';
  return undefined;
}

function descriptionOf(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

export const phoneHandlers: Record<string, SipxHandler> = {
  'GET /phones': ({ args, context }: SipxCall<{ start?: string; limit?: string }>) => {
    let list = phones(context).values().sort((a, b) => a.id - b.id);
    const start = /^\d+$/.test(args.start ?? '') ? Number(args.start) : 0;
    const limit = /^\d+$/.test(args.limit ?? '') ? Number(args.limit) : undefined;
    list = list.slice(start, limit === undefined ? undefined : start + limit);
    return { phones: list.map((p) => phoneView(context, p)) };
  },

  'POST /phones': (call: SipxCall<{ body: unknown }>) => {
    const { context } = call;
    const { items, batch } = phonesInBody(call.args.body);
    const skip = batch && context.quirks['phone-batch-skip'] !== false;
    const seen = new Set<string>();
    const accepted: Array<Record<string, unknown>> = [];
    for (const item of items) {
      const problem = invalidPhone(context, item, seen);
      if (problem) {
        if (skip) continue;
        fail(problem.includes('in use') ? 'duplicate' : 'validationFailed', `Failed input validation: ${problem}`);
      }
      const p = item as Record<string, unknown>;
      seen.add(normaliseSerial(p.serialNo ?? p.serialNumber)!);
      accepted.push(p);
    }
    const created = accepted.map((p) => {
      const id = context.state.nextId(SEQUENCES.phones);
      const row: PhoneRow = {
        id,
        serialNo: normaliseSerial(p.serialNo ?? p.serialNumber)!,
        description: descriptionOf(p.description),
        modelId: modelIdOf(p.model)!,
        groupIds: [],
        lines: [],
        profileSent: 0,
      };
      return phones(context).set(id, row);
    });
    return { phones: created.map((p) => phoneView(context, p)) };
  },

  'GET /phones/{serialNumber}/profile/{name}': (call: SipxCall<{ serialNumber: string; name: string }>) => {
    const phone = findPhone(call.context, call.args.serialNumber);
    if (!phone) fail('profileNotFound', `No phone with serial number ${call.args.serialNumber}`);
    const view = phoneView(call.context, phone);
    if (call.args.name === `${phone.serialNo}.cfg`) {
      return [`# sipXcom profile for ${phone.serialNo}`, `model=${phone.modelId}`, `description=${phone.description ?? ''}`, `lines=${phone.lines.length}`, ''].join('\n');
    }
    if (call.args.name === `${phone.serialNo}-lines.cfg`) {
      return view.lines.map((l, i) => `line${i + 1}.user=${l.user}\nline${i + 1}.registrar=${l.registrationServer}:${l.registrationServerPort}\n`).join('');
    }
    fail('profileNotFound', `No profile ${call.args.name} for phone ${phone.serialNo}`);
  },

  'PUT /phones/{serialNumber}/sendProfile/restart': (call: SipxCall<{ serialNumber: string }>) => {
    const phone = phoneOr404(call, call.args.serialNumber);
    phones(call.context).update(phone.id, { profileSent: phone.profileSent + 1 });
    return undefined;
  },

  'GET /phones/models': ({ args }: SipxCall) => {
    const models = PHONE_MODELS.map((m) => phoneModel(m.modelId)!);
    const { items } = pageOf(models, args, { name: (m) => m.label, description: (m) => m.label, modelid: (m) => m.modelId });
    return { models: items };
  },

  'GET /phones/{phoneId}': (call: SipxCall<{ phoneId: string }>) => phoneView(call.context, phoneOr404(call, call.args.phoneId)),

  'PUT /phones/{phoneId}': (call: SipxCall<{ phoneId: string; body: { serialNo?: string; serialNumber?: string; description?: string | null; model?: unknown } }>) => {
    const { context, args } = call;
    const phone = phoneOr404(call, args.phoneId);
    const changes: Partial<PhoneRow> = {};
    const serialText = args.body.serialNo ?? args.body.serialNumber;
    if (serialText !== undefined) {
      const serial = normaliseSerial(serialText);
      if (!serial) fail('validationFailed', 'Failed input validation: serialNo must be a MAC address (12 hex digits)');
      const other = findPhone(context, serial);
      if (other && other.id !== phone.id) fail('duplicate', `Failed input validation: serial ${serial} is already in use`);
      changes.serialNo = serial;
    }
    if (args.body.model !== undefined) {
      const model = modelIdOf(args.body.model);
      if (!model || !phoneModel(model)) fail('validationFailed', `Failed input validation: unknown phone model ${JSON.stringify(model ?? null)}`);
      changes.modelId = model;
    }
    if (args.body.description !== undefined) changes.description = descriptionOf(args.body.description);
    phones(context).update(phone.id, changes);
    return undefined;
  },

  'DELETE /phones/{phoneId}': (call: SipxCall<{ phoneId: string }>) => {
    phones(call.context).delete(dropPhoneSettings(call.context, phoneOr404(call, call.args.phoneId)).id);
    return undefined;
  },

  'GET /phones/{phoneId}/groups': (call: SipxCall<{ phoneId: string }>) => {
    const phone = phoneOr404(call, call.args.phoneId);
    return { groups: orderedPhoneGroups(call.context).filter((g) => phone.groupIds.includes(g.id)).map(phoneGroupView) };
  },

  'DELETE /phones/{phoneId}/groups': (call: SipxCall<{ phoneId: string }>) => {
    phones(call.context).update(phoneOr404(call, call.args.phoneId).id, { groupIds: [] });
    return undefined;
  },

  'POST /phones/{phoneId}/groups/{groupName}': (call: SipxCall<{ phoneId: string; groupName: string }>) => {
    const { context, args } = call;
    const phone = phoneOr404(call, args.phoneId);
    let group = findPhoneGroupByName(context, args.groupName);
    if (!group) {
      if (context.quirks['phone-group-created-on-add'] === false) notFound(call, `phone group ${args.groupName}`);
      const id = context.state.nextId(SEQUENCES.phoneGroups);
      const weight = Math.max(0, ...phoneGroups(context).values().map((g) => g.weight)) + 1;
      group = phoneGroups(context).set(id, { id, name: args.groupName, description: null, weight });
    }
    if (!phone.groupIds.includes(group.id)) phones(context).update(phone.id, { groupIds: [...phone.groupIds, group.id] });
    return undefined;
  },

  'DELETE /phones/{phoneId}/groups/{groupName}': (call: SipxCall<{ phoneId: string; groupName: string }>) => {
    const phone = phoneOr404(call, call.args.phoneId);
    const group = findPhoneGroupByName(call.context, call.args.groupName) ?? notFound(call, `phone group ${call.args.groupName}`);
    phones(call.context).update(phone.id, { groupIds: phone.groupIds.filter((id) => id !== group.id) });
    return undefined;
  },

  'GET /phones/{phoneId}/lines': (call: SipxCall<{ phoneId: string }>) => {
    const phone = phoneOr404(call, call.args.phoneId);
    return { lines: phone.lines.map((l) => lineView(call.context, l)) };
  },

  'POST /phones/{phoneId}/lines': (call: SipxCall<{ phoneId: string; body: { user: string | number; displayName?: string | null } }>) => {
    const { context, args } = call;
    const phone = phoneOr404(call, args.phoneId);
    const user = findUser(context, args.body.user);
    if (!user) fail('validationFailed', `Failed input validation: no user ${args.body.user}`);
    const id = context.state.nextId(SEQUENCES.lines);
    phones(context).update(phone.id, { lines: [...phone.lines, { id, userId: user.id, displayName: args.body.displayName || null }] });
    return undefined;
  },

  'DELETE /phones/{phoneId}/lines': (call: SipxCall<{ phoneId: string }>) => {
    phones(call.context).update(phoneOr404(call, call.args.phoneId).id, { lines: [] });
    return undefined;
  },
};
