import { serviceSettingsContracts, SUGGESTED_API_BASE } from './service-settings.ts';
import { doc } from './source.ts';

/** SIP registrar settings (doc 3050-3108). */
export const registrarContracts = serviceSettingsContracts({
  uri: '/registrar/settings',
  label: 'SIP registrar',
  baseNote: SUGGESTED_API_BASE,
  list: { doc: [doc('3050-3072')], summary: 'Retrieves a list of all SIP registrar settings in the system.' },
  read: { doc: [doc('3074-3092')], summary: 'Retrieves the SIP registrar settings of the specified path (the document gives no description).' },
  write: { doc: [doc('3093-3099')], summary: 'Modifies the SIP registrar setting of the specified path (plain text).' },
  revert: { doc: [doc('3100-3108')], summary: 'Reverts the SIP registrar settings under the specified path to their defaults.' },
});
