import { notFound, numericId, type SipxCall, type SipxHandler } from '../call.ts';
import { settingsHandlers, type LocateSettings } from './device-settings.ts';
import { phoneGroups } from '../models/phone-groups.ts';
import { groupModelOwner, groupModelTree, lineOwner, lineTree, phoneTree } from '../models/phone-settings.ts';
import { findPhone, phoneModel } from '../models/phones.ts';

/**
 * Settings of phones, of their lines, and of phone groups per phone model (the last are the
 * defaults of the group's phones: models/phone-settings.ts).
 */

const phoneOr404 = (call: SipxCall<{ phoneId: string }>) => findPhone(call.context, call.args.phoneId) ?? notFound(call, `phone ${call.args.phoneId}`);

const locate: Record<'phone' | 'line' | 'groupModel', LocateSettings> = {
  phone: (call: SipxCall<{ phoneId: string }>) => {
    const phone = phoneOr404(call);
    return { tree: phoneTree(call.context, phone), owner: phone.id };
  },
  line: (call: SipxCall<{ phoneId: string; lineId: string }>) => {
    const phone = phoneOr404(call);
    const line = phone.lines.find((l) => String(l.id) === call.args.lineId) ?? notFound(call, `line ${call.args.lineId} of phone ${phone.id}`);
    return { tree: lineTree(call.context, phone, line), owner: lineOwner(phone.id, line.id) };
  },
  groupModel: (call: SipxCall<{ groupId: string; modelName: string }>) => {
    const group = phoneGroups(call.context).get(numericId(call, call.args.groupId, 'phone group')) ?? notFound(call, `phone group ${call.args.groupId}`);
    const model = phoneModel(call.args.modelName) ?? notFound(call, `phone model ${call.args.modelName}`);
    return { tree: groupModelTree(model.modelId), owner: groupModelOwner(group.id, model.modelId) };
  },
};

export const phoneSettingHandlers: Record<string, SipxHandler> = {
  ...settingsHandlers({ path: '/phones/{phoneId}/settings/{settingPath}' }, locate.phone),
  ...settingsHandlers({ path: '/phones/{phoneId}/lines/{lineId}/settings/{settingPath}' }, locate.line),
};

export const phoneGroupSettingHandlers: Record<string, SipxHandler> = settingsHandlers(
  { collection: '/{groupId}/model/{modelName}/settings', collectionWrites: true, path: '/{groupId}/model/{modelName}/settings/{path:.*}' },
  locate.groupModel,
);
