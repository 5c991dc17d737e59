import type { VendorState } from '../../core/store.ts';
import type { PackContext } from '../../core/pack.ts';
import { fail, type PbxHandlers } from '../call.ts';
import { dids } from '../models/did.ts';
import { didgroups, type DidGroupRecord } from '../models/didgroup.ts';
import { MASTER_TENANT_ID, resolveServer, tenantMode, tenants } from '../models/tenant.ts';
import { keyed } from '../views.ts';

type Args = Record<string, string | undefined>;

function existingGroup(state: VendorState, id: string): DidGroupRecord {
  const group = didgroups(state).get(id);
  if (!group) fail('notFound', `DID Group ID ${id} not found.`);
  return group;
}

function groupUser(state: VendorState, id: string): string | undefined {
  return dids(state).find((d) => d.groupid === id)?.[0];
}

/** Applies `group_name`, `tenantid`, `min_did`, `max_did` as sent (doc 4820-4830) and checks the result. */
function applyGroupWrite(context: PackContext, group: DidGroupRecord, args: Args, selfId?: string): DidGroupRecord {
  const next = { ...group };
  if (args.group_name !== undefined) next.group_name = args.group_name;
  if (args.min_did !== undefined) next.min_did = args.min_did;
  if (args.max_did !== undefined) next.max_did = args.max_did;
  if (args.tenantid !== undefined) {
    if (tenantMode(context) && args.tenantid === MASTER_TENANT_ID) fail('masterTenant');
    if (!tenants(context.state).has(args.tenantid)) fail('tenantNotFound', `Invalid Tenant ID '${args.tenantid}'.`);
    if (selfId && args.tenantid !== group.server) {
      const user = groupUser(context.state, selfId);
      if (user) fail('inUse', `DID Group ID ${selfId} holds DID ID ${user} of tenant ${group.server}; it cannot move to another tenant.`);
    }
    next.server = args.tenantid;
  }
  if (BigInt(next.min_did) > BigInt(next.max_did)) fail('invalidArgument', 'Invalid argument min_did: the range start is above its end (max_did).');
  const clash = didgroups(context.state).find((g, id) => id !== selfId && g.group_name === next.group_name);
  if (clash) fail('duplicate', `DID Group name '${next.group_name}' is already used by DID Group ID ${clash[0]}.`);
  return next;
}

export const didgroupHandlers: PbxHandlers = {
  'pbxware.didgroup.list': ({ context }) =>
    keyed(didgroups(context.state).entries(), (g) => ({
      group_name: g.group_name,
      max_did: g.max_did,
      min_did: g.min_did,
      tenant: g.server,
    })),

  'pbxware.didgroup.add': ({ args, context }) => {
    resolveServer(context, args.server, 'master');
    const group = applyGroupWrite(context, { group_name: '', max_did: '0', min_did: '0', server: '' }, args);
    const id = context.state.nextId('didgroup');
    didgroups(context.state).set(id, group);
    return { success: `DID Group ID: ${id}`, id };
  },

  'pbxware.didgroup.edit': ({ args, context }) => {
    resolveServer(context, args.server, 'master');
    const group = applyGroupWrite(context, existingGroup(context.state, args.id), args, args.id);
    didgroups(context.state).set(args.id, group);
    return { success: `DID Group ID: ${args.id}`, id: Number(args.id) };
  },

  'pbxware.didgroup.delete': ({ args, context }) => {
    resolveServer(context, args.server, 'master');
    existingGroup(context.state, args.id);
    const user = groupUser(context.state, args.id);
    if (user) fail('inUse', `DID Group ID ${args.id} is used by DID ID ${user}.`);
    didgroups(context.state).delete(args.id);
    return { success: `Deleted DID Group ID ${args.id} successfully.` };
  },
};
