import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { OperationContract } from '../../contracts/core/index.ts';
import { sipxMeta, type SipxMeta } from '../../contracts/sipxcom/operation.ts';
import { fromXml, parseXml, UnsafeXmlError } from '../../contracts/sipxcom/representation.ts';
import { fail } from './call.ts';
import { decodeUpload, Upload } from './multipart.ts';

/** Largest request body read (bytes): XML, JSON or text alike. */
export const MAX_BODY_BYTES = 256 * 1024;

type BodyKind = 'xml' | 'json' | 'text';

function kindOf(contentType: string | undefined, raw: string): BodyKind {
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('json')) return 'json';
  if (type.includes('xml')) return 'xml';
  if (type.startsWith('text/plain')) return 'text';
  const start = raw.trimStart()[0];
  return start === '<' ? 'xml' : start === '{' || start === '[' ? 'json' : 'text';
}

function bodySchema(contract: OperationContract): z.ZodType | undefined {
  return (contract.request as unknown as { shape?: Record<string, z.ZodType> }).shape?.body;
}

function unwrap(value: unknown, meta: SipxMeta): unknown {
  if (!meta.bodyRoot || !value || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === meta.bodyRoot ? (value as Record<string, unknown>)[meta.bodyRoot] : value;
}

/**
 * Decodes a request body by its Content-Type (or its first character): JSON, XML (safely: no DTD,
 * no entities, bounded) decoded by the contract's body schema, or plain text where the operation
 * reads text. Malformed bodies are 400; a body type the operation does not read is 415.
 */
export function decodeBody(request: FastifyRequest, contract: OperationContract): unknown {
  // The multipart parser (pack.ts) hands on an Upload: its parts, or why they could not be read.
  if (request.body instanceof Upload) return decodeUpload(request.body, sipxMeta(contract.id));
  const raw = typeof request.body === 'string' ? request.body : Buffer.isBuffer(request.body) ? request.body.toString('utf8') : '';
  if (raw.trim() === '') return undefined;
  const meta = sipxMeta(contract.id);
  const kind = kindOf(request.headers['content-type'], raw);
  if (kind === 'text') {
    if (meta.consumes.includes('text')) return raw;
    fail('unsupportedMediaType', 'This resource reads an XML or JSON body');
  }
  if (!meta.consumes.includes(kind) && !meta.consumes.includes('text')) fail('unsupportedMediaType', `This resource does not read ${kind.toUpperCase()}`);
  if (kind === 'json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      fail('malformedBody', `Malformed JSON body: ${(error as Error).message}`);
    }
    return unwrap(parsed, meta);
  }
  let parsed: Record<string, unknown>;
  try {
    parsed = parseXml(raw);
  } catch (error) {
    if (error instanceof UnsafeXmlError) fail('malformedBody', `Malformed XML body: ${error.message}`);
    throw error;
  }
  const schema = bodySchema(contract);
  const root = Object.keys(parsed)[0];
  const value = meta.bodyRoot ? parsed[root] : parsed;
  return schema ? fromXml(schema, value) : value;
}
