import { z } from 'zod';
import {
  defineOperation,
  type Decision,
  type DocRef,
  type OperationContract,
  type OperationExample,
} from '../core/index.ts';
import type { GrandstreamErrorId } from './errors.ts';

/**
 * The document's sections, as the emulator groups operations for API-user permissions (an API user may
 * be limited to some sections; `-47` otherwise) and for the coverage report.
 */
export type UcmSection =
  | 'auth'
  | 'system'
  | 'extension'
  | 'wave'
  | 'trunk'
  | 'outbound-route'
  | 'pin-group'
  | 'inbound-route'
  | 'blacklist'
  | 'prompt'
  | 'call'
  | 'queue'
  | 'paging'
  | 'ivr'
  | 'user'
  | 'extension-group'
  | 'cdr'
  | 'recording'
  | 'pms'
  | 'broadcast';

export interface UcmOperationInput<Shape extends z.ZodRawShape, Res extends z.ZodType> {
  /** The `request.action` value (exact spelling of the document's examples). */
  action: string;
  /** Contract id when several contracts share an action (`pmsapi:checkin`, `recapi:gdms-netdisk`). */
  id?: string;
  section: UcmSection;
  summary: string;
  kind: 'read' | 'write';
  doc: DocRef[];
  /** The action's own parameters (besides `action` and `cookie`), flat inside `request` (doc 275-294). */
  params: Shape;
  response: Res;
  /** Documented alternative spellings of parameter names: `{ external_numbr: 'external_number' }`. */
  aliases?: Record<string, string>;
  /** `false` for challenge and login, which need no cookie (doc 232). */
  cookie?: boolean;
  /** Needs the API user's "Call Control" permission (doc 53; acceptCall/refuseCall). */
  callControl?: boolean;
  errors?: GrandstreamErrorId[];
  decisions?: Decision[];
  examples?: OperationExample[];
  declined?: string;
  tags?: string[];
}

/** Every UCM action is `POST /api` with `{"request": {"action": …}}` (doc 65-76, 275-294). */
export function ucmOperation<Shape extends z.ZodRawShape, Res extends z.ZodType>(input: UcmOperationInput<Shape, Res>) {
  const { action, id, section, params, aliases = {}, cookie = true, callControl = false, errors = [], tags = [], ...rest } = input;
  const request = z.object({ ...(cookie ? { cookie: z.string().max(256).optional() } : {}), ...params });
  return defineOperation({
    vendor: 'grandstream',
    id: id ?? action,
    transport: { kind: 'action', action, methods: ['POST'] },
    ...rest,
    request,
    errors: [
      ...(cookie ? (['cookieError', 'noPermission'] as const) : []),
      'invalidParameters',
      'invalidValue',
      ...errors,
    ],
    tags: [
      `section:${section}`,
      ...(cookie ? [] : ['auth:none']),
      ...(callControl ? ['call-control'] : []),
      ...Object.entries(aliases).map(([from, to]) => `alias:${from}=${to}`),
      ...tags,
    ],
  });
}

/** The section an operation belongs to. */
export function sectionOf(contract: OperationContract): UcmSection {
  const tag = contract.tags.find((t) => t.startsWith('section:'));
  return (tag?.slice('section:'.length) ?? 'system') as UcmSection;
}

export function needsCookie(contract: OperationContract): boolean {
  return !contract.tags.includes('auth:none');
}

export function needsCallControl(contract: OperationContract): boolean {
  return contract.tags.includes('call-control');
}

/** Documented alternative spellings of the operation's parameter names (alias → canonical). */
export function aliasesOf(contract: OperationContract): Record<string, string> {
  const out: Record<string, string> = {};
  for (const tag of contract.tags) {
    if (!tag.startsWith('alias:')) continue;
    const [from, to] = tag.slice('alias:'.length).split('=');
    out[from] = to;
  }
  return out;
}

/** The parameter names an operation's request schema declares. */
export function paramNames(contract: OperationContract): string[] {
  return Object.keys((contract.request as unknown as { shape?: Record<string, unknown> }).shape ?? {});
}
