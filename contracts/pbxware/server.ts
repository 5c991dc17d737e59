import { z } from 'zod';
import { args } from './args.ts';
import { pbxOperation } from './operation.ts';
import { doc } from './source.ts';

/** The 46 fields of `server.configuration`, in the order of the sample (doc 8320-8371). All strings. */
export const SERVER_CONFIGURATION_FIELDS = [
  'server_name', 'atd', 'absolutetimeout', 'cdrvoicemail', 'faxformat', 'recordglobal', 'recordsilent',
  'insrecemailtime', 'recordformat', 'hidecallerid', 'allowescallerid', 'defcallpickupgroup', 'setcidforgrouphunt',
  'map_e164', 'recordlimit', 'country', 'zaptel_zone', 'indications', 'area_code', 'national', 'national_leave',
  'international', 'agi_port', 'ldap_usernames', 'email_from', 'smtp_type', 'smtp_host', 'smtp_user', 'smtp_pass',
  'ap_lan', 'ap_wan', 'incominglimit', 'outgoinglimit', 'conch', 'quech', 'ergch', 'aach', 'zapch', 'alias_prefix',
  'alias_length', 'mint', 'rltype', 'rtype', 'emailto', 'zap_sdown', 'limit_notify_email',
] as const;

export type ServerConfiguration = Record<(typeof SERVER_CONFIGURATION_FIELDS)[number], string>;

export const serverConfiguration = z
  .object(Object.fromEntries(SERVER_CONFIGURATION_FIELDS.map((f) => [f, z.string()])) as Record<
    (typeof SERVER_CONFIGURATION_FIELDS)[number],
    z.ZodString
  >)
  .strict();

export const serverContracts = [
  pbxOperation({
    action: 'pbxware.server.configuration',
    summary: 'Server configuration (a flat object, not keyed by id)',
    kind: 'read',
    doc: [doc('8128-8373')],
    request: args({}),
    response: serverConfiguration,
    decisions: [
      {
        question: 'The document lists no arguments (no `server`, no `id`).',
        choice: 'None are needed; any sent are ignored. The answer is the one global configuration, unwrapped, as in the sample.',
      },
      {
        question: 'Is the configuration writable through the API?',
        choice: 'No: the document has no server.edit; the configuration is fixture data.',
      },
    ],
  }),
];
