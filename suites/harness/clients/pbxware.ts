import { unserialize } from 'php-serialize';
import { pbxwareContracts } from '../../../contracts/pbxware/index.ts';
import type { OperationContract } from '../../../contracts/core/index.ts';
import { checkAgainst, preview } from '../contract-check.ts';
import type { ScenarioContext } from '../scenario.ts';

const contracts = new Map<string, OperationContract>(pbxwareContracts.map((c) => [c.id, c]));

export type PbxParams = Record<string, string | number | string[] | undefined>;

export interface PbxRequestOptions {
  method?: 'GET' | 'POST';
  /** Overrides the target's key; `null` sends no key at all. */
  apikey?: string | null;
  /** `/` by default; `/index.php` and `//` are documented too. */
  path?: string;
  apiformat?: 'json' | 'php';
}

export interface PbxRawResponse {
  status: number;
  contentType: string;
  text: string;
  /** The decoded body (JSON or PHP-unserialized); undefined when it cannot be decoded. */
  body: unknown;
  request: string;
}

export class PbxwareError extends Error {
  constructor(
    readonly action: string,
    readonly body: unknown,
  ) {
    super(`${action} answered an error: ${preview(body)}`);
  }
}

/**
 * A raw PBXware client for scenarios: sends exactly what it is given, decodes JSON or PHP bodies, and
 * checks every answer against the operation's contract, recording conforms/deviates on the context.
 */
export class PbxwareClient {
  constructor(private readonly t: ScenarioContext) {}

  async raw(params: PbxParams, options: PbxRequestOptions = {}): Promise<PbxRawResponse> {
    const { target } = this.t;
    const search = new URLSearchParams();
    const key = options.apikey === undefined ? target.credentials.apikey : options.apikey;
    if (key !== null) search.append('apikey', key);
    for (const [name, value] of Object.entries(params)) {
      if (value === undefined) continue;
      for (const v of ([] as Array<string | number>).concat(value)) search.append(name, String(v));
    }
    if (options.apiformat) search.set('apiformat', options.apiformat);
    const path = options.path ?? '/';
    const method = options.method ?? 'GET';
    const url = method === 'GET' ? `${target.baseUrl}${path}?${search}` : `${target.baseUrl}${path}`;
    const response = await target.fetch(url, {
      method,
      ...(method === 'POST'
        ? { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: search.toString() }
        : {}),
    });
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    return {
      status: response.status,
      contentType,
      text,
      body: decode(text, options.apiformat ?? 'json'),
      request: `${method} ${path}?${redactSearch(search)}`,
    };
  }

  /** Calls an action that should succeed; checks the body against the contract and returns it. */
  async call<T = any>(action: string, params: PbxParams = {}, options: PbxRequestOptions = {}): Promise<T> {
    const response = await this.raw({ action, ...params }, options);
    const body = response.body;
    if (isErrorBody(body)) {
      // A refusal where the document promises an answer is the operation's departure, so name it.
      this.t.observe({ operation: action, outcome: 'deviates', path: 'error', expected: 'a success body', seen: preview(body), request: response.request });
      throw new PbxwareError(action, body);
    }
    this.check(action, body, response.request);
    return body as T;
  }

  /** Calls an action that should fail; returns the error text (the body must be `{"error": "…"}`). */
  async error(action: string, params: PbxParams = {}, options: PbxRequestOptions = {}): Promise<string> {
    const response = await this.raw({ action, ...params }, options);
    const body = response.body;
    if (!isErrorBody(body)) {
      this.t.observe({
        operation: action,
        outcome: 'deviates',
        path: 'error',
        expected: 'an {"error": "…"} body',
        seen: preview(body),
        request: response.request,
      });
      throw new Error(`${action} should have answered an error but answered ${preview(body)}`);
    }
    if (contracts.has(action)) this.t.observe({ operation: action, outcome: 'conforms' });
    return (body as { error: string }).error;
  }

  private check(action: string, body: unknown, request: string) {
    const contract = contracts.get(action);
    if (!contract) return;
    const departures = checkAgainst(contract.response, body);
    if (departures.length === 0) {
      this.t.observe({ operation: action, outcome: 'conforms' });
      return;
    }
    for (const d of departures) this.t.observe({ operation: action, outcome: 'deviates', ...d, request });
  }
}

export function isErrorBody(body: unknown): body is { error: string } {
  return (
    typeof body === 'object' && body !== null && !Array.isArray(body) && typeof (body as { error?: unknown }).error === 'string'
  );
}

function decode(text: string, format: 'json' | 'php'): unknown {
  try {
    if (format === 'php') return unserialize(text, {}, { strict: false });
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function redactSearch(search: URLSearchParams): string {
  const copy = new URLSearchParams(search);
  if (copy.has('apikey')) copy.set('apikey', '***');
  return copy.toString();
}
