import { z } from 'zod';
import { p } from './args.ts';
import { ucmOperation } from './operation.ts';
import { envelope, listParams, needApply, nstr, pagedList } from './shapes.ts';
import { doc } from './source.ts';

/* User Information (doc 6317-6568). The array of listUser is keyed `user_id`, getUser's object `user_name`. */

export const USER_LIST_FIELDS = [
  'user_id',
  'user_name',
  'privilege',
  'department',
  'first_name',
  'last_name',
  'enable_multiple_extension',
  'multiple_extension',
  'email',
  'language',
  'fax',
  'family_number',
  'phone_number',
  'cookie',
  'login_time',
  'email_to_user',
  'ip',
] as const;

const userItem = z
  .object({
    user_id: z.number().int(),
    user_name: z.string(),
    privilege: z.number().int(),
    department: nstr,
    first_name: nstr,
    last_name: nstr,
    enable_multiple_extension: z.string(),
    multiple_extension: nstr,
    email: nstr,
    language: nstr,
    fax: nstr,
    family_number: nstr,
    phone_number: nstr,
    cookie: nstr,
    login_time: nstr,
    email_to_user: z.string(),
    ip: nstr,
  })
  .strict();

export const userContracts = [
  ucmOperation({
    action: 'listUser',
    section: 'user',
    summary: 'List users (admin and extension users) with their last session',
    kind: 'read',
    doc: [doc('6319-6444')],
    params: listParams,
    response: pagedList('user_id', userItem.partial()),
    decisions: [
      {
        question: 'Which fields without `options`, and which with it?',
        choice: 'All of the example\'s fields without `options` (doc 6338-6360); with it, `user_id` and `user_name` plus the named ones (the table lists only optional fields as options).',
      },
      {
        question: 'What are `cookie`, `login_time`, `ip`? (ucm.md §7.5 #33)',
        choice: 'The user\'s latest API session, when an API user of that name logged in; else null. login_time is "YYYY-MM-DD HH:MM:SS" on the emulator clock (UTC).',
      },
    ],
  }),
  ucmOperation({
    action: 'getUser',
    section: 'user',
    summary: 'Read one user',
    kind: 'read',
    doc: [doc('6446-6511')],
    params: { user_name: p.required() },
    response: envelope(z.object({ user_name: userItem.omit({ user_name: true, ip: true }) }).strict()),
    errors: ['noSuchItem'],
  }),
  ucmOperation({
    action: 'updateUser',
    section: 'user',
    summary: 'Update a user',
    kind: 'write',
    doc: [doc('6513-6568')],
    // The table marks every field mandatory (doc 6550-6562); the example sends them all.
    params: {
      user_name: p.required(),
      phone_number: p.str(),
      family_number: p.str(),
      fax: p.str(),
      email: p.str(),
      last_name: p.str(),
      first_name: p.str(),
      department: p.str(),
      privilege: p.int(0, 99),
      user_id: p.int(0),
    },
    aliases: { Privilege: 'privilege' },
    response: needApply('yes'),
    errors: ['noSuchItem'],
    decisions: [
      { question: 'A `user_id` that is not the user\'s', choice: '-15 "Invalid value": the id cannot be changed.' },
      { question: 'The example has no cookie (doc 6517-6531)', choice: 'A cookie is required as the document says for all requests (-6).' },
    ],
  }),
];
