import { Busboy } from '@fastify/busboy';
import type { SipxMeta } from '../../contracts/sipxcom/operation.ts';
import { fail } from './call.ts';

/**
 * multipart/form-data bodies (RFC 7578), parsed with busboy (what @fastify/multipart uses) by the
 * pack's content-type parser (pack.ts) into an `Upload`, so an upload goes through the one operation
 * path like every other body: body.ts turns its parts into the contract's `{ parts: [...] }` (file
 * bytes in base64) and the contract validates them. sipxconfig's prompt uploads are
 * `multipart/form-data` (index O3: the CallParkApi / PagingGroupApi `prompts` POST); the document
 * says only "Uploads a new … prompt".
 *
 * Bounded: at most MAX_PARTS parts, MAX_PROMPT_BYTES per file, header pairs limited. File names are
 * kept as sent (`preservePath`), so a name carrying a path is seen, and refused, by the handler.
 */

/** Largest upload body read (bytes): a prompt of MAX_PROMPT_BYTES plus its multipart framing. */
export const MAX_PROMPT_BYTES = 4 * 1024 * 1024;
export const MAX_UPLOAD_BYTES = MAX_PROMPT_BYTES + 64 * 1024;
const MAX_PARTS = 16;

export class MultipartError extends Error {}

export interface MultipartPart {
  /** The form field name. */
  name: string;
  /** The file name the client sent, as it sent it (null for a plain field). */
  filename: string | null;
  contentType: string | null;
  data: Buffer;
}

/** What the content-type parser hands on: the parts, or why the body could not be read. */
export class Upload {
  constructor(
    readonly parts: MultipartPart[] | undefined,
    readonly problem?: string,
  ) {}
}

/** Decodes a multipart/form-data body into its parts (MultipartError when it is malformed or over a limit). */
export function parseMultipart(body: Buffer, contentType: string): Promise<MultipartPart[]> {
  return new Promise((resolve, reject) => {
    let parser: InstanceType<typeof Busboy>;
    try {
      parser = new Busboy({
        headers: { 'content-type': contentType },
        preservePath: true,
        limits: { parts: MAX_PARTS, fileSize: MAX_PROMPT_BYTES + 1, headerPairs: 20 },
      });
    } catch (error) {
      reject(new MultipartError((error as Error).message));
      return;
    }
    const parts: MultipartPart[] = [];
    const pending: Array<Promise<void>> = [];
    const refuse = (reason: string) => reject(new MultipartError(reason));
    parser.on('file', (name, stream, filename, _encoding, mimeType) => {
      const chunks: Buffer[] = [];
      pending.push(
        new Promise((done) => {
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          // A part cut short errors on its own stream as well as on the parser.
          stream.on('error', (error: Error) => {
            refuse(error.message);
            done();
          });
          stream.on('end', () => {
            parts.push({ name, filename: filename ?? null, contentType: mimeType || null, data: Buffer.concat(chunks) });
            done();
          });
        }),
      );
    });
    parser.on('field', (name, value, _nameTruncated, _valueTruncated, _encoding, mimeType) => {
      parts.push({ name, filename: null, contentType: mimeType || null, data: Buffer.from(value) });
    });
    parser.on('partsLimit', () => refuse(`at most ${MAX_PARTS} parts`));
    parser.on('error', (error: Error) => refuse(error.message));
    parser.on('finish', () => void Promise.all(pending).then(() => resolve(parts)));
    parser.end(body);
  });
}

/** The content-type parser's result: never throws, so a malformed body is answered by the operation path. */
export async function readUpload(body: Buffer, contentType: string | undefined): Promise<Upload> {
  if (body.length === 0) return new Upload(undefined);
  try {
    return new Upload(await parseMultipart(body, contentType ?? ''));
  } catch (error) {
    if (error instanceof MultipartError) return new Upload(undefined, error.message);
    throw error;
  }
}

/**
 * The body an upload operation sees (body.ts): `{ parts: [{ name, filename, contentType, data }] }`,
 * `data` in base64 so the contract (and the journal) hold plain JSON. An operation that does not
 * read multipart answers 415; a malformed body 400.
 */
export function decodeUpload(upload: Upload, meta: Pick<SipxMeta, 'consumes'>): unknown {
  if (!meta.consumes.includes('multipart')) fail('unsupportedMediaType', 'This resource does not read multipart/form-data');
  if (upload.problem !== undefined) fail('malformedBody', `Malformed multipart body: ${upload.problem}`);
  if (!upload.parts) return undefined;
  return { parts: upload.parts.map((p) => ({ name: p.name, filename: p.filename, contentType: p.contentType, data: p.data.toString('base64') })) };
}
