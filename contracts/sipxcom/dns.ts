import { z } from 'zod';
import { sipxOperation } from './operation.ts';
import { serviceSettingsContracts } from './service-settings.ts';
import { pathId } from './shapes.ts';
import { doc } from './source.ts';

/** DNS (doc 401-525): the DNS service's settings tree and the DNS advisor. Base /api documented (403, 449). */
const baseNote = 'documented: Resource URI /api/dns/settings (doc 403) and the example /sipxconfig/api/dns/settings (doc 449)';

export const dnsContracts = [
  ...serviceSettingsContracts({
    uri: '/dns/settings',
    label: 'DNS',
    baseNote,
    list: { doc: [doc('401-450')], summary: 'Retrieves the settings for all DNS entries in the system.' },
    read: { doc: [doc('452-477')], summary: 'Retrieves the DNS settings from the specified path (a subtree as a list, a leaf as one setting).' },
    write: { doc: [doc('478-480')], summary: 'Updates the setting of the DNS server at the specified path. PUT data is plain text.' },
    revert: { doc: [doc('482-486')], summary: 'Reverts the DNS settings under the specified path to their defaults.' },
    decisions: [
      {
        question: 'Which methods does /api/dns/settings take besides GET?',
        choice: 'None: the section has no "Unsupported HTTP Method" line (doc 441-450); PUT, POST and DELETE are 405 like every undocumented method (index A8, §6 item 16).',
        quirk: 'settings-unlisted-methods-405',
      },
    ],
  }),
  sipxOperation({
    id: 'GET /dns/advisor/server/{serverId}',
    base: 'api',
    baseNote: 'documented: Resource URI /api/dns/advisor/server/{serverId} (doc 490) and the example (doc 516)',
    summary:
      'Checks the DNS settings for a server: no result when they are correct, otherwise the missing NAPTR and A records as zone-file lines.',
    kind: 'read',
    doc: [doc('488-525')],
    request: z.object({ serverId: pathId }),
    response: z.string().max(100_000).optional(),
    produces: ['text'],
    errors: ['notFound'],
    decisions: [
      {
        question: 'When are records "missing"?',
        choice:
          'The emulator knows one server, id 1, the primary (doc 516), in the system domain of the example (home.mattkeys.net, host sipxcom1 at 192.168.1.31, doc 518-523). While sipXcom manages DNS (sys/unmanaged = 0) its own name server holds the records: empty answer ("if the settings are correct, no result is returned"). With sys/unmanaged = 1 the company/ITSP servers resolve every name and must carry the records, which the advisor lists as the example shows. Another server id is 404.',
      },
      {
        question: 'The example prints `IN NAPTR \\d 0 "s" "SIP+D2U"` (doc 518): what is the order value?',
        choice: '2 (UDP after TCP at 1): `\\d` is a rendering misprint of a digit.',
        quirk: 'dns-advisor-naptr-misprint',
      },
    ],
  }),
];
