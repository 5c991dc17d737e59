import { createHash, randomBytes } from 'node:crypto';
import type { OperationContract } from '../../../contracts/core/index.ts';
import { sipxcomContracts } from '../../../contracts/sipxcom/index.ts';
import { sipxMeta } from '../../../contracts/sipxcom/operation.ts';
import { fromXml, parseXml } from '../../../contracts/sipxcom/representation.ts';
import { checkAgainst, preview } from '../contract-check.ts';
import type { ScenarioContext } from '../scenario.ts';

const contracts = new Map<string, OperationContract>(sipxcomContracts.map((c) => [c.id, c]));

export interface SipxRequestOptions {
  /** Path parameters of the operation's template. */
  params?: Record<string, string | number>;
  query?: Record<string, string | number>;
  /** A string is sent as it is; anything else as JSON. */
  body?: unknown;
  contentType?: string;
  /** `xml` (text/xml), `json` (application/json), `none` (no Accept header) or a header value. Default: none. */
  accept?: 'xml' | 'json' | 'none' | string;
  /** `basic` (default), `digest` (answers the server's challenge) or `none`. */
  auth?: 'basic' | 'digest' | 'none';
  /** Credentials other than the client's. */
  user?: string;
  password?: string;
}

export interface SipxRawResponse {
  status: number;
  contentType: string;
  headers: Headers;
  text: string;
  request: string;
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

/**
 * A raw sipXcom client for scenarios: builds the URL from the operation's contract, authenticates
 * with Basic (or Digest), asks for XML or JSON, decodes the answer by its content type (XML guided by
 * the contract's schema) and checks every success against the contract, recording conforms/deviates.
 */
export class SipxcomClient {
  constructor(
    private readonly t: ScenarioContext,
    private readonly credentials?: { user: string; password: string },
  ) {}

  /** The same client authenticating as someone else (a regular user and their PIN). */
  as(user: string, password: string): SipxcomClient {
    return new SipxcomClient(this.t, { user, password });
  }

  private creds(options: SipxRequestOptions) {
    return {
      user: options.user ?? this.credentials?.user ?? this.t.target.credentials.user,
      password: options.password ?? this.credentials?.password ?? this.t.target.credentials.password,
    };
  }

