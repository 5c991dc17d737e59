import { serviceSettingsContracts } from './service-settings.ts';
import { doc } from './source.ts';

/**
 * Music On Hold settings (doc 1420-1494). The MOH prompts of the same section are another resource
 * (moh-prompts). Base /api from the examples (doc 1446, 1481); the Resource URIs have no prefix.
 */
export const mohSettingsContracts = serviceSettingsContracts({
  uri: '/moh/settings',
  label: 'Music On Hold',
  baseNote: 'documented by the examples /sipxconfig/api/moh/settings (doc 1446) and …/moh/settings/moh-config/MOH_SOURCE (doc 1481); the Resource URI has no prefix (1422)',
  list: { doc: [doc('1420-1449')], summary: 'Retrieves all MOH settings.' },
  read: { doc: [doc('1451-1482')], summary: 'Retrieves the MOH settings for the specified path (a leaf as one setting, doc 1482).' },
  write: { doc: [doc('1483-1489')], summary: 'Updates the MOH setting of the specified path. PUT data is plain text.' },
  revert: { doc: [doc('1490-1494')], summary: 'Reverts the setting to the default value.' },
  decisions: [
    {
      question: 'The property table lists dnsManager and dnsTestContext (doc 1432-1436): which shape?',
      choice: 'The settings list of the example (doc 1447): the table is copied from DNS.',
      quirk: 'moh-settings-dns-properties',
    },
  ],
});
