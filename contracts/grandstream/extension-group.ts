import { z } from 'zod';
import { ucmOperation } from './operation.ts';
import { listParams, nstr, pagedList } from './shapes.ts';
import { doc } from './source.ts';

/* Extension Groups (doc 6570-6644): listed only; the groups are made in the web UI (fixtures, control API). */

export const EXTENSION_GROUP_FIELDS = ['group_id', 'group_name', 'members', 'tmp'] as const;

export const extensionGroupContracts = [
  ucmOperation({
    action: 'listExtensionGroup',
    section: 'extension-group',
    summary: 'List extension groups (group-N ids, members as a comma list)',
    kind: 'read',
    doc: [doc('6572-6644')],
    params: listParams,
    response: pagedList('extension_group', z.object({ group_id: z.string(), group_name: z.string(), members: nstr, tmp: nstr }).partial().strict()),
    decisions: [
      { question: 'The table\'s notes are copied from listUser ("page: username", "options: The Email address …", doc 6627-6631)', choice: 'Read as the usual list parameters; options name group_name, members, group_id (and tmp).' },
      { question: '`group_id` typed int, `members` typed int in the table; the example answers "group-3" and "1083,1084"', choice: 'Strings, as the example.' },
      { question: '`tmp`', choice: 'Repeats the group id, or null for a group without members (the example\'s group-1).' },
      { question: '`options` naming a field that does not exist', choice: 'As listAccount: -1 (quirk unknown-option-fails).', quirk: 'unknown-option-fails' },
      { question: 'Where the groups come from', choice: 'No add/update/delete action is documented: fixtures (table extension_groups) and the control API.' },
    ],
    examples: [
      {
        request: { action: 'listExtensionGroup', item_num: '10', sidx: 'group_name', sord: 'asc', page: '1' },
        response: {
          response: {
            extension_group: [
              { group_id: 'group-3', group_name: '1083', members: '1083', tmp: 'group-3' },
              { group_id: 'group-2', group_name: '45', members: '1083,1084', tmp: 'group-2' },
              { group_id: 'group-1', group_name: 'ew', members: null, tmp: null },
            ],
            total_item: 3,
            total_page: 1,
            page: 1,
          },
          status: 0,
        },
        doc: doc('6578-6617'),
      },
    ],
  }),
];
