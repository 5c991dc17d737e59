import { serviceSettingsContracts, SUGGESTED_API_BASE } from './service-settings.ts';
import { doc } from './source.ts';

/** Shared Appearance Agent settings (doc 3554-3614). */
export const saaContracts = serviceSettingsContracts({
  uri: '/saa/settings',
  label: 'Shared Appearance Agent',
  baseNote: SUGGESTED_API_BASE,
  list: { doc: [doc('3554-3576')], summary: 'Retrieves a list of all SAA settings.' },
  read: { doc: [doc('3578-3598')], summary: 'Retrieves the SAA settings of the specified path.' },
  write: { doc: [doc('3599-3605')], summary: 'Modifies the SAA setting of the specified path (plain text).' },
  revert: { doc: [doc('3606-3614')], summary: 'Reverts the SAA settings under the specified path to their defaults.' },
});
