import { z } from 'zod';
import type { Decision, DocRef, OperationContract } from '../core/index.ts';
import { sipxOperation } from './operation.ts';
import { noBody, pathId } from './shapes.ts';
import { doc } from './source.ts';

/**
 * Prompt libraries: the audio files of Music On Hold (doc 1496-1576), page groups (doc 1808-1865) and
 * park orbits (doc 2014-2073). One mechanism for the three: list, upload (multipart/form-data), download,
 * stream, and — for MOH only, the one library the document gives a DELETE (doc 1554) — delete.
 * The emulator serves them with one handler table (emulator/sipxcom/handlers/prompts.ts).
 *
 * The document shows no example ("foo"/"bar"), no property (MOH lists DNS's `dnsManager`/`dnsTestContext`,
 * quirk moh-prompts-dns-properties) and no upload encoding; the choices are written in `decisions`.
 */

/** The three libraries, by the first segment of their URI. */
export type PromptLibrary = 'moh' | 'pagegroups' | 'orbits';
export const PROMPT_LIBRARIES: readonly PromptLibrary[] = ['moh', 'pagegroups', 'orbits'];

/** A prompt file as a list shows it. */
export const promptView = z.object({
  name: z.string(),
  size: z.number().int(),
  contentType: z.string(),
});

/** One part of a multipart/form-data upload, as the pack decodes it (emulator/sipxcom/multipart.ts). */
export const uploadPart = z.object({
  name: z.string().max(200),
  filename: z.string().max(1000).nullable(),
  contentType: z.string().max(200).nullable(),
  /** The part's bytes in base64. */
  data: z.string(),
});
export const uploadBody = z.object({ parts: z.array(uploadPart).min(1).max(16) });

/** The bytes of a prompt file (WAV or MP3), sent as audio/x-wav or audio/mpeg. */
const audioBytes = z.instanceof(Uint8Array);

/** What a prompt contract does, for the handler table. */
export type PromptOperationKind = 'list' | 'upload' | 'download' | 'stream' | 'delete';
export interface PromptOperation {
  id: string;
  library: PromptLibrary;
  kind: PromptOperationKind;
}
const PROMPT_OPERATIONS = new Map<string, PromptOperation>();

/** What a prompt contract does (undefined for any other contract). */
export function promptOperation(id: string): PromptOperation | undefined {
  return PROMPT_OPERATIONS.get(id);
}

const nameDecision: Decision = {
  question: 'Which prompt names are accepted (upload and {promptName})?',
  choice:
    'A file name, not a path: 1-128 characters, none of / \\ : or a control character, not starting with a dot, ending in .wav or .mp3 (any case). The file name of the uploaded part is the prompt name as the client sent it (no directory is cut off, so "../x.wav" or "a/b.wav" is refused rather than silently renamed). A refused name is 400 (ERROR_VALIDATION_FAILED) on upload, download and stream alike.',
};

const uploadDecisions: Decision[] = [
  {
    question: 'Upload encoding ("Uploads a new … prompt", no body documented)?',
    choice:
      'multipart/form-data (index O3: the CallParkApi and PagingGroupApi `prompts` POST consume multipart/form-data). Every part with a file name is a prompt (any field name, e.g. "file"); parts without a file name are ignored; no file part is 400. Any other body type is 415.',
  },
  nameDecision,
  {
    question: 'Size and type limits?',
    choice:
      'WAV (RIFF…WAVE) or MP3 (ID3 tag or MPEG audio frame) only, and the content must match the name\'s extension (.wav / .mp3): 400 otherwise. An empty file is 400; a file over 4 MiB is 413 (the body limit of uploads). At most 100 prompts per library: 400 beyond. All files of one upload are checked before any is stored.',
  },
  {
    question: 'Uploading a name the library already has? What does the upload answer?',
    choice: 'The new file replaces the old one (the prompt directory holds one file per name). 200 with no body, like every /api write (index A11).',
  },
];

const listDecisions: Decision[] = [
  {
    question: 'List shape (no example, no property table)?',
    choice:
      '{"prompts":[{"name","size","contentType"}]} — the file name, its size in bytes and its media type — sorted by name; XML <prompts><prompt>…</prompt></prompts> on Accept: text/xml.',
  },
];

const bytesDecisions = (stream: boolean): Decision[] => [
  nameDecision,
  {
    question: stream ? 'What does the stream answer?' : 'What does the download answer?',
    choice: `The file's bytes exactly as uploaded, typed audio/x-wav or audio/mpeg by their content (index O3: produces audio/x-wav, audio/mpeg)${
      stream ? '; the same bytes as the download (the emulator has no media server to stream from)' : ''
    }. A name the library does not have is 404.`,
  },
];

