import { EXTENSION_GROUP_FIELDS } from '../../../contracts/grandstream/extension-group.ts';
import { ok, type UcmCall, type UcmHandlers } from '../call.ts';
import { listPage, type ListArgs } from '../listing.ts';
import { extensionGroups } from '../models/groups.ts';

/** Extension Groups (doc 6570-6644). */
export const extensionGroupHandlers: UcmHandlers = {
  listExtensionGroup: (call: UcmCall<ListArgs>) => {
    const rows = extensionGroups(call.context.state).values();
    return ok(listPage(rows as unknown as Array<Record<string, unknown>>, call.args, { key: 'extension_group', fields: EXTENSION_GROUP_FIELDS, defaultSort: 'group_id', quirks: call.context.quirks }));
  },
};
