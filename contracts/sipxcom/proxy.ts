import { serviceSettingsContracts, SUGGESTED_API_BASE } from './service-settings.ts';
import { doc } from './source.ts';

/** Proxy settings (doc 2986-3046). */
export const proxyContracts = serviceSettingsContracts({
  uri: '/proxy/settings',
  label: 'Proxy',
  baseNote: SUGGESTED_API_BASE,
  list: { doc: [doc('2986-3008')], summary: 'Retrieves a list of all proxy settings in the system.' },
  read: { doc: [doc('3010-3030')], summary: 'Retrieves proxy settings from the specified path.' },
  write: { doc: [doc('3031-3037')], summary: 'Modifies the proxy setting of the specified path (plain text).' },
  revert: { doc: [doc('3038-3046')], summary: 'Reverts the proxy settings under the specified path to their defaults.' },
});
