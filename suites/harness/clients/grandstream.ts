import { createHash } from 'node:crypto';
import type { OperationContract } from '../../../contracts/core/index.ts';
import { grandstreamContracts } from '../../../contracts/grandstream/index.ts';
import { ACTION_VARIANTS } from '../../../emulator/grandstream/variants.ts';
import { checkAgainst, preview } from '../contract-check.ts';
import type { ScenarioContext } from '../scenario.ts';

/** Contracts by lower-cased action name (and by id, for variants). */
const byAction = new Map<string, OperationContract>();
for (const c of grandstreamContracts) {
  if (c.transport.kind === 'action') byAction.set(c.transport.action.trim().toLowerCase(), c);
  byAction.set(c.id.toLowerCase(), c);
}

export interface UcmRawResponse {
  httpStatus: number;
  contentType: string;
  text: string;
  /** The decoded JSON body; undefined when the body is not JSON. */
  body: any;
  request: string;
}

export class GrandstreamError extends Error {
  constructor(
    readonly action: string,
    readonly body: unknown,
  ) {
    super(`${action} answered a failure: ${preview(body)}`);
  }

  get status(): number | undefined {
    return (this.body as { status?: number } | undefined)?.status;
  }
}

/** The contract a request means when several share its action (pmsapi's sub-operations, recapi): its id, else the action. */
function variantOf(action: string, params: Record<string, unknown>): string {
  const resolver = ACTION_VARIANTS[action.trim()];
  return (resolver && resolver({ action, ...params })) || action;
}

export const md5 = (text: string) => createHash('md5').update(text).digest('hex');

const SECRET = /("(?:token|cookie|password|secret|vmsecret|user_password)"\s*:\s*")[^"]*/gi;

/**
 * A raw UCM client for scenarios: POSTs `{"request": {…}}` to `/api`, does challenge + login itself,
 * logs in again when a cookie is refused with -6, and checks every success against the operation's
 * contract, recording conforms/deviates on the scenario context.
 */
export class GrandstreamClient {
  private cookie: string | undefined;

  constructor(
    private readonly t: ScenarioContext,
    private readonly credentials: { user: string; password: string } = {
      user: t.target.credentials.user,
      password: t.target.credentials.password,
    },
  ) {}

  /** POSTs a body to /api as it is (a string is sent verbatim). */
  async raw(body: unknown, headers: Record<string, string> = {}): Promise<UcmRawResponse> {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    const response = await this.t.target.fetch(`${this.t.target.baseUrl}/api`, {
      method: 'POST',
      headers: { 'content-type': 'application/json;charset=UTF-8', connection: 'close', ...headers },
      body: text,
    });
    const answer = await response.text();
    let decoded: unknown;
    try {
      decoded = JSON.parse(answer);
    } catch {
      decoded = undefined;
    }
    return {
      httpStatus: response.status,
      contentType: response.headers.get('content-type') ?? '',
      text: answer,
      body: decoded,
      request: `POST /api ${text.replace(SECRET, '$1***').slice(0, 300)}`,
    };
  }

  /** Sends one action with exactly these parameters (no cookie added). */
  send(action: string, params: Record<string, unknown> = {}): Promise<UcmRawResponse> {
    return this.raw({ request: { action, ...params } });
  }

  /** challenge then login; answers the cookie and keeps it for `call`. Throws GrandstreamError on a failure. */
  async login(user = this.credentials.user, password = this.credentials.password, version: string | undefined = '1.0'): Promise<string> {
    const challenge = await this.expectOk('challenge', { user, ...(version === undefined ? {} : { version }) });
    const login = await this.expectOk('login', { user, token: md5(challenge.response.challenge + password) });
    this.cookie = login.response.cookie;
    return login.response.cookie;
  }

  get currentCookie(): string | undefined {
    return this.cookie;
  }

  /** Calls an action that should succeed, with the session cookie (logging in first, and again on -6). */
  async call<T = any>(action: string, params: Record<string, unknown> = {}): Promise<T> {
    if (!this.cookie) await this.login();
    let response = await this.send(action, { cookie: this.cookie, ...params });
    if (response.body?.status === -6) {
      await this.login();
      response = await this.send(action, { cookie: this.cookie, ...params });
    }
    return this.accept(variantOf(action, params), response) as T;
  }

  /** Calls an action that should fail (with the session cookie unless `cookie` is given, `null` for none). */
  async error(action: string, params: Record<string, unknown> = {}, options: { cookie?: string | null } = {}) {
    if (options.cookie === undefined && !this.cookie) await this.login();
    const cookie = options.cookie === undefined ? this.cookie : options.cookie;
    const response = await this.send(action, { ...(cookie === null ? {} : { cookie }), ...params });
    return this.refusal(variantOf(action, params), response);
  }

  /** Checks a failure: HTTP 200 and a negative integer `status`. Answers status and response. */
  refusal(action: string, response: UcmRawResponse): { status: number; response: Record<string, unknown> } {
    const operation = byAction.get(action.trim().toLowerCase())?.id ?? action;
    const status = response.body?.status;
    if (response.httpStatus !== 200 || typeof status !== 'number' || status >= 0) {
      this.t.observe({ operation, outcome: 'deviates', path: 'status', expected: 'HTTP 200 with a negative status', seen: `HTTP ${response.httpStatus} ${preview(response.body ?? response.text)}`, request: response.request });
      throw new Error(`${action} should have failed but answered HTTP ${response.httpStatus} ${preview(response.body ?? response.text)}`);
    }
    this.t.observe({ operation, outcome: 'conforms' });
    return { status, response: (response.body.response ?? {}) as Record<string, unknown> };
  }

  async logout(): Promise<void> {
    if (!this.cookie) return;
    const cookie = this.cookie;
    this.cookie = undefined;
    await this.expectOk('logout', { cookie });
  }

  private async expectOk(action: string, params: Record<string, unknown>): Promise<any> {
    return this.accept(action, await this.send(action, params));
  }

  /** A success: checked against its contract, or a departure named and thrown. */
  accept(action: string, response: UcmRawResponse): unknown {
    const contract = byAction.get(action.trim().toLowerCase());
    const operation = contract?.id ?? action;
    const body = response.body;
    const failed = response.httpStatus !== 200 || (body && typeof body === 'object' && typeof body.status === 'number' && body.status !== 0);
    if (failed || body === undefined) {
      this.t.observe({ operation, outcome: 'deviates', path: 'status', expected: 'HTTP 200 and status 0', seen: `HTTP ${response.httpStatus} ${preview(body ?? response.text)}`, request: response.request });
      throw new GrandstreamError(action, body ?? response.text);
    }
    if (contract) {
      const departures = checkAgainst(contract.response, body);
      if (departures.length === 0) this.t.observe({ operation, outcome: 'conforms' });
      for (const d of departures) this.t.observe({ operation, outcome: 'deviates', ...d, request: response.request });
    }
    return body;
  }
}
