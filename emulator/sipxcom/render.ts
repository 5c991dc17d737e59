import type { FastifyReply, FastifyRequest } from 'fastify';
import { toXml } from '../../contracts/sipxcom/representation.ts';
import type { SipxMeta, SipxRepresentation } from '../../contracts/sipxcom/operation.ts';
import type { VendorError } from '../core/errors.ts';

export const CONTENT_TYPES: Record<Exclude<SipxRepresentation, 'empty'>, string> = {
  xml: 'text/xml; charset=UTF-8',
  json: 'application/json; charset=UTF-8',
  text: 'text/plain; charset=UTF-8',
  csv: 'text/comma-separated-values; charset=UTF-8',
  rss: 'application/rss+xml; charset=UTF-8',
  binary: 'application/octet-stream',
};

/** The media type of bytes a handler answers (`binary`), by their magic number. */
export function binaryType(bytes: Uint8Array): string {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x52, 0x49, 0x46, 0x46)) return 'audio/x-wav';
  if (starts(0x49, 0x44, 0x33)) return 'audio/mpeg';
  if (bytes[0] === 0xff && (bytes[1] & 0xe0) === 0xe0) return 'audio/mpeg'; // an MPEG audio frame without an ID3 tag
  return CONTENT_TYPES.binary;
}

/**
 * The representation to answer in: what `Accept` asks for among those the operation produces
 * (`application/json`, `text/xml`/`application/xml`, `text/comma-separated-values`/`text/csv`,
 * `text/plain`), else the operation's default (its first). Never 406: real servers fall back too.
 */
export function negotiate(accept: string | undefined, produces: readonly SipxRepresentation[]): SipxRepresentation {
  const wanted = (accept ?? '').toLowerCase();
  const asks: Array<[SipxRepresentation, RegExp]> = [
    ['rss', /application\/rss\+xml/],
    ['json', /application\/json|\+json/],
    ['xml', /text\/xml|application\/xml|\+xml/],
    ['csv', /text\/csv|comma-separated-values/],
    ['text', /text\/plain/],
  ];
  const ranked = asks
    .map(([repr, re]) => ({ repr, at: wanted.search(re) }))
    .filter((a) => a.at >= 0 && produces.includes(a.repr))
    .sort((a, b) => a.at - b.at);
  return ranked[0]?.repr ?? produces[0] ?? 'empty';
}

function isCreated(body: unknown): boolean {
  return (body as { response?: { code?: unknown } } | undefined)?.response?.code === 'SUCCESS_CREATED';
}

/** Writes a successful answer: 201 for a created envelope (index A11), else 200. */
export function sendBody(reply: FastifyReply, body: unknown, meta: SipxMeta, request: FastifyRequest) {
  const repr = negotiate(request.headers.accept, meta.produces);
  const status = isCreated(body) ? 201 : 200;
  if (body === undefined || repr === 'empty') return withStatus(reply, status).send();
  if (body instanceof Uint8Array) return withStatus(reply, status).type(binaryType(body)).send(Buffer.from(body));
  if (repr === 'text' || repr === 'csv' || repr === 'rss') return withStatus(reply, status).type(CONTENT_TYPES[repr]).send(String(body));
  if (repr === 'json') return withStatus(reply, status).type(CONTENT_TYPES.json).send(JSON.stringify(body));
  const rooted = meta.xmlRoot ? { [meta.xmlRoot]: body } : body;
  return withStatus(reply, status).type(CONTENT_TYPES.xml).send(toXml(rooted, meta.xmlItems));
}

/** The error envelope `<response><code/><message/></response>`, JSON when `Accept` asks for it. */
export function errorBody(error: VendorError, accept: string | undefined): { type: string; payload: string } {
  const body = { response: { code: String(error.definition.code ?? error.id), message: error.message } };
  if (negotiate(accept, ['xml', 'json']) === 'json') return { type: CONTENT_TYPES.json, payload: JSON.stringify(body) };
  return { type: CONTENT_TYPES.xml, payload: toXml(body) };
}

/**
 * Sets the HTTP status, including the document's non-standard 743-747 (doc 4730, 4843-4847): Node writes any
 * three-digit status, but Fastify's `reply.code` refuses anything above 599.
 */
export function withStatus(reply: FastifyReply, status: number): FastifyReply {
  if (status > 599 && status <= 999) {
    reply.raw.statusCode = status;
    return reply;
  }
  return reply.code(status);
}
