import websocket from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import { grandstreamErrors, statusOf } from '../../contracts/grandstream/errors.ts';
import { VendorError } from '../core/errors.ts';
import { invokeOperation } from '../core/invoke.ts';
import type { PackContext } from '../core/pack.ts';
import type { UcmExtra, UcmHandler } from './call.ts';
import { ucmEvents, type UcmEvent } from './events.ts';
import { authHandlers } from './handlers/auth.ts';
import { extensions } from './models/extension.ts';
import { parseBody } from './parse.ts';
import { authRuntime } from './sessions.ts';

/**
 * The UCM WebSocket at `/websockify` on the HTTPS port (field evidence; the document only says
 * "WebSocket is supported", doc 20). Frames are JSON:
 *   → `{"type": "request", "message": {"action", "transactionid", …}}`
 *   ← `{"type": "response", "message": {"transactionid", "status", …}}`
 *   ← `{"type": "event", "message": {"action": "notify", "eventname", "eventbody": [...]}}`
 * Actions: challenge and login (with `username`; the token is MD5(challenge + password) as over
 * HTTPS, and the cookie is a normal API session), subscribe/unsubscribe (`eventnames`, with
 * `Name/a,b` filters), heartbeat (keeps the session alive), logout.
 */

export const WEBSOCKET_PATH = '/websockify';

/** Events the emulator publishes; other names are accepted by subscribe and never sent. */
export const KNOWN_EVENTS = ['ExtensionStatus', 'ActiveCallStatus', 'CallQueueStatus'] as const;

interface Connection {
  cookie?: string;
  /** The event bus listened to (a reset makes a new one; the next subscribe follows it). */
  bus?: ReturnType<typeof ucmEvents>;
  stop?: () => void;
  /** eventname → subjects it is limited to (null: all). */
  subscriptions: Map<string, Set<string> | null>;
}

type Message = Record<string, unknown>;

function send(socket: WebSocket, type: 'response' | 'event', message: Message): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ type, message }));
}

/** Runs an HTTPS auth handler (challenge, login) for a WebSocket request; answers its response or a failure. */
async function runAuth(context: PackContext, action: 'challenge' | 'login', args: Message, ip: string): Promise<Message> {
  const contract = context.registry.get('grandstream', action);
  if (!contract) throw new Error(`no ${action} contract`);
  const extra: UcmExtra = { auth: undefined, ip };
  const result = (await invokeOperation({
    contract,
    handler: authHandlers[action] as UcmHandler,
    context,
    rawArgs: args,
    extra,
    invalidRequest: () => new VendorError(grandstreamErrors.invalidParameters, 'Invalid parameters'),
  })) as { response: Message; status: number };
  return { status: result.status, ...result.response };
}

function failure(error: unknown): Message {
  if (error instanceof VendorError) return { status: statusOf(error.definition), ...(error.details ?? {}) };
  return { status: statusOf(grandstreamErrors.abnormalSystemError) };
}

/** `["ExtensionStatus", "CallQueueStatus/6500,6501"]` (or a comma-free string) → subscriptions. */
function parseEventNames(value: unknown): Array<[string, Set<string> | null]> | undefined {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? [value] : undefined;
  if (!list || list.length === 0 || list.some((v) => typeof v !== 'string' || v.trim() === '')) return undefined;
  return (list as string[]).map((entry) => {
    const [name, filter] = entry.trim().split('/', 2);
    const subjects = filter === undefined || filter.trim() === '' ? null : new Set(filter.split(',').map((s) => s.trim()).filter(Boolean));
    return [name.trim(), subjects];
  });
}

function wanted(connection: Connection, event: UcmEvent): boolean {
  if (!connection.subscriptions.has(event.eventname)) return false;
  const subjects = connection.subscriptions.get(event.eventname);
  if (!subjects) return true;
  return (event.subject ?? '').split(',').some((s) => subjects.has(s));
}

