import { GrandstreamClient } from '../harness/clients/grandstream.ts';
import type { ScenarioContext } from '../harness/scenario.ts';

export { GrandstreamClient, md5 } from '../harness/clients/grandstream.ts';

/** Why a scenario needs the control API to create API users: on a real UCM they are made in the web UI. */
export const API_USER_CONTROL = 'creates an API user with its own password and permissions (on a real UCM only the web UI can)';

/**
 * Creates an API user on the emulator through the control API (`api_users` table); the cleanup disables
 * it (the control API can write rows, not remove them). Answers its credentials.
 */
export async function seedApiUser(
  t: ScenarioContext,
  options: { sections?: '*' | string[]; call_control?: 'yes' | 'no'; enable?: 'yes' | 'no' } = {},
): Promise<{ user: string; password: string }> {
  const user = t.name('api');
  const password = `${user}-pw`;
  const row = { user, password, enable: options.enable ?? 'yes', call_control: options.call_control ?? 'no', sections: options.sections ?? '*' };
  await t.control.seed({ tables: { api_users: { [user]: row } } });
  t.cleanup(() => t.control.seed({ tables: { api_users: { [user]: { ...row, enable: 'no' } } } }));
  return { user, password };
}

/** Adds a SIP extension numbered from the run's range; removes it afterwards. */
export async function addExtension(t: ScenarioContext, ucm: GrandstreamClient, params: Record<string, unknown> = {}): Promise<string> {
  const extension = String(t.number());
  await ucm.call('addSIPAccountAndUser', { extension, secret: `Pw${extension}x!`, vmsecret: '1234', ...params });
  t.cleanup(async () => {
    const reply = await ucm.send('deleteUser', { cookie: ucm.currentCookie ?? (await ucm.login()), user_name: extension });
    // Already deleted by the scenario itself: nothing left behind.
    if (reply.body?.status !== 0 && reply.body?.status !== -16) throw new Error(`could not delete extension ${extension}: ${reply.text}`);
  });
  return extension;
}

/** The login settings of the emulator (control API state), to restore what a scenario changes. */
export async function loginSettingsOf(t: ScenarioContext): Promise<Record<string, unknown>> {
  const state = await t.control.state<{ tables: Record<string, Record<string, Record<string, unknown>>> }>();
  return state.tables.api_settings?.login ?? {};
}
