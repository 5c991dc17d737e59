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
}

export const extensions = (state: VendorState) => state.table<ExtensionRecord>('extensions');

export function extensionsOfTenant(state: VendorState, server: string): Array<[string, ExtensionRecord]> {
  return extensions(state).filter((e) => e.server === server);
}

export function findByNumber(state: VendorState, server: string, ext: string): ExtensionRecord | undefined {
  return extensions(state).find((e) => e.server === server && e.ext === ext)?.[1];
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
