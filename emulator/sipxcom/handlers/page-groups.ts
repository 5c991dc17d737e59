import { fail, notFound, numericId, type SipxCall, type SipxHandler } from '../call.ts';
import { orderedPageGroups, pageGroups, pageGroupView, PAGING_OWNER, PAGING_TREE, type PageGroupRow } from '../models/page-groups.ts';
import { DEFAULT_PROMPT, findPrompt } from '../models/prompts.ts';
import { SEQUENCES } from '../models/tables.ts';
import { findUser } from '../models/users.ts';
import { readSettingsAt, revertSettingsAt, writeSettingsAt } from './settings-path-forms.ts';

/** Page groups (doc 1637-1806); their prompts are handlers/prompts.ts. */
type Flag = boolean | 'true' | 'false' | '0' | '1';
interface PageGroupInput {
  enabled?: Flag;
  groupNumber?: string | number;
  pageGroupNumber?: string | number;
  timeout?: number | string;
  sound?: string;
  description?: string | null;
  users?: Array<string | number> | null;
}
type IdArgs = { pagegroupId: string };
type SettingsArgs = { '*'?: string; body?: any };

const invalid = (message: string): never => fail('validationFailed', `Failed input validation: ${message}`);
export const asFlag = (value: Flag) => value === true || value === 'true' || value === '1';

function groupOr404(call: SipxCall<IdArgs>): PageGroupRow {
  return pageGroups(call.context).get(numericId(call, call.args.pagegroupId, 'page group')) ?? notFound(call, `page group ${call.args.pagegroupId}`);
}

/** The row fields a body sets, checked (numbers, timeout, sound, members); `current` for an update. */
function fieldsOf(call: SipxCall, body: PageGroupInput, current?: PageGroupRow): Partial<PageGroupRow> {
  const out: Partial<PageGroupRow> = {};
  const number = body.groupNumber ?? body.pageGroupNumber;
  if (number !== undefined) {
    const text = String(number).trim();
    if (!/^\d{1,10}$/.test(text)) invalid(`groupNumber must be 1-10 digits, got "${text.slice(0, 40)}"`);
    const clash = pageGroups(call.context).values().find((g) => g.groupNumber === text && g.id !== current?.id);
    if (clash) fail('duplicate', `Failed input validation: page group number ${text} is already used by page group ${clash.id}`);
    out.groupNumber = text;
  } else if (!current) invalid('groupNumber is required');
  if (body.enabled !== undefined) out.enabled = asFlag(body.enabled);
  if (body.timeout !== undefined) {
    const timeout = Number(body.timeout);
    if (!Number.isInteger(timeout) || timeout < 1 || timeout > 86400) invalid('timeout must be a whole number of seconds from 1 to 86400');
    out.timeout = timeout;
  }
  if (body.sound !== undefined) {
    if (!findPrompt(call.context, 'pagegroups', body.sound)) invalid(`sound ${body.sound.slice(0, 80)} is not a page group prompt (upload it to /pagegroups/prompts)`);
    out.sound = body.sound;
  }
  if (body.description !== undefined) out.description = body.description === null || body.description.trim() === '' ? null : body.description;
  if (body.users !== undefined) {
    const ids = (body.users ?? []).map((ref) => findUser(call.context, ref)?.id ?? invalid(`user ${String(ref).slice(0, 80)} does not exist`));
    out.userIds = [...new Set(ids)];
  }
  return out;
}

export const pageGroupHandlers: Record<string, SipxHandler> = {
  'GET /pagegroups': ({ context }: SipxCall) => ({ pageGroups: orderedPageGroups(context).map((g) => pageGroupView(context, g)) }),

  'POST /pagegroups': (call: SipxCall<{ body: PageGroupInput }>) => {
    const fields = fieldsOf(call, call.args.body);
    const id = call.context.state.nextId(SEQUENCES.pageGroups);
    pageGroups(call.context).set(id, {
      id,
      enabled: true,
      groupNumber: fields.groupNumber!,
      timeout: 60,
      sound: DEFAULT_PROMPT,
      description: null,
      userIds: [],
      ...fields,
    });
    return undefined;
  },

  'GET /pagegroups/{pagegroupId}': (call: SipxCall<IdArgs>) => pageGroupView(call.context, groupOr404(call)),

  'PUT /pagegroups/{pagegroupId}': (call: SipxCall<IdArgs & { body: PageGroupInput }>) => {
    const group = groupOr404(call);
    pageGroups(call.context).update(group.id, fieldsOf(call, call.args.body, group));
    return undefined;
  },

  'DELETE /pagegroups/{pagegroupId}': (call: SipxCall<IdArgs>) => {
    pageGroups(call.context).delete(groupOr404(call).id);
    return undefined;
  },

  'GET /pagegroups/settings': (call: SipxCall<SettingsArgs>) => readSettingsAt(call.context, PAGING_TREE, PAGING_OWNER, call.args['*']),

  'PUT /pagegroups/settings': (call: SipxCall<SettingsArgs>) => {
    writeSettingsAt(call.context, PAGING_TREE, PAGING_OWNER, call.args['*'], call.args.body);
    return undefined;
  },

  'DELETE /pagegroups/settings': (call: SipxCall<SettingsArgs>) => {
    revertSettingsAt(call.context, PAGING_TREE, PAGING_OWNER, call.args['*']);
    return undefined;
  },
};
