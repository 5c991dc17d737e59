import type { PackContext } from '../../core/pack.ts';
import type { SettingsTree } from './settings-tree.ts';
import { users } from './users.ts';
import { TABLES } from './tables.ts';

/** A page group (doc 1637-1752); members are user ids, `sound` a file of the page group prompts. */
export interface PageGroupRow {
  id: number;
  enabled: boolean;
  groupNumber: string;
  timeout: number;
  sound: string;
  description: string | null;
  userIds: number[];
}

type StateContext = Pick<PackContext, 'state'>;

export const pageGroups = (context: StateContext) => context.state.table<PageGroupRow>(TABLES.pageGroups);

export const orderedPageGroups = (context: StateContext) => pageGroups(context).values().sort((a, b) => a.id - b.id);

export function findPageGroupByNumber(context: StateContext, groupNumber: string): PageGroupRow | undefined {
  return pageGroups(context).values().find((g) => g.groupNumber === groupNumber);
}

/** The representation GET answers; members that no longer exist are left out (a deleted user leaves the group). */
export function pageGroupView(context: StateContext, row: PageGroupRow) {
  const table = users(context);
  return {
    id: row.id,
    enabled: row.enabled,
    groupNumber: row.groupNumber,
    timeout: row.timeout,
    sound: row.sound,
    description: row.description,
    users: row.userIds.flatMap((id) => {
      const user = table.get(id);
      return user ? [user.username] : [];
    }),
  };
}

/** The options of the paging service (contracts/sipxcom/page-groups.ts decisions), one owner. */
export const PAGING_TREE: SettingsTree = {
  key: 'paging',
  definitions: [
    { path: 'page-config/prefix', type: 'string', defaultValue: '*77', label: 'Paging prefix', description: 'Dialled before a page group number to page the group.' },
    {
      path: 'page-config/SIP_PAGE_LOG_LEVEL',
      type: 'enum',
      options: { DEBUG: 'Debug', INFO: 'Info', NOTICE: 'Notice', WARNING: 'Warning', ERR: 'Error', CRIT: 'Critical', ALERT: 'Alert', EMERG: 'Emergency' },
      defaultValue: 'NOTICE',
      label: 'Log level',
      description: null,
    },
    { path: 'page-config/sip-trace', type: 'boolean', defaultValue: '0', label: 'SIP trace', description: 'Log the SIP messages of the paging server.' },
  ],
};
export const PAGING_OWNER = 'service';
