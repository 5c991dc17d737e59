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
import type { SipxCall, SipxHandler } from '../call.ts';
import { SERVICE_OWNER, serviceTree } from '../models/service-settings.ts';
import {
  readSettings,
  readSettingsAt,
  resetSettings,
  settingAssignments,
  writeSetting,
  writeSettings,
  type SettingsTree,
} from '../models/settings-tree.ts';

/**
 * The settings of the sipxconfig services (DNS, IVR, MWI, MOH, My Buddy, proxy, registrar, REST
 * server, SAA): one function per kind of operation, bound to each service's tree by the table of
 * settings contracts (contracts/sipxcom/service-settings.ts).
 */
type WildcardArgs = { '*': string; body?: unknown };
type ManyArgs = { body: unknown };

const KINDS: Record<SettingsOperationKind, (tree: SettingsTree) => SipxHandler> = {
  list: (tree) => ({ context }) => ({ settings: readSettings(context, tree, SERVICE_OWNER) }),

  read: (tree) => (call: SipxCall<WildcardArgs>) => readSettingsAt(call.context, tree, SERVICE_OWNER, call.args['*']),

  write: (tree) => (call: SipxCall<WildcardArgs>) => {
    writeSetting(call.context, tree, SERVICE_OWNER, call.args['*'], call.args.body);
    return undefined;
  },

  revert: (tree) => (call: SipxCall<WildcardArgs>) => {
    resetSettings(call.context, tree, SERVICE_OWNER, call.args['*']);
    return undefined;
  },

  writeMany: (tree) => (call: SipxCall<ManyArgs>) => {
    writeSettings(call.context, tree, SERVICE_OWNER, settingAssignments(call.args.body));
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