  /** The path of an operation with its parameters filled in. */
  path(operation: string, params: Record<string, string | number> = {}, query?: Record<string, string | number>): string {
    const contract = contracts.get(operation);
    if (!contract || contract.transport.kind !== 'rest') throw new Error(`no sipXcom contract ${operation}`);
    let path = contract.transport.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      if (params[name] === undefined) throw new Error(`${operation}: no value for {${name}}`);
      return encodeURIComponent(String(params[name]));
    });
    // A wildcard route (`…/settings/*`, printed `{settingPath}` / `{path:.*}`) takes `params['*']`, slashes kept.
    if (path.endsWith('*') && params['*'] !== undefined) path = `${path.slice(0, -1)}${String(params['*']).split('/').map(encodeURIComponent).join('/')}`;
    const search = query ? new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString() : '';
    return search ? `${path}?${search}` : path;
  }

  /** Sends a request to a path (below the target's origin) as it is. */
  async send(method: string, path: string, options: SipxRequestOptions = {}): Promise<SipxRawResponse> {
    const { target } = this.t;
    const headers: Record<string, string> = {};
    const accept = options.accept ?? 'none';
    if (accept !== 'none') headers.accept = accept === 'xml' ? 'text/xml' : accept === 'json' ? 'application/json' : accept;
    let body: string | undefined;
    if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      headers['content-type'] =
        options.contentType ?? (typeof options.body !== 'string' ? 'application/json' : body.trimStart().startsWith('<') ? 'application/xml' : 'text/plain');
    }
    const { user, password } = this.creds(options);
    const mode = options.auth ?? 'basic';
    if (mode === 'basic') headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    const url = `${target.baseUrl}${path}`;
    let response = await target.fetch(url, { method, headers, ...(body !== undefined ? { body } : {}) });
    if (mode === 'digest' && response.status === 401) {
      const challenge = response.headers.get('www-authenticate') ?? '';
      await response.text();
      const digest = challenge.split(/,\s*(?=Digest )|(?<=\S)\s*,\s*(?=Basic )/).find((c) => /^\s*Digest /i.test(c)) ?? '';
      const realm = /realm="([^"]*)"/.exec(digest)?.[1] ?? '';
      const nonce = /nonce="([^"]*)"/.exec(digest)?.[1] ?? '';
      const cnonce = randomBytes(8).toString('hex');
      const uri = path;
      const ha1 = md5(`${user}:${realm}:${password}`);
      const ha2 = md5(`${method}:${uri}`);
      const answer = md5(`${ha1}:${nonce}:00000001:${cnonce}:auth:${ha2}`);
      headers.authorization = `Digest username="${user}", realm="${realm}", nonce="${nonce}", uri="${uri}", qop=auth, nc=00000001, cnonce="${cnonce}", response="${answer}", algorithm=MD5`;
      response = await target.fetch(url, { method, headers, ...(body !== undefined ? { body } : {}) });
    }
    const text = await response.text();
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      headers: response.headers,
      text,
      request: `${method} ${path.replace(/(\/pin\/|\/portal\/password\/)[^/?]*/, '$1***')}`,
    };
  }

  /** Sends an operation's request as it is and answers the raw response (no contract check). */
  async raw(operation: string, options: SipxRequestOptions = {}): Promise<SipxRawResponse> {
    const contract = contracts.get(operation)!;
    const method = contract.transport.kind === 'rest' ? contract.transport.method : 'GET';
    return this.send(method, this.path(operation, options.params, options.query), options);
  }

  /** Decodes an answer of `operation` by its content type, the XML guided by the contract. */
  decode(operation: string, response: SipxRawResponse): unknown {
    const contract = contracts.get(operation)!;
    if (response.text === '') return undefined;
    if (response.contentType.includes('json')) return JSON.parse(response.text);
    if (response.contentType.includes('xml')) {
      const parsed = parseXml(response.text);
      const root = sipxMeta(operation).xmlRoot;
      return fromXml(contract.response, root ? parsed[root] : parsed);
    }
    return response.text;
  }

  /** Calls an operation that should succeed (2xx); checks the answer against its contract and returns it decoded. */
  async call<T = any>(operation: string, options: SipxRequestOptions = {}): Promise<{ status: number; body: T; response: SipxRawResponse }> {
    const response = await this.raw(operation, options);
    if (response.status < 200 || response.status > 299) {
      this.t.observe({ operation, outcome: 'deviates', path: 'status', expected: '2xx', seen: `${response.status} ${preview(response.text)}`, request: response.request });
      throw new Error(`${operation} answered ${response.status}: ${response.text.slice(0, 300)}`);
    }
    let body: unknown;
    try {
      body = this.decode(operation, response);
    } catch (error) {
      this.t.observe({ operation, outcome: 'deviates', path: '(body)', expected: 'a decodable body', seen: (error as Error).message, request: response.request });
      throw error;
    }
    const departures = checkAgainst(contracts.get(operation)!.response, body);
    if (departures.length === 0) this.t.observe({ operation, outcome: 'conforms' });
    for (const d of departures) this.t.observe({ operation, outcome: 'deviates', ...d, request: response.request });
    return { status: response.status, body: body as T, response };
  }

  /**
   * Calls an operation that should be refused with one of `statuses`; records conforms or deviates
   * and returns the response.
   */
  async refused(operation: string, statuses: number[], options: SipxRequestOptions = {}): Promise<SipxRawResponse> {
    const response = await this.raw(operation, options);
    if (statuses.includes(response.status)) this.t.observe({ operation, outcome: 'conforms' });
    else {
      this.t.observe({ operation, outcome: 'deviates', path: 'status', expected: statuses.join(' or '), seen: `${response.status} ${preview(response.text)}`, request: response.request });
    }
    return response;
  }
}
