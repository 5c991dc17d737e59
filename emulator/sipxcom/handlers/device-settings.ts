import type { SipxCall, SipxHandler } from '../call.ts';
import { readSettings, readSettingsAt, resetSettings, settingAssignments, writeSetting, writeSettings, type SettingsTree } from '../models/settings-tree.ts';

/** Where a settings call acts: the tree of the device (gateway, port, phone, line, group model) and its owner key. */
export type LocateSettings = (call: SipxCall) => { tree: SettingsTree; owner: string | number };

/**
 * The handlers of a settings path (`ids.path`, `…/{path:.*}` served as `*`: GET, PUT plain text,
 * DELETE = revert) and of its collection (`ids.collection`: GET, and PUT/DELETE of several settings
 * when `collectionWrites`), for any device.
 */
export function settingsHandlers(
  ids: { path: string; collection?: string; collectionWrites?: boolean },
  locate: LocateSettings,
): Record<string, SipxHandler> {
  const handlers: Record<string, SipxHandler> = {
    [`GET ${ids.path}`]: (call: SipxCall<{ '*': string }>) => {
      const { tree, owner } = locate(call);
      return readSettingsAt(call.context, tree, owner, call.args['*']);
    },
    [`PUT ${ids.path}`]: (call: SipxCall<{ '*': string; body?: string }>) => {
      const { tree, owner } = locate(call);
      writeSetting(call.context, tree, owner, call.args['*'], call.args.body);
      return undefined;
    },
    [`DELETE ${ids.path}`]: (call: SipxCall<{ '*': string }>) => {
      const { tree, owner } = locate(call);
      resetSettings(call.context, tree, owner, call.args['*']);
      return undefined;
    },
  };
  if (!ids.collection) return handlers;
  handlers[`GET ${ids.collection}`] = (call: SipxCall) => {
    const { tree, owner } = locate(call);
    return { settings: readSettings(call.context, tree, owner) };
  };
  if (!ids.collectionWrites) return handlers;
  handlers[`PUT ${ids.collection}`] = (call: SipxCall<{ body: unknown }>) => {
    const { tree, owner } = locate(call);
    writeSettings(call.context, tree, owner, settingAssignments(call.args.body));
    return undefined;
  };
  handlers[`DELETE ${ids.collection}`] = (call: SipxCall) => {
    const { tree, owner } = locate(call);
    resetSettings(call.context, tree, owner);
    return undefined;
  };
  return handlers;
}
