import { z } from 'zod';
import { portsipOperation } from './operation.ts';
import { doc } from './source.ts';
import {
  emptyResponse,
  extensionListItem,
  extensionNumber,
  extensionSections,
  pagingArgs,
  pagingEnvelope,
  sectionArgs,
  sortBy,
  text,
  token,
} from './shapes.ts';

const password = text(64).min(1);

const defaultsDecision = {
  question: 'Sections left out of a create?',
  choice: 'Filled with defaults taken from the sample (lines 287-362): options and voice_mail flags as shown, forward rules as shown (CONNECT_TO_VOICE_MAIL beside CONNECT_TO_VOICE), office hours 09:00-17:00 CUSTOM; profile texts and the voicemail PIN empty. A section sent in part is merged over the defaults.',
};
const enumDecision = {
  question: 'Enum domains (gender, msg_read_out_datetime, *_action, office_hours_mode) are never listed.',
  choice: 'Any UPPER_SNAKE_CASE word is accepted and echoed verbatim (portsip.md B13); other values are refused with 400.',
};

export const extensionContracts = [
  portsipOperation({
    method: 'GET',
    path: '/api/extensions/list',
    summary: 'Retrive a list of extensions (one page)',
    kind: 'read',
    doc: [doc('178-224')],
    request: z.strictObject({ ...pagingArgs, sort_by: sortBy.optional() }),
    response: z.strictObject({ ...pagingEnvelope, extensions: z.array(extensionListItem) }),
    decisions: [
      {
        question: 'Paging semantics (never explained)?',
        choice: '`pagination` is the 1-based page; `pagesize` defaults to 10, at most 1000; `page_count` = ceil(total / pagesize); `count` = items on this page (quirk count-echoes-pagesize echoes pagesize as "Current pagesize." says); a page past the end is empty. `sort_by` is echoed ("DEFAULT" when absent); both values order by extension number.',
        quirk: 'count-echoes-pagesize',
      },
      { question: 'Status values?', choice: '"OFFLINE", or "ON_CALL" while an emulated call is up (lines 218, 494).' },
    ],
  }),
  portsipOperation({
    method: 'GET',
    path: '/api/extensions/search',
    summary: 'Search a list of extensions by a condition',
    kind: 'read',
    doc: [doc('225-266')],
    request: z.strictObject({ ...pagingArgs, condition: text(128) }),
    response: z.strictObject({
      pagination: z.number().int(),
      pagesize: z.number().int().optional(),
      page_count: z.number().int(),
      count: z.number().int(),
      extensions: z.union([extensionListItem, z.strictObject({}), z.array(extensionListItem)]),
    }),
    decisions: [
      {
        question: 'What does `condition` match?',
        choice: 'Case-insensitive substring of extension_number, first_name, last_name or email (portsip.md B11); an empty condition matches everything.',
      },
      {
        question: '`extensions` is typed array but the sample is one object (256-265).',
        choice: 'As the sample: the first match of the page as an object, `{}` when none (quirk search-answers-object; off: an array).',
        quirk: 'search-answers-object',
      },
    ],
  }),
  portsipOperation({
    method: 'POST',
    path: '/api/extensions/create',
    summary: 'Create a new extension with every settings section',
    kind: 'write',
    doc: [doc('267-364')],
    request: z.strictObject({
      access_token: token,
      extension_number: extensionNumber,
      password,
      web_access_password: password,
      profile: sectionArgs.profile.optional(),
      voice_mail: sectionArgs.voice_mail.optional(),
      forward_rules: sectionArgs.forward_rules.optional(),
      options: sectionArgs.options.optional(),
      office_hours: sectionArgs.office_hours.optional(),
    }),
    response: emptyResponse,
    errors: ['duplicate'],
    decisions: [
      { question: 'URL (not shown)?', choice: '/api/extensions/create (portsip.md B3; also seen in production, field evidence).' },
      {
        question: 'The document lists no access_token for this operation (267-362).',
        choice: 'A token is required like everywhere else; quirk create-extension-without-token accepts the call without one.',
        quirk: 'create-extension-without-token',
      },
      defaultsDecision,
      enumDecision,
      { question: 'An existing number?', choice: 'Refused with 409 (portsip.md B7).' },
    ],
  }),
  portsipOperation({
    method: 'GET',
    path: '/api/extensions/show',
    summary: 'Retrive settings for extension',
    kind: 'read',
    doc: [doc('365-470')],
    request: z.strictObject({ access_token: token, extension_number: extensionNumber }),
    response: z.strictObject({
      extension_number: z.string(),
      password: z.string(),
      web_access_password: z.string(),
      profile: extensionSections.profile.optional(),
      voice_mail: extensionSections.voice_mail.optional(),
      forward_rules: extensionSections.forward_rules.optional(),
      options: extensionSections.options.optional(),
      office_hours: extensionSections.office_hours.optional(),
      belong_groups: z.array(z.string()).optional(),
    }),
    errors: ['notFound'],
    decisions: [
      { question: 'Passwords in the answer?', choice: 'Returned as stored, as the sample shows (397-398).' },
      { question: 'belong_groups shape (no sample)?', choice: 'Array of group_id strings, the default group included (portsip.md B19).' },
    ],
  }),
  portsipOperation({
    method: 'POST',
    path: '/api/extensions/status',
    summary: 'Retrive status of extensions',
    kind: 'read',
    doc: [doc('471-498')],
    request: z.strictObject({ access_token: token, extensions: z.array(extensionNumber).max(1000) }),
    response: z.strictObject({
      extension_status: z.array(z.strictObject({ extension_number: z.string(), status: z.string(), user_agent: z.string() })),
    }),
    decisions: [
      { question: 'URL (not shown)?', choice: '/api/extensions/status, POST because the sample is a JSON body (portsip.md B3).' },
      { question: 'Unknown numbers in `extensions`?', choice: 'Left out of extension_status (portsip.md B12).' },
    ],
  }),
  portsipOperation({
    method: 'POST',
    path: '/api/extensions/update',
    summary: 'Update an extension (every settings section)',
    kind: 'write',
    doc: [doc('518-612')],
    request: z.strictObject({
      access_token: token,
      extension_number: extensionNumber,
      profile: sectionArgs.profile.optional(),
      options: sectionArgs.options.optional(),
      forward_rules: sectionArgs.forward_rules.optional(),
      office_hours: sectionArgs.office_hours.optional(),
      voice_mail: sectionArgs.voice_mail.optional(),
    }),
    response: emptyResponse,
    errors: ['notFound'],
    decisions: [
      { question: 'URL (not shown)?', choice: '/api/extensions/update (portsip.md B3; field evidence).' },
      {
        question: 'All five sections are "required" on update (523-534), optional on create.',
        choice: 'All five required (quirk update-requires-all-sections; off: any subset). Fields left out within a section keep their stored values.',
        quirk: 'update-requires-all-sections',
      },
      { question: 'Passwords?', choice: 'Not updatable here (the document lists none): sending them is an unknown field, 400.' },
      enumDecision,
    ],
  }),
  portsipOperation({
    method: 'POST',
    path: '/api/extensions/remove',
    summary: 'Remove an extension',
    kind: 'write',
    doc: [doc('613-626')],
    request: z.strictObject({ access_token: token, extension_number: extensionNumber }),
    response: emptyResponse,
    errors: ['notFound'],
    decisions: [
      { question: 'URL (not shown)?', choice: '/api/extensions/remove; /api/extensions/destroy too under quirk v12-route-aliases (field evidence).', quirk: 'v12-route-aliases' },
      { question: 'What goes with it?', choice: 'It leaves every group it was a member of, and its greeting files are removed (portsip.md B16).' },
    ],
  }),
];
