import assert from 'node:assert/strict';
import { PortsipClient } from '../harness/clients/portsip.ts';
import type { ScenarioContext } from '../harness/scenario.ts';

export { PortsipClient };

export const OP = {
  verify: 'POST /api/account/credentials/verify',
  refresh: 'POST /api/account/token/refresh',
  groupList: 'GET /api/extensions/group/list',
  groupShow: 'GET /api/extensions/group/show',
  groupCreate: 'POST /api/extensions/group/create',
  groupUpdate: 'POST /api/extensions/group/update',
  groupRemove: 'POST /api/extensions/group/remove',
  list: 'GET /api/extensions/list',
  search: 'GET /api/extensions/search',
  create: 'POST /api/extensions/create',
  show: 'GET /api/extensions/show',
  status: 'POST /api/extensions/status',
  call: 'GET /apiextensions/call',
  update: 'POST /api/extensions/update',
  remove: 'POST /api/extensions/remove',
  greetingAdd: 'POST /api/extensions/greeting_file/add',
  greetingUpload: 'POST /api/extensions/greeting_file/upload',
  greetingSetup: 'POST /api/extensions/greeting_file/setup',
  greetingRemove: 'POST /api/extensions/greeting_file/remove',
  greetingList: 'GET /api/extensions/greeting_file/list',
} as const;

const rule = { office_hours_action: 'CONNECT_TO_VOICE', office_hours_action_value: '', outside_office_hours_action: 'CONNECT_TO_VOICE', outside_office_hours_action_value: '' };

/** The five settings sections exactly as the create sample writes them (lines 291-361). */
export function sampleSections() {
  return {
    profile: {
      first_name: 'first name',
      last_name: 'last name',
      gender: 'MALE',
      email: 'example@example.com',
      mobile_phone: '123456',
      work_phone: '123456',
      home_phone: '123456',
      twitter: 'Placeholders',
      facebook: 'Placeholders',
      linkedin: 'Placeholders',
      instagram: 'Placeholders',
      description: 'Placeholders',
    },
    options: { enable_audio_record_calls: false, enable_video_record_calls: false, enable_extension: true },
    voice_mail: { enable_voicemail: true, prompt_language: 'en-us', enable_vm_pin_auth: true, voicemail_pin: '123456', enable_play_caller_id: false, msg_read_out_datetime: 'DO_NOT_READ' },
    forward_rules: {
      available: { no_answer_timeval: 20, no_answer_action: 'CONNECT_TO_VOICE_MAIL', no_answer_action_value: '', busy_action: 'CONNECT_TO_VOICE', busy_action_value: '' },
      offline: { ...rule },
      dnd: { ...rule },
      away: { ...rule },
    },
    office_hours: <Record<string, string>>{
      office_hours_mode: 'CUSTOM',
      ...Object.fromEntries(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].flatMap((d) => [[`${d}_from`, '09:00'], [`${d}_to`, '17:00']])),
    },
  };
}

export interface CreatedExtension {
  number: string;
  password: string;
  webPassword: string;
}

/** Creates an extension from the run's number range and registers its removal (if still there). */
export async function createExtension(t: ScenarioContext, ps: PortsipClient, extra: Record<string, unknown> = {}): Promise<CreatedExtension> {
  const number = String(t.number());
  const created = { number, password: `Sip${number}x9`, webPassword: `Web${number}x9` };
  await ps.call(OP.create, { extension_number: number, password: created.password, web_access_password: created.webPassword, ...extra });
  t.cleanup(() => removeExtensionIfPresent(ps, number));
  return created;
}

export async function removeExtensionIfPresent(ps: PortsipClient, number: string): Promise<void> {
  const shown = await ps.send(OP.show, { extension_number: number });
  if (shown.status === 401) {
    await ps.login();
    return removeExtensionIfPresent(ps, number);
  }
  if (shown.status >= 200 && shown.status < 300) await ps.call(OP.remove, { extension_number: number });
}

export const groupFlags = { enable_intercom: true, enable_external_call: true, enable_management_console_access: false };

/** Creates a group with a run-prefixed name and registers its removal (if still there). */
export async function createGroup(t: ScenarioContext, ps: PortsipClient, members: string[] = [], extra: Record<string, unknown> = {}) {
  const name = t.name('group');
  const created = await ps.call<{ group_id: string; group_name: string }>(OP.groupCreate, {
    group_name: name,
    group_description: `${name} description`,
    ...groupFlags,
    members,
    ...extra,
  });
  assert.equal(typeof created.group_id, 'string', 'create group answers a string group_id (125)');
  t.cleanup(async () => {
    const shown = await ps.send(OP.groupShow, { group_id: created.group_id });
    if (shown.status === 401) await ps.login();
    const again = shown.status === 401 ? await ps.send(OP.groupShow, { group_id: created.group_id }) : shown;
    if (again.status >= 200 && again.status < 300) await ps.call(OP.groupRemove, { group_id: created.group_id });
  });
  return { id: created.group_id, name, answeredName: created.group_name };
}

/** Search's `extensions` as a list whether it came as one object (the sample, 256-265) or an array. */
export function searchRows(extensions: unknown): Array<{ extension_number: string }> {
  if (Array.isArray(extensions)) return extensions;
  if (extensions && typeof extensions === 'object' && 'extension_number' in extensions) return [extensions as { extension_number: string }];
  return [];
}

/** Every row of a list operation, page by page. */
export async function allPages<T>(ps: PortsipClient, operation: string, key: string, params: Record<string, unknown> = {}, pagesize = 100): Promise<T[]> {
  const rows: T[] = [];
  for (let page = 1; page <= 1000; page++) {
    const body = await ps.call(operation, { pagination: page, pagesize, ...params });
    const items = (Array.isArray(body[key]) ? body[key] : []) as T[];
    rows.push(...items);
    if (items.length < pagesize || page >= body.page_count) break;
  }
  return rows;
}

export async function listedNumbers(ps: PortsipClient): Promise<string[]> {
  return (await allPages<{ extension_number: string }>(ps, OP.list, 'extensions')).map((e) => e.extension_number);
}

/** A tiny valid WAV file (44-byte header and `samples` bytes of silence). */
export function wav(samples = 800): Uint8Array {
  const data = Buffer.alloc(44 + samples);
  data.write('RIFF', 0);
  data.writeUInt32LE(36 + samples, 4);
  data.write('WAVEfmt ', 8);
  data.writeUInt32LE(16, 16);
  data.writeUInt16LE(1, 20);
  data.writeUInt16LE(1, 22);
  data.writeUInt32LE(8000, 24);
  data.writeUInt32LE(8000, 28);
  data.writeUInt16LE(1, 32);
  data.writeUInt16LE(8, 34);
  data.write('data', 36);
  data.writeUInt32LE(samples, 40);
  data.fill(128, 44);
  return new Uint8Array(data);
}
