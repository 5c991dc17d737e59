import { serviceSettingsContracts, SUGGESTED_API_BASE } from './service-settings.ts';
import { doc } from './source.ts';

/** Message Waiting Indication settings (doc 1348-1416). */
export const mwiContracts = serviceSettingsContracts({
  uri: '/mwi/settings',
  label: 'MWI',
  baseNote: SUGGESTED_API_BASE,
  list: { doc: [doc('1348-1380')], summary: 'Retrieves all MWI settings.' },
  read: { doc: [doc('1382-1402')], summary: 'Retrieves the MWI settings of the specified path.' },
  write: { doc: [doc('1403-1409')], summary: 'Updates the MWI setting of the specified path. PUT data is plain text.' },
  revert: { doc: [doc('1410-1416')], summary: 'Reverts the MWI settings under the specified path to their defaults.' },
  decisions: [
    {
      question: 'The MWI property table lists path, type, value, defaultValue and description only (doc 1356-1368): are options and label left out?',
      choice: 'No: an MWI setting has the seven fields of every settings tree (DNS, doc 450; one SettingBean in O2), options and label null where the setting has none.',
    },
    {
      question: 'POST on /mwi/settings/{settingPath} (no "Unsupported HTTP Method" line, doc 1382-1416)?',
      choice: '405, like every method the document does not give (index A8, §6 item 16).',
      quirk: 'settings-unlisted-methods-405',
    },
  ],
});
