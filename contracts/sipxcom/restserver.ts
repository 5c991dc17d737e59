import { serviceSettingsContracts, SUGGESTED_API_BASE } from './service-settings.ts';
import { doc } from './source.ts';

/** REST server settings (doc 3329-3382). */
export const restServerContracts = serviceSettingsContracts({
  uri: '/restserver/settings',
  label: 'REST server',
  baseNote: SUGGESTED_API_BASE,
  list: { doc: [doc('3329-3351')], summary: 'Retrieves a list of all REST server settings in the system.' },
  read: { doc: [doc('3353-3373')], summary: 'Retrieves REST server options of the specified path.' },
  write: { doc: [doc('3374-3382')], summary: 'Modifies the REST server setting of the specified path (plain text).' },
  decisions: [
    {
      question: 'DELETE on /restserver/settings/{settingPath}: neither documented nor listed unsupported (doc 3382): served?',
      choice: 'No: 405 like every method the document does not give (index A8, §6 item 16). A setting goes back to its default by PUTting the default value.',
      quirk: 'settings-unlisted-methods-405',
    },
  ],
});
