import type { z } from 'zod';
import { defineOperation, type Decision, type DocRef, type HttpMethod, type OperationContract, type OperationExample } from '../core/index.ts';
import type { SipxErrorId } from './errors.ts';

/** The two documented roots (doc 61-69): `/sipxconfig/rest/` (Restlet) and `/sipxconfig/api/` (JAX-RS). */
export type SipxBase = 'rest' | 'api';

/**
 * Representations an operation answers in, the first being the default when `Accept` names none of
 * them (doc 1.3 of the index; field evidence: negotiation by `Accept`). `empty` = no body; `rss` = an RSS
 * document the handler renders itself (the voicemail feed, doc 4516), sent as application/rss+xml;
 * `binary` = bytes the handler returns as a Uint8Array (an avatar image), typed by their magic number.
 */
export type SipxRepresentation = 'xml' | 'json' | 'text' | 'csv' | 'rss' | 'binary' | 'empty';

/**
 * Who may call: `admin` = superadmin only (regular users get 403); `user` = any authenticated user,
 * acting on themselves (the `/my/...` resources and `/call/{to}`).
 */
export type SipxAccess = 'admin' | 'user';

export interface SipxMeta {
  id: string;
  method: HttpMethod;
  /** The path as the document prints it (the ops.json id without the method). */
  docPath: string;
  base: SipxBase;
  /** Why this base: documented (with lines) or chosen from the index's suggestions (A1). */
  baseNote: string;
  produces: readonly SipxRepresentation[];
  access: SipxAccess;
  /** XML element name of the items of an array under a key (default: the key without its plural `s`/`es`). */
  xmlItems: Readonly<Record<string, string>>;
  /**
   * The XML document element when the JSON body is unwrapped (a single `/api` item, like the gateway
   * of doc 1048, answers its fields at the top level; its XML still needs a root element).
   */
  xmlRoot?: string;
  /**
   * The root element a request body is wrapped in (`user` for `<user>…</user>` / `{"user": {…}}`).
   * The binding unwraps it, so the contract's `body` schema describes what is inside; an unwrapped
   * JSON body is accepted too.
   */
  bodyRoot?: string;
  /** Body types the operation reads; `text` = "PUT data is plain text"; `multipart` = multipart/form-data (prompt uploads, body.ts). */
  consumes: readonly ('xml' | 'json' | 'text' | 'multipart')[];
  /** Further routes (full paths) that serve the same operation (`…/settings` also at `…/settings/*`). */
  alsoAt: readonly string[];
}

export interface SipxOperationInput<Req extends z.ZodType, Res extends z.ZodType> {
  /** The ops.json id: `"<METHOD> <path as documented>"`, e.g. `GET /phones/{phoneId}`. */
  id: string;
  /** The route below the base when it differs from the documented path (a misprint decided in quirks.ts). */
  path?: string;
  base: SipxBase;
  baseNote: string;
  summary: string;
  kind: 'read' | 'write';
  doc: DocRef[];
  request: Req;
  response: Res;
  produces: SipxRepresentation[];
  access?: SipxAccess;
  xmlItems?: Record<string, string>;
  bodyRoot?: string;
  xmlRoot?: string;
  consumes?: ('xml' | 'json' | 'text' | 'multipart')[];
  /** Further routes below the base serving the same operation (e.g. the setting-path form of a settings URI). */
  alsoAt?: string[];
  errors?: SipxErrorId[];
  decisions?: Decision[];
  examples?: OperationExample[];
  declined?: string;
  tags?: string[];
}

const META = new Map<string, SipxMeta>();

/** Errors any sipXcom operation may answer (auth, roles, malformed bodies, limits). */
const COMMON_ERRORS: SipxErrorId[] = ['unauthorized', 'forbidden', 'validationFailed', 'malformedBody', 'bodyTooLarge'];

/**
 * One documented sipXcom operation. The id is the index's (`GET /phones`); the route is
 * `/sipxconfig/<base><path>`; representation, access and XML names go to `sipxMeta(id)`.
 */
export function sipxOperation<Req extends z.ZodType, Res extends z.ZodType>(
  input: SipxOperationInput<Req, Res>,
): OperationContract<Req, Res> {
  const space = input.id.indexOf(' ');
  const method = input.id.slice(0, space) as HttpMethod;
  const docPath = input.id.slice(space + 1);
  const meta: SipxMeta = {
    id: input.id,
    method,
    docPath,
    base: input.base,
    baseNote: input.baseNote,
    produces: input.produces,
    access: input.access ?? 'admin',
    xmlItems: input.xmlItems ?? {},
    ...(input.bodyRoot ? { bodyRoot: input.bodyRoot } : {}),
    ...(input.xmlRoot ? { xmlRoot: input.xmlRoot } : {}),
    consumes: input.consumes ?? ['xml', 'json'],
    alsoAt: (input.alsoAt ?? []).map((p) => `/sipxconfig/${input.base}${p}`),
  };
  META.set(input.id, meta);
  const decisions: Decision[] = [
    { question: 'Which base path serves this resource?', choice: `/sipxconfig/${input.base}: ${input.baseNote}` },
    ...(input.decisions ?? []),
  ];
  return defineOperation({
    vendor: 'sipxcom',
    id: input.id,
    summary: input.summary,
    transport: { kind: 'rest', method, path: `/sipxconfig/${input.base}${input.path ?? docPath}` },
    kind: input.kind,
    doc: input.doc,
    request: input.request,
    response: input.response,
    errors: [...new Set([...COMMON_ERRORS, ...(input.errors ?? [])])],
    decisions,
    examples: input.examples ?? [],
    tags: [`base:${input.base}`, `access:${meta.access}`, ...(input.tags ?? [])],
    ...(input.declined ? { declined: input.declined } : {}),
  });
}

/** Representation, access and naming of an operation (throws for an id that no contract defines). */
export function sipxMeta(id: string): SipxMeta {
  const meta = META.get(id);
  if (!meta) throw new Error(`sipxcom: no contract for operation ${id}`);
  return meta;
}
