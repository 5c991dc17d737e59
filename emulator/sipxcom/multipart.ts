import type { SipxMeta } from '../../contracts/sipxcom/operation.ts';
import { fail } from './call.ts';

/**
 * multipart/form-data bodies (RFC 7578), decoded synchronously from the bytes the pack's content-type
 * parser kept (pack.ts), so an upload goes through the one operation path like every other body:
 * body.ts turns the parts into the contract's `{ parts: [...] }` (file bytes in base64) and the
 * contract validates them. sipxconfig's prompt uploads are `multipart/form-data` (index O3: the
 * CallParkApi / PagingGroupApi `prompts` POST); the document says only "Uploads a new … prompt".
 *
 * The parser is strict and bounded: a boundary is required, every part needs a
 * `Content-Disposition: form-data; name="…"` header, headers are at most 8 KiB, at most
 * MAX_PARTS parts; anything else is a MultipartError (answered 400 by body.ts).
 */

/** Largest upload body read (bytes): a prompt of MAX_PROMPT_BYTES plus its multipart framing. */
export const MAX_PROMPT_BYTES = 4 * 1024 * 1024;
export const MAX_UPLOAD_BYTES = MAX_PROMPT_BYTES + 64 * 1024;
const MAX_PARTS = 16;
const MAX_HEADER_BYTES = 8 * 1024;

export class MultipartError extends Error {}

export interface MultipartPart {
  /** The form field name. */
  name: string;
  /** The file name the client sent, as it sent it (null for a plain field). */
  filename: string | null;
  contentType: string | null;
  data: Buffer;
}

/** The boundary of a `multipart/form-data; boundary=…` content type. */
export function boundaryOf(contentType: string): string {
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  if (!boundary) throw new MultipartError('multipart/form-data needs a boundary parameter');
  return boundary;
}

/** A header parameter (`name="x"`, `filename="a.wav"`, `filename*=UTF-8''a%20b.wav`). */
function param(header: string, key: string): string | null {
  const extended = new RegExp(`;\\s*${key}\\*=(?:UTF-8|utf-8)''([^;]*)`).exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      throw new MultipartError(`malformed ${key}* parameter`);
    }
  }
  // Browsers percent-encode a quote in a file name and send backslashes as they are (RFC 7578 §4.2):
  // no quoted-pair unescaping, so "..\\x.wav" stays a name with a path separator.
  const quoted = new RegExp(`;\\s*${key}="([^"]*)"`).exec(header);
  if (quoted) return quoted[1];
  const bare = new RegExp(`;\\s*${key}=([^;\\s"]+)`).exec(header);
  return bare ? bare[1] : null;
}

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.split('\r\n')) {
    if (line === '') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new MultipartError(`malformed part header: ${line.slice(0, 60)}`);
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** Decodes a multipart/form-data body into its parts. */
export function parseMultipart(body: Buffer, contentType: string): MultipartPart[] {
  const boundary = boundaryOf(contentType);
  const delimiter = Buffer.from(`--${boundary}`);
  const next = Buffer.from(`\r\n--${boundary}`);
  let at = body.indexOf(delimiter);
  if (at < 0) throw new MultipartError('the body holds no part (boundary not found)');
  const parts: MultipartPart[] = [];
  for (;;) {
    at += delimiter.length;
    if (body[at] === 0x2d && body[at + 1] === 0x2d) break; // "--": the closing delimiter
    // Transport padding (spaces/tabs) may follow a delimiter, then CRLF.
    while (body[at] === 0x20 || body[at] === 0x09) at++;
    if (body[at] !== 0x0d || body[at + 1] !== 0x0a) throw new MultipartError('malformed delimiter line');
    at += 2;
    const headerEnd = body.indexOf('\r\n\r\n', at);
    if (headerEnd < 0 || headerEnd - at > MAX_HEADER_BYTES) throw new MultipartError('part headers missing, unterminated or too long');
    const headers = parseHeaders(body.subarray(at, headerEnd).toString('utf8'));
    const disposition = headers['content-disposition'];
    if (!disposition || !/^form-data\b/i.test(disposition)) throw new MultipartError('every part needs Content-Disposition: form-data');
    const name = param(disposition, 'name');
    if (name === null) throw new MultipartError('a part has no name');
    const dataStart = headerEnd + 4;
    const end = body.indexOf(next, dataStart);
    if (end < 0) throw new MultipartError('unterminated part (closing boundary missing)');
    parts.push({ name, filename: param(disposition, 'filename'), contentType: headers['content-type'] ?? null, data: body.subarray(dataStart, end) });
    if (parts.length > MAX_PARTS) throw new MultipartError(`at most ${MAX_PARTS} parts`);
    at = end + 2;
  }
  return parts;
}

/**
 * The body an upload operation sees (body.ts): `{ parts: [{ name, filename, contentType, data }] }`,
 * `data` in base64 so the contract (and the journal) hold plain JSON. An operation that does not
 * read multipart answers 415; a malformed body 400.
 */
export function decodeUpload(body: Buffer, contentType: string | undefined, meta: Pick<SipxMeta, 'consumes'>): unknown {
  if (!meta.consumes.includes('multipart')) fail('unsupportedMediaType', 'This resource does not read multipart/form-data');
  if (body.length === 0) return undefined;
  let parts: MultipartPart[];
  try {
    parts = parseMultipart(body, contentType ?? '');
  } catch (error) {
    if (error instanceof MultipartError) fail('malformedBody', `Malformed multipart body: ${error.message}`);
    throw error;
  }
  return { parts: parts.map((p) => ({ name: p.name, filename: p.filename, contentType: p.contentType, data: p.data.toString('base64') })) };
}
