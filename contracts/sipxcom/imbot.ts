import { serviceSettingsContracts, SUGGESTED_API_BASE } from './service-settings.ts';
import { doc } from './source.ts';

/** My Buddy settings (doc 1580-1633). */
export const imbotContracts = serviceSettingsContracts({
  uri: '/imbot/settings',
  label: 'My Buddy',
  baseNote: SUGGESTED_API_BASE,
  list: { doc: [doc('1580-1600')], summary: 'Retrieves a list of all My Buddy settings defined.' },
  read: { doc: [doc('1604-1624')], summary: 'Retrieves My Buddy options for the setting from the specified path.' },
  write: { doc: [doc('1625-1633')], summary: 'Modifies the My Buddy setting of the specified path (plain text).' },
  decisions: [
    {
      question: 'DELETE on /imbot/settings/{settingPath}: neither documented nor listed unsupported (doc 1633): served?',
      choice: 'No: 405 like every method the document does not give (index A8, §6 item 16). A setting goes back to its default by PUTting the default value.',
      quirk: 'settings-unlisted-methods-405',
    },
  ],
});
