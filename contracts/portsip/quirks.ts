import type { QuirkDefinition } from '../core/index.ts';
import { FIELD_EVIDENCE, TOKEN_DOC, doc } from './source.ts';

const quirk = (q: Omit<QuirkDefinition, 'vendor' | 'test'> & { test?: string }): QuirkDefinition => ({
  vendor: 'portsip',
  test: 'emulator/portsip/quirks.test.ts',
  switchable: true,
  ...q,
});

const CALL = 'GET /apiextensions/call';

/**
 * Every PortSIP behaviour the emulator reproduces although it looks like a mistake, and every choice a
 * real device may make differently, each switchable: `--quirk portsip:<id>=off|on`.
 */
export const portsipQuirks: QuirkDefinition[] = [
  quirk({
    id: 'call-path-misprint',
    description: 'The call operation is also served at the printed `/apiextensions/call` (no "/" between api and extensions); `/api/extensions/call` always works.',
    doc: doc('515'),
    defaultOn: true,
    operations: [CALL],
  }),
  quirk({
    id: 'search-answers-object',
    description: 'Search answers `extensions` as ONE object (the first match of the page; `{}` when none), as the sample shows, although the table types it array. Off: an array.',
    doc: doc('247-265'),
    defaultOn: true,
    operations: ['GET /api/extensions/search'],
  }),
  quirk({
    id: 'voicemail-action-spellings',
    description: 'Forward actions keep both spellings the sample uses in one object: `CONNECT_TO_VOICE_MAIL` (no answer) beside `CONNECT_TO_VOICE` (busy, office hours), and defaults use that mix. Off: `CONNECT_TO_VOICE` is stored as `CONNECT_TO_VOICE_MAIL`.',
    doc: doc('318-344'),
    defaultOn: true,
    operations: ['POST /api/extensions/create', 'POST /api/extensions/update', 'GET /api/extensions/show'],
  }),
  quirk({
    id: 'default-greeting-trailing-comma',
    description: 'The built-in greeting is listed as `"default.wav,"` (a comma inside the name, as the sample writes it) while default_file says `default.wav`; setup/remove accept both spellings. Off: `default.wav`.',
    doc: doc('722-727'),
    defaultOn: true,
    operations: ['GET /api/extensions/greeting_file/list'],
  }),
  quirk({
    id: 'greeting-list-sample-shape',
    description: 'The greeting list answers `default_file` + `files` as the sample does, not `greetings` as its table says. Off: `greetings`.',
    doc: doc('702-733'),
    defaultOn: true,
    operations: ['GET /api/extensions/greeting_file/list'],
  }),
  quirk({
    id: 'group-remove-by-name',
    description: 'Removing a group by a `group_id` no group has removes the group with that NAME, as the sample passes "Sample extension group" as group_id.',
    doc: doc('171-175'),
    defaultOn: true,
    operations: ['POST /api/extensions/group/remove'],
  }),
  quirk({
    id: 'create-extension-without-token',
    description: 'Create extension is accepted without an access_token, as its parameter list and sample have none. Off (default): a token is required like everywhere else.',
    doc: doc('267-362'),
    defaultOn: false,
    operations: ['POST /api/extensions/create'],
  }),
  quirk({
    id: 'update-requires-all-sections',
    description: 'Update extension requires all five sections (profile, options, forward_rules, office_hours, voice_mail), as its table marks them, although create makes them optional. Off: any subset.',
    doc: doc('520-534'),
    defaultOn: true,
    operations: ['POST /api/extensions/update'],
  }),
  quirk({
    id: 'count-echoes-pagesize',
    description: '`count` ("Current pagesize.") echoes pagesize, as the sample (count 100 for 2 groups) suggests. Off (default): count is the number of items on the page.',
    doc: doc('23-34'),
    defaultOn: false,
    operations: ['GET /api/extensions/group/list', 'GET /api/extensions/list', 'GET /api/extensions/search', 'GET /api/extensions/greeting_file/list'],
  }),
  quirk({
    id: 'token-sliding-expiry',
    description: 'Every successful call renews the token for another full period ("When a REST API is successfully called then the access token will be refreshed automatically", v12 overview). Off (default): the token dies its TTL after issue or refresh.',
    doc: TOKEN_DOC,
    fieldEvidence: 'portsip.md §9 P2',
    defaultOn: false,
    operations: ['*'],
  }),
  quirk({
    id: 'lenient-methods',
    description: 'Every operation answers GET and POST alike (the document shows no methods), reading parameters from the query and the body. Off (default): the chosen method only, 405 otherwise.',
    doc: doc('13', 'query-string sample; JSON-body samples elsewhere; no method anywhere'),
    defaultOn: false,
    operations: ['*'],
  }),
  quirk({
    id: 'v12-route-aliases',
    description: 'Names seen on v12 and in production are served too: `/api/extensions/destroy`, `/api/extensions/group/destroy`, `/api/extensions/greeting_file/create`.',
    fieldEvidence: FIELD_EVIDENCE,
    defaultOn: true,
    operations: ['POST /api/extensions/remove', 'POST /api/extensions/group/remove', 'POST /api/extensions/greeting_file/add'],
  }),
  quirk({
    id: 'all-errors-400',
    description: 'Every error is answered with HTTP 400 (the login page: "a 400 error code and an error message if failed"). Off (default): 401 token, 400 validation, 404 not found, 409 duplicate, 413/415 uploads.',
    fieldEvidence: 'portsip.md §9 P1',
    defaultOn: false,
    operations: ['*'],
  }),
];

/** Further paths of an operation, each behind a quirk. */
export const ROUTE_ALIASES: Record<string, Array<{ path: string; quirk: string }>> = {
  [CALL]: [{ path: '/apiextensions/call', quirk: 'call-path-misprint' }],
  'POST /api/extensions/remove': [{ path: '/api/extensions/destroy', quirk: 'v12-route-aliases' }],
  'POST /api/extensions/group/remove': [{ path: '/api/extensions/group/destroy', quirk: 'v12-route-aliases' }],
  'POST /api/extensions/greeting_file/add': [{ path: '/api/extensions/greeting_file/create', quirk: 'v12-route-aliases' }],
};