interface LibrarySpec {
  library: PromptLibrary;
  label: string;
  baseNote: string;
  list: DocRef[];
  upload: DocRef[];
  download: DocRef[];
  stream: DocRef[];
  /** Only MOH prompts document DELETE (doc 1554); the others list neither DELETE nor its refusal (index §6 item 16). */
  delete?: DocRef[];
}

const API_NOTE = (api: string) =>
  `not documented (the Resource URI has no prefix and no example); index A1 suggests /api: ${api} is registered in the JAX-RS api.beans.xml (O3)`;

const LIBRARIES: LibrarySpec[] = [
  {
    library: 'moh',
    label: 'MOH',
    baseNote: `${API_NOTE('moh')}, like the documented /api/moh/settings (doc 1446)`,
    list: [doc('1496-1522')],
    upload: [doc('1523-1531')],
    download: [doc('1533-1553')],
    delete: [doc('1554-1558')],
    stream: [doc('1560-1576')],
  },
  {
    library: 'pagegroups',
    label: 'page group',
    baseNote: API_NOTE('PagingGroupApi (@Path("/pagegroups/"))'),
    list: [doc('1808-1828')],
    upload: [doc('1829-1833')],
    download: [doc('1835-1851')],
    stream: [doc('1853-1865')],
  },
  {
    library: 'orbits',
    label: 'park orbit',
    baseNote: API_NOTE('CallParkApi (@Path("/orbits/"))'),
    list: [doc('2014-2034')],
    upload: [doc('2035-2039')],
    download: [doc('2041-2057')],
    stream: [doc('2059-2073')],
  },
];

const byName = z.object({ promptName: pathId });

function libraryContracts(spec: LibrarySpec): OperationContract[] {
  const base = { base: 'api' as const, baseNote: spec.baseNote };
  const uri = `/${spec.library}/prompts`;
  const out: OperationContract[] = [];
  const add = (kind: PromptOperationKind, contract: OperationContract) => {
    PROMPT_OPERATIONS.set(contract.id, { id: contract.id, library: spec.library, kind });
    out.push(contract);
  };
  add(
    'list',
    sipxOperation({
      id: `GET ${uri}`,
      ...base,
      summary: `Retrieves the ${spec.label} prompt files.`,
      kind: 'read',
      doc: spec.list,
      request: z.object({}),
      response: z.object({ prompts: z.array(promptView) }),
      produces: ['json', 'xml'],
      decisions: listDecisions,
    }),
  );
  add(
    'upload',
    sipxOperation({
      id: `POST ${uri}`,
      ...base,
      summary: `Uploads ${spec.label} prompt files (multipart/form-data).`,
      kind: 'write',
      doc: spec.upload,
      request: z.object({ body: uploadBody }),
      response: noBody,
      produces: ['empty'],
      consumes: ['multipart'],
      decisions: uploadDecisions,
    }),
  );
  add(
    'download',
    sipxOperation({
      id: `GET ${uri}/{promptName}`,
      ...base,
      summary: `Downloads the ${spec.label} prompt with the file name.`,
      kind: 'read',
      doc: spec.download,
      request: byName,
      response: audioBytes,
      produces: ['binary'],
      errors: ['notFound'],
      decisions: bytesDecisions(false),
    }),
  );
  if (spec.delete) {
    add(
      'delete',
      sipxOperation({
        id: `DELETE ${uri}/{promptName}`,
        ...base,
        summary: `Deletes the ${spec.label} prompt with the file name.`,
        kind: 'write',
        doc: spec.delete,
        request: byName,
        response: noBody,
        produces: ['empty'],
        errors: ['notFound'],
        decisions: [nameDecision, { question: 'Deleting a name the library does not have?', choice: '404; otherwise 200 with no body and the file is gone from list, download and stream.' }],
      }),
    );
  }
  add(
    'stream',
    sipxOperation({
      id: `GET ${uri}/{promptName}/stream`,
      ...base,
      summary: `Streams the ${spec.label} prompt with the file name.`,
      kind: 'read',
      doc: spec.stream,
      request: byName,
      response: audioBytes,
      produces: ['binary'],
      errors: ['notFound'],
      decisions: bytesDecisions(true),
    }),
  );
  return out;
}

const [moh, pagegroups, orbits] = LIBRARIES.map(libraryContracts);

/** MOH prompts (the MOH settings are contracts/sipxcom/moh-settings.ts). */
export const mohPromptContracts = moh;
/** Page group prompts (the page groups are contracts/sipxcom/page-groups.ts). */
export const pageGroupPromptContracts = pagegroups;
/** Park orbit prompts (the orbits are contracts/sipxcom/park-orbits.ts). */
export const parkOrbitPromptContracts = orbits;

/** Every prompt contract of the three libraries. */
export const promptContracts: OperationContract[] = [...moh, ...pagegroups, ...orbits];
