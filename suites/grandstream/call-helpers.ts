import assert from 'node:assert/strict';
import WebSocket from 'ws';
import type { ScenarioContext } from '../harness/scenario.ts';
import type { Target } from '../harness/target.ts';
import { addExtension, GrandstreamClient, md5 } from './helpers.ts';

/** Shared steps of the call, CDR, paging and WebSocket scenarios. */

export type Channel = Record<string, string>;

/** Scenarios that would ring real phones run on a real UCM only when UCM_ALLOW_CALLS=1. */
export function callsUnavailable(target: Target): string | undefined {
  if (target.kind !== 'real' || process.env.UCM_ALLOW_CALLS === '1') return undefined;
  return 'places real calls; set UCM_ALLOW_CALLS=1 to let it ring the extensions it creates';
}

export const INJECT_CONTROL = 'injects an inbound trunk call through the emulator (POST /__emulator/grandstream/calls)';
export const CLOCK_CONTROL = 'moves the emulator clock so the simulated phones answer';

/** Injects an inbound call on the emulator; answers its trunk channel. */
export async function injectCall(t: ScenarioContext, body: Record<string, unknown>): Promise<string> {
  const response = await t.target.fetch(`${t.target.baseUrl}/__emulator/grandstream/calls`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { channel?: string; error?: { message: string } };
  assert.equal(response.status, 201, `injecting a call: ${JSON.stringify(answer)}`);
  return answer.channel!;
}

export async function bridged(ucm: GrandstreamClient): Promise<Channel[]> {
  return (await ucm.call('listBridgedChannels')).response.channel;
}

export async function unbridged(ucm: GrandstreamClient): Promise<Channel[]> {
  return (await ucm.call('listUnBridgedChannels')).response.channel;
}

/** Every live channel of `numbers` (bridged or not). */
export async function channelsOf(ucm: GrandstreamClient, numbers: string[]): Promise<string[]> {
  const mine = (n: string | undefined) => n !== undefined && numbers.includes(n);
  const out = new Set<string>();
  for (const c of await bridged(ucm)) {
    if (mine(c.callerid1) || mine(c.callerid2)) out.add(c.channel1);
  }
  for (const c of await unbridged(ucm)) if (mine(c.callernum) || mine(c.connectednum)) out.add(c.channel);
  return [...out];
}

/** Hangs up whatever the scenario's numbers still have going (a cleanup step). */
export function hangUpAfter(t: ScenarioContext, ucm: GrandstreamClient, numbers: string[]): void {
  t.cleanup(async () => {
    for (const channel of await channelsOf(ucm, numbers)) {
      const reply = await ucm.send('Hangup', { cookie: ucm.currentCookie ?? (await ucm.login()), channel });
      if (reply.body?.status !== 0 && reply.body?.status !== -16) throw new Error(`could not hang up ${channel}: ${reply.text}`);
    }
  });
}

/** Two fresh extensions (caller, callee) whose calls are hung up at the end. */
export async function twoExtensions(t: ScenarioContext, ucm: GrandstreamClient, params: Record<string, unknown> = {}): Promise<[string, string]> {
  const a = await addExtension(t, ucm, params);
  const b = await addExtension(t, ucm);
  hangUpAfter(t, ucm, [a, b]);
  return [a, b];
}

/** Waits (polling, up to ~5 s of real time) until `find` answers something. */
export async function eventually<T>(find: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 50; i++) {
    const found = await find();
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/** A dialExtension call, answered (clock moved on the emulator): its bridge. */
export async function answeredCall(t: ScenarioContext, ucm: GrandstreamClient, caller: string, callee: string): Promise<Channel> {
  await ucm.call('dialExtension', { caller, callee });
  await t.control.advanceClock(5);
  return eventually(async () => (await bridged(ucm)).find((c) => c.callerid1 === caller), `${caller} → ${callee} to be bridged`);
}

/** The CDR items (flat or main_cdr/sub_cdr_N) started since `since` (ISO, no zone = UTC). */
export async function cdrSince(ucm: GrandstreamClient, since: string): Promise<Array<Record<string, any>>> {
  return (await ucm.call('cdrapi', { format: 'json', startTime: since })).cdr_root;
}

/** `YYYY-MM-DDTHH:MM:SS` of the emulator clock (or of now for a real UCM). */
export async function clockIso(t: ScenarioContext): Promise<string> {
  const now = t.target.control ? (await t.control.clock()).now : Date.now();
  return new Date(now - 1000).toISOString().slice(0, 19);
}

/** A WebSocket session at /websockify: request/response by transactionid, events collected. */
export async function wsSession(t: ScenarioContext) {
  const url = `${t.target.baseUrl.replace(/^http/, 'ws')}/websockify`;
  const insecure = t.target.kind !== 'real' || t.target.insecure === true;
  const socket = new WebSocket(url, { rejectUnauthorized: !insecure });
  t.cleanup(() => socket.close());
  const frames: any[] = [];
  socket.on('message', (data) => frames.push(JSON.parse(String(data))));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  let tx = 0;
  const waitFor = (test: (f: any) => boolean, what: string) => eventually(async () => frames.find(test), what);
  const request = async (message: Record<string, unknown>) => {
    const transactionid = `pbxemu-${++tx}`;
    socket.send(JSON.stringify({ type: 'request', message: { ...message, transactionid } }));
    return (await waitFor((f) => f.type === 'response' && f.message?.transactionid === transactionid, `the answer to ${message.action}`)).message;
  };
  const login = async () => {
    const { user, password } = t.target.credentials;
    const challenge = await request({ action: 'challenge', username: user, version: '1' });
    assert.equal(challenge.status, 0, `WebSocket challenge: ${JSON.stringify(challenge)}`);
    const login = await request({ action: 'login', username: user, token: md5(challenge.challenge + password) });
    assert.equal(login.status, 0, `WebSocket login: ${JSON.stringify(login)}`);
    return login;
  };
  const event = (eventname: string, test: (body: any) => boolean, what: string) =>
    waitFor((f) => (f.type === 'event' || f.type === 'request') && f.message?.eventname === eventname && (f.message.eventbody ?? []).some(test), what);
  return { socket, frames, request, login, event };
}
