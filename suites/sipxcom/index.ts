import type { Scenario } from '../harness/scenario.ts';
import { systemScenarios } from './system.scenarios.ts';
import { conferenceScenarios } from './conferences.scenarios.ts';
import { callScenarios } from './calls.scenarios.ts';
import { registrationScenarios } from './registrations.scenarios.ts';
import { authScenarios } from './auth.scenarios.ts';
import { autoAttendantScenarios } from './auto-attendant.scenarios.ts';
import { branchScenarios } from './branches.scenarios.ts';
import { e911Scenarios } from './e911.scenarios.ts';
import { phoneScenarios } from './phones.scenarios.ts';
import { gatewayScenarios } from './gateways.scenarios.ts';
import { deviceSettingScenarios } from './device-settings.scenarios.ts';
import { serviceSettingsScenarios } from './service-settings.scenarios.ts';
import { userScenarios } from './users.scenarios.ts';
import { phonebookScenarios } from './phonebook.scenarios.ts';
import { preferenceScenarios } from './preferences.scenarios.ts';
import { myPhonebookScenarios } from './my-phonebook.scenarios.ts';
import { voicemailScenarios } from './voicemail.scenarios.ts';
import { callForwardingScenarios } from './call-forwarding.scenarios.ts';
import { permissionScenarios } from './permissions.scenarios.ts';
import { scheduleScenarios } from './schedules.scenarios.ts';
import { huntGroupScenarios } from './hunt-groups.scenarios.ts';
import { pageGroupScenarios } from './page-groups.scenarios.ts';
import { parkOrbitScenarios } from './park-orbits.scenarios.ts';
import { promptScenarios } from './prompts.scenarios.ts';

/** Every sipXcom (sipxconfig) conformance scenario; one file per resource, added here. */
export const sipxcomScenarios: Scenario[] = [...systemScenarios, ...conferenceScenarios, ...callScenarios, ...registrationScenarios, ...authScenarios, ...autoAttendantScenarios, ...branchScenarios, ...e911Scenarios, ...userScenarios, ...callForwardingScenarios, ...voicemailScenarios, ...myPhonebookScenarios, ...preferenceScenarios, ...phonebookScenarios, ...permissionScenarios, ...scheduleScenarios, ...huntGroupScenarios, ...phoneScenarios, ...gatewayScenarios, ...deviceSettingScenarios, ...serviceSettingsScenarios, ...pageGroupScenarios, ...parkOrbitScenarios, ...promptScenarios];
