import type { SipxHandler } from '../call.ts';
import { systemHandlers } from './system.ts';
import { conferenceCommandHandlers } from './conference-commands.ts';
import { conferenceHandlers } from './conferences.ts';
import { callHandlers, activeCallHandlers } from './calls.ts';
import { registrationHandlers } from './registrations.ts';
import { serviceSettingsHandlers } from './service-settings.ts';
import { dnsAdvisorHandlers } from './dns-advisor.ts';
import { licenseHandlers } from './license.ts';
import { autoAttendantHandlers } from './auto-attendant.ts';
import { branchHandlers } from './branches.ts';
import { e911Handlers } from './e911.ts';
import { phoneGroupHandlers } from './phone-groups.ts';
import { gatewayHandlers } from './gateways.ts';
import { phoneGroupSettingHandlers, phoneSettingHandlers } from './phone-settings.ts';
import { phoneHandlers } from './phones.ts';
import { userGroupHandlers } from './user-groups.ts';
import { permissionHandlers } from './permissions.ts';
import { userPermissionHandlers } from './user-permissions.ts';
import { scheduleHandlers } from './schedules.ts';
import { huntGroupHandlers } from './hunt-groups.ts';
import { userHandlers } from './users.ts';
import { voicemailHandlers } from './voicemail.ts';
import { phonebookHandlers } from './phonebook.ts';
import { preferenceHandlers } from './preferences.ts';
import { myPhonebookHandlers } from './my-phonebook.ts';
import { callForwardingHandlers } from './call-forwarding.ts';
import { pageGroupHandlers } from './page-groups.ts';
import { parkOrbitHandlers } from './park-orbits.ts';
import { promptHandlers } from './prompts.ts';

/** Every sipXcom handler by operation id; one module per resource (README.md). */
export const sipxcomHandlers: Record<string, SipxHandler> = {
  ...systemHandlers,
  ...conferenceCommandHandlers,
  ...conferenceHandlers,
  ...activeCallHandlers,
  ...callHandlers,
  ...registrationHandlers,
  ...serviceSettingsHandlers,
  ...dnsAdvisorHandlers,
  ...licenseHandlers,
  ...phoneHandlers,
  ...autoAttendantHandlers,
  ...branchHandlers,
  ...e911Handlers,
  ...phoneGroupHandlers,
  ...gatewayHandlers,
  ...phoneSettingHandlers,
  ...phoneGroupSettingHandlers,
  ...userHandlers,
  ...userGroupHandlers,
  ...permissionHandlers,
  ...userPermissionHandlers,
  ...scheduleHandlers,
  ...huntGroupHandlers,
  ...voicemailHandlers,
  ...phonebookHandlers,
  ...preferenceHandlers,
  ...myPhonebookHandlers,
  ...callForwardingHandlers,
  ...pageGroupHandlers,
  ...parkOrbitHandlers,
  ...promptHandlers,
};
