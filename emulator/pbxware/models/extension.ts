import type { PackContext } from '../../core/pack.ts';
import type { VendorState } from '../../core/store.ts';
import { fail } from '../call.ts';

/**
 * An extension of a tenant. `ext` is its number (unique within the tenant); `id` is the PBX-wide
 * Extension ID. Stored as strings, rendered per action as the document shows (pbxware.md §7 A14).
 */
export interface ExtensionRecord {
  id: string;
  /** Tenant ID (the document's `server`). */
  server: string;
  ext: string;
  name: string;
  email: string;
  /** `sip` or `iax` (`prot`, "SIP and IAX only!", doc 1086-1092). */
  protocol: string;
  /** `local` or `remote` (`location` 1/2). */
  location: string;
  /** User agent device id (`ua`). */
  ua_id: string;
  /** `enabled` or `disabled` (`status` 1, or 0/2). */
  status: string;
  pin: string;
  secret: string;
  /** Comma list of department ids (`"4,6"`). */
  department: string;
  macaddress: string;
  sn: string;
  linenum: string;
  user_location: string;
  user_language: string;
  /** Whether a device is registered: drives dashboard.ext_online, sip_registrations and monitor.list. */
  registered: boolean;
  /** Every other `ext.add`/`ext.edit` argument as sent, by its write name. */
  settings: Record<string, string>;
  /** GloCOM editions and modules (`ext.editions_modules.*`, doc 3129-3207); absent means none. */
  apps?: ExtensionApps;
  /** Additional devices of `ext.additional_macs` (doc 3088-3127); absent means none. */
  additional_macs?: AdditionalMac[];
  /** Voicemails in the mailbox; `ext.voicemail.delete` empties it (doc 3064-3086). */
  voicemails?: number;
}

/** Editions accepted by `ext.editions_modules.set` / `apps.templates.set` (doc 3152-3154, 8983-8985), `all`/`none` aside. */
export const EDITIONS = ['office', 'business', 'agent', 'supervisor', 'mobile', 'operator', 'web'] as const;
/** Modules accepted there (doc 3156-3158). */
export const MODULES = ['crm', 'call popup', 'skype', 'omni channel', 'customer survey'] as const;

export interface ExtensionApps {
  /** Chosen editions; `all` stands for every edition. */
  editions: string[];
  /** Chosen modules; `all` stands for every module. */
  modules: string[];
  /** `1`: the extension takes its editions/modules from its departments' templates. */
  use_department_templates: '0' | '1';
}

export interface AdditionalMac {
  macaddress: string;
  sn: string;
  /** UAD id of the device. */
  ua_id: string;
  /** `1` local, `2` remote. */
  location: string;
  device_address: string;
}

export const extensions = (state: VendorState) => state.table<ExtensionRecord>('extensions');

export function extensionsOfTenant(state: VendorState, server: string): Array<[string, ExtensionRecord]> {
  return extensions(state).filter((e) => e.server === server);
}

export function findByNumber(state: VendorState, server: string, ext: string): ExtensionRecord | undefined {
  return extensions(state).find((e) => e.server === server && e.ext === ext)?.[1];
}

/** Department ids of an extension (its `department` comma list). */
export function departmentIds(record: Pick<ExtensionRecord, 'department'>): string[] {
  return record.department.split(',').map((d) => d.trim()).filter((d) => d !== '');
}

/**
 * Resolves the extension an action names by `id` or by `ext` (its number), never both:
 * "You cannot supply `id` and `ext` at the same time!" (doc 866-870; pbxware.md §7 A16).
 * The extension must belong to `server`: data of one tenant never shows in another.
 */
export function resolveExtension(
  context: PackContext,
  server: string,
  selector: { id?: string; ext?: string },
): ExtensionRecord {
  const hasId = selector.id !== undefined && selector.id !== '';
  const hasExt = selector.ext !== undefined && selector.ext !== '';
  if (hasId && hasExt) fail('idAndExt');
  if (!hasId && !hasExt) fail('missingArgument', 'Missing required argument: id or ext.');
  const record = hasId ? extensions(context.state).get(selector.id!) : findByNumber(context.state, server, selector.ext!);
  if (!record || record.server !== server) {
    fail('notFound', hasId ? `Extension ID ${selector.id} not found.` : `Extension ${selector.ext} not found.`);
  }
  return record;
}

/** Names the samples give the two UADs they show (doc 820-822, 836-838; KB 120). */
const SAMPLE_UADS: Record<string, { name: string; fullname: string }> = {
  '50': { name: 'generic_sip', fullname: 'Generic SIP' },
  '52': { name: 'custom_generic_iax', fullname: 'Generic IAX' },
};

/** The UAD catalogue (`uads.list`), read defensively: its rows are owned by the uads section. */
function uadTable(state: VendorState) {
  return state.table<{ name?: unknown; fullname?: unknown }>('uads');
}

/** `ua_name` / `ua_fullname` of a UAD id, from the catalogue, else the sample names, else Generic SIP. */
export function uadNames(state: VendorState, uaId: string): { ua_name: string; ua_fullname: string } {
  const row = uadTable(state).get(uaId);
  const fallback = SAMPLE_UADS[uaId] ?? SAMPLE_UADS['50'];
  return {
    ua_name: typeof row?.name === 'string' ? row.name : fallback.name,
    ua_fullname: typeof row?.fullname === 'string' ? row.fullname : fallback.fullname,
  };
}

/** Whether `ua` names a known UAD; any id is accepted while the catalogue is empty. */
export function uadKnown(state: VendorState, uaId: string): boolean {
  const table = uadTable(state);
  return table.size === 0 || table.has(uaId);
}
