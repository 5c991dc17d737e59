import { z } from 'zod';
import { portsipOperation } from './operation.ts';
import { doc } from './source.ts';
import { emptyResponse, extensionNumber, greetingFileName, pagingArgs, pagingEnvelope, sortBy, text, token } from './shapes.ts';

/** Greeting uploads: size limit (PORTSIP_GREETING_MAX_BYTES) and the accepted types. */
export const GREETING_MAX_BYTES_DEFAULT = 5 * 1024 * 1024;
export const GREETING_EXTENSIONS = ['.wav', '.mp3'] as const;
export const GREETING_MIME_TYPES = ['audio/wav', 'audio/x-wav', 'audio/wave', 'audio/vnd.wave', 'audio/mpeg', 'audio/mp3', 'application/octet-stream'] as const;
/** The file every extension starts with (list sample, 725: "default.wav,"). */
export const SYSTEM_GREETING = 'default.wav';

const fileItem = z.strictObject({ filename: z.string(), enabled: z.boolean() });

const nameDecision = {
  question: 'Which file names?',
  choice: `A plain name (no "/", "\\\\", NUL, leading "." or ".."), at most 128 characters, ending in ${GREETING_EXTENSIONS.join(' or ')} for new files; anything else 400 (names can never leave the extension's folder).`,
};
const matchDecision = {
  question: 'setup/remove samples name "some_filename" while add names "some_filename.wav" (642, 665, 682).',
  choice: 'A name matches a file exactly, or without its extension when that is unambiguous.',
};

export const greetingContracts = [
  portsipOperation({
    method: 'POST',
    path: '/api/extensions/greeting_file/add',
    summary: 'Add greeting file for voicemail (by name and download URL)',
    kind: 'write',
    doc: [doc('627-646')],
    request: z.strictObject({
      access_token: token,
      extension_number: extensionNumber,
      filename: greetingFileName.optional(),
      url: text(2048).optional(),
    }),
    response: emptyResponse,
    errors: ['notFound', 'duplicate', 'unsupportedFile'],
    decisions: [
      { question: 'URL (not shown)?', choice: '/api/extensions/greeting_file/add; /greeting_file/create too under quirk v12-route-aliases.', quirk: 'v12-route-aliases' },
      {
        question: 'filename and url are both optional.',
        choice: 'At least one is needed (400 otherwise); without filename the last segment of url is the name. The emulator does not download: it records the url. A new file is listed enabled:false (portsip.md B18).',
      },
      nameDecision,
      { question: 'A name the extension already has?', choice: 'Refused with 409.' },
    ],
  }),
  portsipOperation({
    method: 'POST',
    path: '/api/extensions/greeting_file/upload',
    summary: 'Add greeting file for voicemail by curl (multipart upload)',
    kind: 'write',
    doc: [doc('647-651', 'headings only: the section documents nothing')],
    request: z.strictObject({
      access_token: token,
      extension_number: extensionNumber,
      file: z.strictObject({ filename: greetingFileName, mimetype: z.string(), size: z.number().int().min(1) }),
    }),
    response: emptyResponse,
    errors: ['notFound', 'duplicate', 'fileTooLarge', 'unsupportedFile'],
    decisions: [
      {
        question: 'The section is empty: URL, method, format?',
        choice: 'POST /api/extensions/greeting_file/upload, multipart/form-data with a field extension_number (and access_token, or the token in the query or header) and one file part named "file" — what `curl -F` sends.',
      },
      {
        question: 'Limits?',
        choice: `At most ${GREETING_MAX_BYTES_DEFAULT} bytes (PORTSIP_GREETING_MAX_BYTES), else 413; type by name (${GREETING_EXTENSIONS.join(', ')}) and content type (audio/*, octet-stream), else 415; empty files 400; one file per request.`,
      },
      nameDecision,
    ],
  }),
  portsipOperation({
    method: 'POST',
    path: '/api/extensions/greeting_file/setup',
    summary: 'Setup greeting file for extension (make it the default)',
    kind: 'write',
    doc: [doc('652-668')],
    request: z.strictObject({ access_token: token, extension_number: extensionNumber, filename: greetingFileName }),
    response: emptyResponse,
    errors: ['notFound'],
    decisions: [
      { question: 'URL (not shown)?', choice: '/api/extensions/greeting_file/setup (portsip.md B3).' },
      { question: 'What does setup do?', choice: 'The file becomes default_file and the only one enabled:true (portsip.md B18).' },
      matchDecision,
    ],
  }),
  portsipOperation({
    method: 'POST',
    path: '/api/extensions/greeting_file/remove',
    summary: 'Remove greeting file',
    kind: 'write',
    doc: [doc('669-685')],
    request: z.strictObject({ access_token: token, extension_number: extensionNumber, filename: greetingFileName }),
    response: emptyResponse,
    errors: ['notFound'],
    decisions: [
      { question: 'URL (not shown)?', choice: '/api/extensions/greeting_file/remove (portsip.md B3).' },
      {
        question: 'Removing the default file?',
        choice: `default_file falls back to ${SYSTEM_GREETING}, which itself cannot be removed (404 as a file the extension does not own).`,
      },
      matchDecision,
    ],
  }),
  portsipOperation({
    method: 'GET',
    path: '/api/extensions/greeting_file/list',
    summary: 'Retrive greeting files (one page)',
    kind: 'read',
    doc: [doc('686-733')],
    request: z.strictObject({ ...pagingArgs, sort_by: sortBy.optional(), extension_number: extensionNumber }),
    response: z.union([
      z.strictObject({ ...pagingEnvelope, default_file: z.string(), files: z.array(fileItem) }),
      z.strictObject({ ...pagingEnvelope, greetings: z.array(fileItem) }),
    ]),
    errors: ['notFound'],
    decisions: [
      {
        question: 'The table says `greetings` (712-714), the sample `default_file` + `files` (722-732).',
        choice: 'As the sample (quirk greeting-list-sample-shape; off: `greetings`).',
        quirk: 'greeting-list-sample-shape',
      },
      {
        question: 'The sample lists "default.wav," with a comma inside the name (725).',
        choice: 'Reproduced for the built-in file (quirk default-greeting-trailing-comma); setup/remove accept both spellings.',
        quirk: 'default-greeting-trailing-comma',
      },
      { question: 'Order?', choice: 'The built-in file first, then by upload order; sort_by echoed.' },
    ],
  }),
];
