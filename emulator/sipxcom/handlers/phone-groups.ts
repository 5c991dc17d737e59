import { fail, notFound, numericId, type SipxCall, type SipxHandler } from '../call.ts';
import { PHONE_MODELS, phoneModel, phones } from '../models/phones.ts';
import { orderedPhoneGroups, phoneGroups, phoneGroupView, type PhoneGroupRow } from '../models/phone-groups.ts';

function groupOr404(call: SipxCall, key: string): PhoneGroupRow {
  return phoneGroups(call.context).get(numericId(call, key, 'phone group')) ?? notFound(call, `phone group ${key}`);
}

/** Swaps a group with its neighbour in the order (weights renumbered 1..n so they stay distinct). */
function move(call: SipxCall<{ groupId: string }>, step: -1 | 1) {
  const group = groupOr404(call, call.args.groupId);
  const order = orderedPhoneGroups(call.context);
  const at = order.findIndex((g) => g.id === group.id);
  const to = at + step;
  if (to >= 0 && to < order.length) [order[at], order[to]] = [order[to], order[at]];
  order.forEach((g, i) => {
    if (g.weight !== i + 1) phoneGroups(call.context).update(g.id, { weight: i + 1 });
  });
  return undefined;
}

export const phoneGroupHandlers: Record<string, SipxHandler> = {
  'GET /phoneGroups': ({ context }: SipxCall) => ({ groups: orderedPhoneGroups(context).map(phoneGroupView) }),

  'GET /phoneGroups/{phoneGroupId}': (call: SipxCall<{ phoneGroupId: string }>) => phoneGroupView(groupOr404(call, call.args.phoneGroupId)),

  'PUT /phoneGroups/{phoneGroupId}': (call: SipxCall<{ phoneGroupId: string; body: string | { name?: string; description?: string | null } }>) => {
    const group = groupOr404(call, call.args.phoneGroupId);
    const body = call.args.body;
    const changes: Partial<PhoneGroupRow> =
      typeof body === 'string' ? { description: body.trim() || null } : { ...(body.description !== undefined ? { description: body.description || null } : {}) };
    if (typeof body !== 'string' && body.name !== undefined) {
      const clash = phoneGroups(call.context).values().find((g) => g.name === body.name && g.id !== group.id);
      if (clash) fail('duplicate', `Failed input validation: a phone group is already named ${body.name}`);
      changes.name = body.name;
    }
    phoneGroups(call.context).update(group.id, changes);
    return undefined;
  },

  'DELETE /phoneGroups/{phoneGroupId}': (call: SipxCall<{ phoneGroupId: string }>) => {
    const group = groupOr404(call, call.args.phoneGroupId);
    // Deleting a group updates its members: they leave it and stay.
    for (const phone of phones(call.context).values()) {
      if (phone.groupIds.includes(group.id)) phones(call.context).update(phone.id, { groupIds: phone.groupIds.filter((id) => id !== group.id) });
    }
    phoneGroups(call.context).delete(group.id);
    return undefined;
  },

  'PUT /{groupId}/up': (call: SipxCall<{ groupId: string }>) => move(call, -1),
  'PUT /{groupId}/down': (call: SipxCall<{ groupId: string }>) => move(call, 1),

  'GET /{groupId}/models': (call: SipxCall<{ groupId: string }>) => {
    const group = groupOr404(call, call.args.groupId);
    const used = new Set(phones(call.context).values().filter((p) => p.groupIds.includes(group.id)).map((p) => p.modelId));
    return { models: PHONE_MODELS.filter((m) => used.has(m.modelId)).map((m) => phoneModel(m.modelId)!) };
  },
};
