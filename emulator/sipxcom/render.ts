import type { FastifyReply, FastifyRequest } from 'fastify';
import { toXml } from '../../contracts/sipxcom/representation.ts';
import type { SipxMeta, SipxRepresentation } from '../../contracts/sipxcom/operation.ts';
import type { VendorError } from '../core/errors.ts';

export const CONTENT_TYPES: Record<Exclude<SipxRepresentation, 'empty'>, string> = {
  xml: 'text/xml; charset=UTF-8',
  json: 'application/json; charset=UTF-8',
  text: 'text/plain; charset=UTF-8',
  csv: 'text/comma-separated-values; charset=UTF-8',
};

/**
 * The representation to answer in: what `Accept` asks for among those the operation produces
 * (`application/json`, `text/xml`/`application/xml`, `text/comma-separated-values`/`text/csv`,
 * `text/plain`), else the operation's default (its first). Never 406: real servers fall back too.
 */
export function negotiate(accept: string | undefined, produces: readonly SipxRepresentation[]): SipxRepresentation {
  const wanted = (accept ?? '').toLowerCase();
  const asks: Array<[SipxRepresentation, RegExp]> = [
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
  if (body === undefined || repr === 'empty') return reply.code(status).send();
  if (repr === 'text' || repr === 'csv') return reply.code(status).type(CONTENT_TYPES[repr]).send(String(body));
  if (repr === 'json') return reply.code(status).type(CONTENT_TYPES.json).send(JSON.stringify(body));
  const rooted = meta.xmlRoot ? { [meta.xmlRoot]: body } : body;
  return reply.code(status).type(CONTENT_TYPES.xml).send(toXml(rooted, meta.xmlItems));
}

/** The error envelope `<response><code/><message/></response>`, JSON when `Accept` asks for it. */
export function errorBody(error: VendorError, accept: string | undefined): { type: string; payload: string } {
  const body = { response: { code: String(error.definition.code ?? error.id), message: error.message } };
  if (negotiate(accept, ['xml', 'json']) === 'json') return { type: CONTENT_TYPES.json, payload: JSON.stringify(body) };
  return { type: CONTENT_TYPES.xml, payload: toXml(body) };
}
