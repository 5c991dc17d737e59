import { fail, type PbxHandlers } from '../call.ts';
import { packages, type PackageRecord } from '../models/package.ts';
import { resolveServer, tenants } from '../models/tenant.ts';
import { keyed } from '../views.ts';

/** Write names of `package.add` mapped to the read names of `package.configuration` (doc 6797-6972). */
const WRITE_TO_READ: Record<string, keyof PackageRecord> = {
  name: 'name',
  restrict_splans: 'restrict_splans',
  allowed_service_plans: 'allowed_service_plans',
  service_plan: 'service_plan',
  call_recordings: 'call_recordings',
  monitoring: 'monitoring',
  call_screening: 'call_screening',
  extensions: 'ext',
  voicemails: 'voicemail',
  queues: 'queues',
  cfs: 'cf',
  rgroups: 'rgroups',
  hot_desking: 'hot_desking',
  ivrs: 'ivr',
};

function applyWrite(target: Partial<PackageRecord>, args: Record<string, string | undefined>) {
  for (const [writeName, readName] of Object.entries(WRITE_TO_READ)) {
    const value = args[writeName];
    if (value !== undefined) target[readName] = value;
  }
}

function checkPackage(state: Parameters<typeof packages>[0], record: PackageRecord, selfId?: string) {
  if (record.restrict_splans === '1' && record.allowed_service_plans === '') {
    fail('missingArgument', 'Missing required argument: allowed_service_plans (restrict_splans is 1).');
  }
  const clash = packages(state).find((p, id) => id !== selfId && p.name === record.name);
  if (clash) fail('duplicate', `Tenant package name '${record.name}' is already reserved by package ID ${clash[0]}.`);
}

export const packageHandlers: PbxHandlers = {
  'pbxware.package.list': ({ context }) => keyed(packages(context.state).entries(), (p) => p.name),

  'pbxware.package.configuration': ({ args, context }) => {
    const record = packages(context.state).get(args.id);
    if (!record) fail('notFound', `Tenant package ID ${args.id} not found.`);
    return { [args.id]: record };
  },

  'pbxware.package.add': ({ args, context }) => {
    const record: PackageRecord = {
      name: '',
      service_plan: '',
      allowed_service_plans: '',
      ext: '0',
      voicemail: '0',
      queues: '0',
      ivr: '0',
      cf: '0',
      rgroups: '0',
      hot_desking: '0',
      restrict_splans: '0',
      call_recordings: '0',
      monitoring: '0',
      call_screening: '0',
    };
    applyWrite(record, args);
    checkPackage(context.state, record);
    const id = context.state.nextId('package');
    packages(context.state).set(id, record);
    return { success: `Tenant package: ${id}`, id };
  },

  'pbxware.package.edit': ({ args, context }) => {
    resolveServer(context, args.server, 'master');
    const existing = packages(context.state).get(args.id);
    if (!existing) fail('notFound', `Tenant package ID ${args.id} not found.`);
    const next = { ...existing };
    applyWrite(next, args);
    checkPackage(context.state, next, args.id);
    packages(context.state).set(args.id, next);
    return { success: `Tenant package: ${args.id}`, id: Number(args.id) };
  },

  'pbxware.package.delete': ({ args, context }) => {
    resolveServer(context, args.server, 'master');
    if (!packages(context.state).has(args.id)) fail('notFound', `Tenant package ID ${args.id} not found.`);
    const user = tenants(context.state).find((t) => t.package_id === args.id);
    if (user) fail('inUse', `Tenant package ID ${args.id} is used by tenant ID ${user[0]}.`);
    packages(context.state).delete(args.id);
    return { success: `Tenant package ID: ${args.id}.`, id: args.id };
  },
};
