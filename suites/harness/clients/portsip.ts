import type { OperationContract } from '../../../contracts/core/index.ts';
import { portsipContracts } from '../../../contracts/portsip/index.ts';
import { checkAgainst, preview } from '../contract-check.ts';
import type { ScenarioContext } from '../scenario.ts';

const contracts = new Map<string, OperationContract>(portsipContracts.map((c) => [c.id, c]));

export type TokenCarrier = 'query' | 'body' | 'header';

export interface PortsipRequest {
  method: string;
  path: string;
  query?: Record<string, string | number | undefined>;
  /** A JSON body (object), or a raw string sent as it is. */
  json?: unknown;
  form?: FormData;
  headers?: Record<string, string>;
}

export interface PortsipRawResponse {
  status: number;
  contentType: string;
  text: string;
  /** The decoded JSON body; undefined when empty or not JSON. */
  body: any;
  request: string;
}

export interface PortsipCallOptions {
  /** Overrides the path (aliases, the misprinted call path). */
  path?: string;
  method?: string;
  /** Where the token travels: query for GET operations and body for POST ones unless told. */
  carrier?: TokenCarrier;
  /** A token to send instead of the client's own; `null` sends none. */
  token?: string | null;
}

export class PortsipError extends Error {
  constructor(
    readonly operation: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`${operation} answered HTTP ${status}: ${preview(body)}`);
  }
}

const SECRET = /("(?:access_token|password|web_access_password|voicemail_pin|auth)"\s*:\s*")[^"]*/gi;
const SECRET_QUERY = /([?&](?:access_token|auth|password)=)[^&]*/gi;

/**
 * A raw PortSIP client for scenarios: logs in with the target's `user`/`password`
 * (POST /api/account/credentials/verify), sends each operation as its contract says (GET + query string
 * or POST + JSON body, the token beside the parameters), logs in again once when a token is refused, and
 * checks every answer against the operation's contract, recording conforms/deviates on the context.
 */
export class PortsipClient {
  private token: string | undefined;

  constructor(
    private readonly t: ScenarioContext,
    private readonly credentials = { user: t.target.credentials.user, password: t.target.credentials.password },
  ) {}

