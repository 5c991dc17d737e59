import type { OperationContract } from '../core/index.ts';
import { systemContracts } from './system.ts';
import { conferenceCommandContracts } from './conference-commands.ts';
import { conferenceContracts } from './conferences.ts';
import { activeCallContracts } from './active-calls.ts';
import { callContracts } from './calls.ts';
import { registrationContracts } from './registrations.ts';
import { dnsContracts } from './dns.ts';
import { ivrContracts } from './ivr.ts';
import { licenseContracts } from './license.ts';
import { mwiContracts } from './mwi.ts';
import { mohSettingsContracts } from './moh-settings.ts';
import { imbotContracts } from './imbot.ts';
import { proxyContracts } from './proxy.ts';
import { registrarContracts } from './registrar.ts';
import { restServerContracts } from './restserver.ts';
import { saaContracts } from './saa.ts';
import { autoAttendantContracts } from './auto-attendant.ts';
import { branchContracts } from './branches.ts';
import { e911Contracts } from './e911.ts';
import { phoneGroupContracts } from './phone-groups.ts';
import { gatewayContracts, gatewaySettingContracts } from './gateways.ts';
import { phoneSettingContracts } from './phone-settings.ts';
import { phoneGroupSettingContracts } from './phone-group-settings.ts';
import { phoneContracts } from './phones.ts';
import { userGroupContracts } from './user-groups.ts';
import { permissionContracts } from './permissions.ts';
import { userPermissionContracts } from './user-permissions.ts';
import { scheduleContracts } from './schedules.ts';
import { huntGroupContracts } from './hunt-groups.ts';
import { userContracts } from './users.ts';
import { voicemailContracts } from './voicemail.ts';
import { phonebookContracts } from './phonebook.ts';
import { preferenceContracts } from './preferences.ts';
import { myPhonebookContracts } from './my-phonebook.ts';
import { callForwardingContracts } from './call-forwarding.ts';
import { pageGroupContracts } from './page-groups.ts';
import { parkOrbitContracts } from './park-orbits.ts';
import { promptContracts } from './prompts.ts';

export { sipxcomErrors } from './errors.ts';
export { sipxcomQuirks } from './quirks.ts';
export { sipxMeta } from './operation.ts';

/**
 * Every sipXcom contract, one module per resource of the index. A new resource: add its module's
 * array here (emulator/sipxcom/README.md says the rest).
 */
export const sipxcomContracts: OperationContract[] = [
  ...systemContracts,
  ...conferenceCommandContracts,
  ...conferenceContracts,
  ...activeCallContracts,
  ...callContracts,
  ...registrationContracts,
  ...dnsContracts,
  ...ivrContracts,
  ...licenseContracts,
  ...mwiContracts,
  ...mohSettingsContracts,
  ...imbotContracts,
  ...proxyContracts,
  ...registrarContracts,
  ...restServerContracts,
  ...saaContracts,
  ...phoneContracts,
  ...autoAttendantContracts,
  ...branchContracts,
  ...e911Contracts,
  ...phoneGroupContracts,
  ...gatewayContracts,
  ...gatewaySettingContracts,
  ...phoneSettingContracts,
  ...phoneGroupSettingContracts,
  ...userContracts,
  ...userGroupContracts,
  ...permissionContracts,
  ...userPermissionContracts,
  ...scheduleContracts,
  ...huntGroupContracts,
  ...voicemailContracts,
  ...phonebookContracts,
  ...preferenceContracts,
  ...myPhonebookContracts,
  ...callForwardingContracts,
  ...pageGroupContracts,
  ...parkOrbitContracts,
  ...promptContracts,
];
