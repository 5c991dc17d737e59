import { dnsContracts } from '../../../contracts/sipxcom/dns.ts';
import { imbotContracts } from '../../../contracts/sipxcom/imbot.ts';
import { ivrContracts } from '../../../contracts/sipxcom/ivr.ts';
import { mohSettingsContracts } from '../../../contracts/sipxcom/moh-settings.ts';
import { mwiContracts } from '../../../contracts/sipxcom/mwi.ts';
import { proxyContracts } from '../../../contracts/sipxcom/proxy.ts';
import { registrarContracts } from '../../../contracts/sipxcom/registrar.ts';
import { restServerContracts } from '../../../contracts/sipxcom/restserver.ts';
import { saaContracts } from '../../../contracts/sipxcom/saa.ts';
import { settingsOperation, type SettingsOperation, type SettingsOperationKind } from '../../../contracts/sipxcom/service-settings.ts';
import { fail, type SipxCall, type SipxHandler } from '../call.ts';
import { SERVICE_OWNER, serviceTree } from '../models/service-settings.ts';
import {
  invalidValue,
  normalisePath,
  readSettings,
  resetSettings,
  writeSetting,
  type SettingsTree,
} from '../models/settings-tree.ts';

/**
 * The settings of the sipxconfig services (DNS, IVR, MWI, MOH, My Buddy, proxy, registrar, REST
 * server, SAA): one function per kind of operation, bound to each service's tree by the table of
 * settings contracts (contracts/sipxcom/service-settings.ts).
 */
type WildcardArgs = { '*': string; body?: unknown };
type ManyArgs = { body: string | { settings: Array<{ path: string; value?: unknown }> } };

/** `path=value` lines (IVR PUT, quirk ivr-settings-without-path) or the list GET shows. */
function parseMany(body: ManyArgs['body']): Array<{ path: string; value: unknown }> {
  if (typeof body !== 'string') return body.settings.map((s) => ({ path: s.path, value: s.value ?? '' }));
  const pairs: Array<{ path: string; value: unknown }> = [];
  body.split(/\r?\n/).forEach((line, i) => {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) return;
    const at = text.indexOf('=');
    if (at <= 0) fail('validationFailed', `Line ${i + 1}: expected path=value (one IVR setting per line), got "${text.slice(0, 80)}"`);
    pairs.push({ path: text.slice(0, at).trim(), value: text.slice(at + 1).trim() });
  });
  if (pairs.length === 0) fail('validationFailed', 'No setting given: send one path=value per line');
  return pairs;
}

const asText = (value: unknown) => (value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value));

/** Checks every pair first, so a refused one leaves the tree as it was. */
function writeMany(call: SipxCall, tree: SettingsTree, pairs: Array<{ path: string; value: unknown }>) {
  for (const { path, value } of pairs) {
    const definition = tree.definitions.find((d) => d.path === normalisePath(path));
    if (!definition) fail('notFound', `No setting at path: ${normalisePath(path)}`);
    const problem = invalidValue(definition, asText(value).trim());
    if (problem) fail('validationFailed', problem);
  }
  for (const { path, value } of pairs) writeSetting(call.context, tree, SERVICE_OWNER, path, asText(value));
}

const KINDS: Record<SettingsOperationKind, (tree: SettingsTree) => SipxHandler> = {
  list: (tree) => ({ context }) => ({ settings: readSettings(context, tree, SERVICE_OWNER) }),

  read: (tree) => (call: SipxCall<WildcardArgs>) => {
    const wanted = normalisePath(call.args['*']);
    const found = readSettings(call.context, tree, SERVICE_OWNER, wanted);
    const leaf = found.length === 1 && found[0].path === wanted;
    return leaf && call.context.quirks['settings-leaf-unwrapped'] !== false ? found[0] : { settings: found };
  },

  write: (tree) => (call: SipxCall<WildcardArgs>) => {
    writeSetting(call.context, tree, SERVICE_OWNER, call.args['*'], asText(call.args.body));
    return undefined;
  },

  revert: (tree) => (call: SipxCall<WildcardArgs>) => {
    resetSettings(call.context, tree, SERVICE_OWNER, call.args['*']);
    return undefined;
  },

  writeMany: (tree) => (call: SipxCall<ManyArgs>) => {
    writeMany(call, tree, parseMany(call.args.body));
    return undefined;
  },

  revertAll: (tree) => ({ context }) => {
    resetSettings(context, tree, SERVICE_OWNER);
    return undefined;
  },
};

const SERVICES = [dnsContracts, ivrContracts, mwiContracts, mohSettingsContracts, imbotContracts, proxyContracts, registrarContracts, restServerContracts, saaContracts];

export const serviceSettingsHandlers: Record<string, SipxHandler> = Object.fromEntries(
  SERVICES.flat()
    .map((contract) => settingsOperation(contract.id))
    .filter((op): op is SettingsOperation => op !== undefined)
    .map((op) => [op.id, KINDS[op.kind](serviceTree(op.service))]),
);