async function handle(context: PackContext, socket: WebSocket, connection: Connection, message: Message, ip: string): Promise<void> {
  const action = typeof message.action === 'string' ? message.action.trim().toLowerCase() : '';
  const reply = (body: Message) =>
    send(socket, 'response', { ...(message.transactionid !== undefined ? { transactionid: message.transactionid } : {}), ...body });
  const sessions = authRuntime(context).sessions;
  const authenticated = () => {
    const cookie = typeof message.cookie === 'string' ? message.cookie : connection.cookie;
    if (!cookie || !('session' in sessions.use(cookie))) return false;
    connection.cookie = cookie;
    return true;
  };
  try {
    switch (action) {
      case 'challenge':
        return reply(await runAuth(context, 'challenge', { user: message.username ?? message.user, ...(message.version !== undefined ? { version: message.version } : {}) }, ip));
      case 'login': {
        const result = await runAuth(context, 'login', { user: message.username ?? message.user, token: message.token, ...(message.url !== undefined ? { url: message.url } : {}) }, ip);
        connection.cookie = String(result.cookie);
        return reply(result);
      }
      case 'heartbeat':
        return reply({ status: authenticated() ? 0 : statusOf(grandstreamErrors.cookieError) });
      case 'subscribe':
      case 'unsubscribe': {
        if (!authenticated()) return reply({ status: statusOf(grandstreamErrors.cookieError) });
        const names = parseEventNames(message.eventnames);
        if (!names) return reply({ status: statusOf(grandstreamErrors.invalidParameters) });
        listen(context, socket, connection);
        for (const [name, subjects] of names) {
          if (action === 'unsubscribe') connection.subscriptions.delete(name);
          else connection.subscriptions.set(name, subjects);
        }
        reply({ status: 0 });
        if (action === 'subscribe' && names.some(([name]) => name === 'ExtensionStatus')) {
          // The current state first, so a client need not poll listAccount.
          const snapshot = extensions(context.state)
            .entries()
            .map(([extension, row]) => ({ extension, status: row.status }));
          const event: UcmEvent = { eventname: 'ExtensionStatus', subject: snapshot.map((s) => s.extension).join(','), eventbody: snapshot };
          const subjects = connection.subscriptions.get('ExtensionStatus');
          if (subjects) event.eventbody = snapshot.filter((s) => subjects.has(s.extension));
          send(socket, 'event', { action: 'notify', eventname: event.eventname, eventbody: event.eventbody });
        }
        return;
      }
      case 'logout':
        if (connection.cookie) sessions.revoke(connection.cookie);
        connection.cookie = undefined;
        connection.subscriptions.clear();
        return reply({ status: 0 });
      default:
        return reply({ status: statusOf(grandstreamErrors.unsupported) });
    }
  } catch (error) {
    reply(failure(error));
  }
}

function listen(context: PackContext, socket: WebSocket, connection: Connection): void {
  const bus = ucmEvents(context);
  if (connection.bus === bus) return;
  connection.stop?.();
  connection.bus = bus;
  connection.stop = bus.subscribe((event) => {
    if (wanted(connection, event)) send(socket, 'event', { action: 'notify', eventname: event.eventname, eventbody: event.eventbody });
  });
}

/** Mounts `/websockify` on one listener; every listener shares the context's event bus. */
export async function registerWebSocket(app: FastifyInstance, context: PackContext): Promise<void> {
  await app.register(websocket);
  app.register(async (ws) => {
    ws.get(WEBSOCKET_PATH, { websocket: true }, (socket, request) => {
      const connection: Connection = { subscriptions: new Map() };
      socket.on('close', () => connection.stop?.());
      socket.on('message', (data) => {
        let frame: unknown;
        try {
          frame = parseBody(String(data), context.quirks['lenient-json']);
        } catch {
          return send(socket, 'response', { status: statusOf(grandstreamErrors.invalidParameters) });
        }
        const envelope = frame && typeof frame === 'object' ? (frame as Message) : undefined;
        const body = envelope?.message;
        // "message may be an object or an array" (field evidence).
        const messages = Array.isArray(body) ? body : [body];
        for (const message of messages) {
          if (envelope?.type !== 'request' || !message || typeof message !== 'object' || Array.isArray(message)) {
            send(socket, 'response', { status: statusOf(grandstreamErrors.invalidParameters) });
            continue;
          }
          void handle(context, socket, connection, message as Message, request.ip);
        }
      });
    });
  });
}