  async raw(request: PortsipRequest): Promise<PortsipRawResponse> {
    const { target } = this.t;
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(request.query ?? {})) if (v !== undefined) search.append(k, String(v));
    const qs = search.toString();
    const headers: Record<string, string> = { ...(request.headers ?? {}) };
    let body: BodyInit | undefined;
    if (request.form) body = request.form;
    else if (request.json !== undefined) {
      body = typeof request.json === 'string' ? request.json : JSON.stringify(request.json);
      headers['content-type'] ??= 'application/json';
    }
    const url = `${target.baseUrl}${request.path}${qs ? `?${qs}` : ''}`;
    const response = await target.fetch(url, { method: request.method, headers, ...(body === undefined ? {} : { body }) });
    const text = await response.text();
    let decoded: unknown;
    try {
      decoded = text ? JSON.parse(text) : undefined;
    } catch {
      decoded = undefined;
    }
    const shown = typeof body === 'string' ? ` ${body.slice(0, 300)}` : request.form ? ' (multipart)' : '';
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      text,
      body: decoded,
      request: `${request.method} ${request.path}${qs ? `?${qs}` : ''}${shown}`.replace(SECRET_QUERY, '$1***').replace(SECRET, '$1***'),
    };
  }

  /** Logs in and keeps the token; answers the whole verify body (checked against its contract). */
  async login(user = this.credentials.user, password = this.credentials.password): Promise<{ access_token: string; expires: number | string }> {
    const operation = 'POST /api/account/credentials/verify';
    const response = await this.raw({ method: 'POST', path: '/api/account/credentials/verify', json: { name: user, password } });
    const body = this.accept(operation, response);
    this.token = body.access_token;
    return body;
  }

  get currentToken(): string | undefined {
    return this.token;
  }

  /** Sends an operation with these parameters, the token placed as asked; no checks. */
  async send(operation: string, params: Record<string, unknown> = {}, options: PortsipCallOptions = {}): Promise<PortsipRawResponse> {
    const contract = contracts.get(operation);
    if (!contract || contract.transport.kind !== 'rest') throw new Error(`no PortSIP contract ${operation}`);
    const method = options.method ?? contract.transport.method;
    const path = options.path ?? contract.transport.path;
    const token = options.token === undefined ? this.token : options.token;
    const carrier = options.carrier ?? (method === 'GET' ? 'query' : 'body');
    const withToken = token !== null && token !== undefined && carrier !== 'header' ? { access_token: token } : {};
    const headers = token && carrier === 'header' ? { access_token: token } : undefined;
    if (method === 'GET') {
      return this.raw({ method, path, query: { ...withToken, ...(params as Record<string, string>) }, headers });
    }
    return this.raw({
      method,
      path,
      query: carrier === 'query' ? withToken : undefined,
      json: { ...(carrier === 'body' ? withToken : {}), ...params },
      headers,
    });
  }

  /** Calls an operation that should succeed (logging in first, and once more on a 401). */
  async call<T = any>(operation: string, params: Record<string, unknown> = {}, options: PortsipCallOptions = {}): Promise<T> {
    if (!this.token && options.token === undefined) await this.login();
    let response = await this.send(operation, params, options);
    if (response.status === 401 && options.token === undefined) {
      await this.login();
      response = await this.send(operation, params, options);
    }
    return this.accept(operation, response) as T;
  }

  /** Uploads a greeting file as multipart/form-data (token as a form field unless told otherwise). */
  async upload(extension: string, filename: string, content: Uint8Array | string, mimetype = 'audio/wav', options: PortsipCallOptions & { field?: string } = {}) {
    if (!this.token && options.token === undefined) await this.login();
    const token = options.token === undefined ? this.token : options.token;
    const form = new FormData();
    if (token) form.append('access_token', token);
    form.append('extension_number', extension);
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    form.append(options.field ?? 'file', new Blob([bytes as BlobPart], { type: mimetype }), filename);
    return this.raw({ method: 'POST', path: options.path ?? '/api/extensions/greeting_file/upload', form });
  }

  /** Checks a success: 2xx and a body the contract accepts. Answers the body. */
  accept(operation: string, response: PortsipRawResponse): any {
    if (response.status < 200 || response.status >= 300) {
      this.t.observe({ operation, outcome: 'deviates', path: 'status', expected: '2xx', seen: `${response.status} ${preview(response.body ?? response.text)}`, request: response.request });
      throw new PortsipError(operation, response.status, response.body ?? response.text);
    }
    if (response.text !== '' && response.body === undefined) {
      this.t.observe({ operation, outcome: 'deviates', path: '(body)', expected: 'JSON or nothing', seen: preview(response.text), request: response.request });
      throw new PortsipError(operation, response.status, response.text);
    }
    const contract = contracts.get(operation);
    if (contract) {
      const departures = checkAgainst(contract.response, response.body);
      if (departures.length === 0) this.t.observe({ operation, outcome: 'conforms' });
      for (const d of departures) this.t.observe({ operation, outcome: 'deviates', ...d, request: response.request });
    }
    return response.body;
  }

  /** Checks a refusal: a 4xx with a JSON object body (the error model). Answers status and body. */
  refusal(operation: string, response: PortsipRawResponse): { status: number; body: Record<string, unknown> } {
    const ok = response.status >= 400 && response.status < 500 && typeof response.body === 'object' && response.body !== null && !Array.isArray(response.body);
    if (!ok) {
      this.t.observe({ operation, outcome: 'deviates', path: 'error', expected: 'a 4xx status with a JSON error body', seen: `${response.status} ${preview(response.body ?? response.text)}`, request: response.request });
      throw new Error(`${operation} should have been refused with a 4xx JSON error but answered ${response.status} ${preview(response.body ?? response.text)}`);
    }
    if (contracts.has(operation)) this.t.observe({ operation, outcome: 'conforms' });
    return { status: response.status, body: response.body };
  }

  /** Sends an operation that should be refused; answers status and error body. */
  async error(operation: string, params: Record<string, unknown> = {}, options: PortsipCallOptions = {}) {
    if (!this.token && options.token === undefined) await this.login();
    return this.refusal(operation, await this.send(operation, params, options));
  }
}
