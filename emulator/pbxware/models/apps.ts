import type { VendorState } from '../../core/store.ts';
import { departments } from './department.ts';
import type { ExtensionApps, ExtensionRecord } from './extension.ts';

/**
 * The edition and module slots `apps.list` reports, under the sample's keys and in its order
 * (doc 8893-8958; note the mixed case of "Call Popup"), with the sample's totals as defaults.
 */
export const APP_SLOTS = [
  { key: 'OFFICE', kind: 'editions', name: 'office', total: 100 },
  { key: 'BUSINESS', kind: 'editions', name: 'business', total: 100 },
  { key: 'WEB', kind: 'editions', name: 'web', total: 30 },
  { key: 'AGENT', kind: 'editions', name: 'agent', total: 15 },
  { key: 'SUPERVISOR', kind: 'editions', name: 'supervisor', total: 5 },
  { key: 'MOBILE', kind: 'editions', name: 'mobile', total: 15 },
  { key: 'CRM', kind: 'modules', name: 'crm', total: 15 },
  { key: 'Call Popup', kind: 'modules', name: 'call popup', total: 15 },
] as const;

/** Licensed slot totals by `apps.list` key; a key without a row uses the sample's total. */
export const appSlotTotals = (state: VendorState) => state.table<{ total: number }>('app_slots');

export function slotTotal(state: VendorState, key: string): number {
  return appSlotTotals(state).get(key)?.total ?? APP_SLOTS.find((s) => s.key === key)?.total ?? 0;
}

function names(list: string): string[] {
  return list.split(',').map((n) => n.trim()).filter((n) => n !== '');
}

/**
 * What an extension really uses: its own editions/modules, or, with `use_department_templates=1`,
 * the union of its departments' templates (`apps.templates.set`, doc 8961-9000).
 */
export function effectiveApps(state: VendorState, record: ExtensionRecord): Pick<ExtensionApps, 'editions' | 'modules'> {
  const apps = record.apps;
  if (!apps) return { editions: [], modules: [] };
  if (apps.use_department_templates !== '1') return apps;
  const editions = new Set<string>();
  const modules = new Set<string>();
  for (const id of record.department.split(',')) {
    const department = departments(state).get(id.trim());
    if (!department || department.server !== record.server) continue;
    names(department.editions).forEach((n) => editions.add(n));
    names(department.modules).forEach((n) => modules.add(n));
  }
  return { editions: [...editions], modules: [...modules] };
}

/** Whether an extension has edition/module `name` of `kind` (`all` grants every one). */
export function usesApp(apps: Pick<ExtensionApps, 'editions' | 'modules'>, kind: 'editions' | 'modules', name: string): boolean {
  return apps[kind].includes('all') || apps[kind].includes(name);
}
