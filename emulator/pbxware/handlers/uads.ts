import { fail, type PbxHandlers } from '../call.ts';
import { resolveServer } from '../models/tenant.ts';
import { uads } from '../models/uad.ts';
import { keyed } from '../views.ts';

/** activate/deactivate: same arguments, same answer `{"success": "UAD: 89.", "id": "89"}` (doc 8800-8840). */
function switchUad(enabled: boolean): PbxHandlers[string] {
  return ({ args, context }) => {
    if (args.server !== undefined && args.server !== '') resolveServer(context, args.server, 'any');
    const record = uads(context.state).get(args.id);
    if (!record) fail('notFound', `UAD ID ${args.id} not found.`);
    if (record.enabled !== enabled) uads(context.state).set(args.id, { ...record, enabled });
    // The id is a string here, unlike most writes (quirk uads-string-id).
    return { success: `UAD: ${args.id}.`, id: String(args.id) };
  };
}

export const uadsHandlers: PbxHandlers = {
  // `enabled` is a JSON boolean (doc 8778-8796; quirk uads-enabled-boolean).
  'pbxware.uads.list': ({ context }) =>
    keyed(uads(context.state).entries(), (u) => ({ name: u.name, fullname: u.fullname, enabled: u.enabled })),
  'pbxware.uads.activate': switchUad(true),
  'pbxware.uads.deactivate': switchUad(false),
};
