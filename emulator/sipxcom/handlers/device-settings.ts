import type { SipxCall, SipxHandler } from '../call.ts';
import { readDevice, resetDevice, writeDevice, writeDeviceBatch, type DeviceTree } from '../models/device-trees.ts';
import { normalisePath } from '../models/settings-tree.ts';

/** Where a settings call acts: the tree of the device (gateway, port, phone, line, group model) and its owner key. */
export type LocateSettings = (call: SipxCall) => { tree: DeviceTree; owner: string | number };

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
      const wanted = normalisePath(call.args['*']);
      const found = readDevice(call.context, tree, owner, wanted);
      // A leaf answers the setting unwrapped, a subtree the list (quirk settings-leaf-unwrapped).
      const leaf = found.length === 1 && found[0].path === wanted;
      return leaf && call.context.quirks['settings-leaf-unwrapped'] !== false ? found[0] : { settings: found };
    },
    [`PUT ${ids.path}`]: (call: SipxCall<{ '*': string; body?: string }>) => {
      const { tree, owner } = locate(call);
      writeDevice(call.context, tree, owner, call.args['*'], call.args.body);
      return undefined;
    },
    [`DELETE ${ids.path}`]: (call: SipxCall<{ '*': string }>) => {
      const { tree, owner } = locate(call);
      resetDevice(call.context, tree, owner, call.args['*']);
      return undefined;
    },
  };
  if (!ids.collection) return handlers;
  handlers[`GET ${ids.collection}`] = (call: SipxCall) => {
    const { tree, owner } = locate(call);
    return { settings: readDevice(call.context, tree, owner) };
  };
  if (!ids.collectionWrites) return handlers;
  handlers[`PUT ${ids.collection}`] = (call: SipxCall<{ body: unknown }>) => {
    const { tree, owner } = locate(call);
    writeDeviceBatch(call.context, tree, owner, call.args.body);
    return undefined;
  };
  handlers[`DELETE ${ids.collection}`] = (call: SipxCall) => {
    const { tree, owner } = locate(call);
    resetDevice(call.context, tree, owner);
    return undefined;
  };
  return handlers;
}
