import { promptContracts, promptOperation, type PromptLibrary, type PromptOperation, type PromptOperationKind } from '../../../contracts/sipxcom/prompts.ts';
import { fail, type SipxCall, type SipxHandler } from '../call.ts';
import {
  audioType,
  deletePrompt,
  findPrompt,
  invalidPromptName,
  libraryPrompts,
  MAX_PROMPTS_PER_LIBRARY,
  promptBytes,
  promptSummary,
  putPrompt,
  type PromptRow,
} from '../models/prompts.ts';

/**
 * The prompt libraries (MOH, page groups, park orbits): one function per kind of operation, bound to
 * each library by the table of prompt contracts (contracts/sipxcom/prompts.ts).
 */
type NameArgs = { promptName: string };
type UploadArgs = { body: { parts: Array<{ name: string; filename: string | null; contentType: string | null; data: string }> } };

function checkedName(name: string): string {
  const problem = invalidPromptName(name);
  if (problem) fail('validationFailed', `Failed input validation: ${problem}`);
  return name;
}

function promptOr404(call: SipxCall<NameArgs>, library: PromptLibrary): PromptRow {
  const name = checkedName(call.args.promptName);
  const row = findPrompt(call.context, library, name);
  if (!row) fail('notFound', `No ${library} prompt named ${name}`);
  return row;
}

/** Checks every file of the upload first (name, type, size, room), then stores them all. */
function upload(call: SipxCall<UploadArgs>, library: PromptLibrary) {
  const files = call.args.body.parts.filter((p) => p.filename !== null);
  if (files.length === 0) fail('validationFailed', 'Failed input validation: no file part (send the prompt as a multipart/form-data part with a filename)');
  const checked = files.map((part) => {
    const name = checkedName(part.filename!);
    const bytes = Buffer.from(part.data, 'base64');
    if (bytes.length === 0) fail('validationFailed', `Failed input validation: ${name} is empty`);
    const type = audioType(bytes);
    if (!type) fail('validationFailed', `Failed input validation: ${name} is neither a WAV (RIFF/WAVE) nor an MP3 file`);
    const expected = /\.wav$/i.test(name) ? 'audio/x-wav' : 'audio/mpeg';
    if (type !== expected) fail('validationFailed', `Failed input validation: ${name} holds ${type === 'audio/x-wav' ? 'WAV' : 'MP3'} audio, not what its extension says`);
    return { name, bytes, type };
  });
  const names = new Set(libraryPrompts(call.context, library).map((p) => p.name));
  for (const file of checked) names.add(file.name);
  if (names.size > MAX_PROMPTS_PER_LIBRARY) fail('validationFailed', `Failed input validation: a prompt library holds at most ${MAX_PROMPTS_PER_LIBRARY} files`);
  for (const file of checked) putPrompt(call.context, library, file.name, file.bytes, file.type);
  return undefined;
}

const KINDS: Record<PromptOperationKind, (library: PromptLibrary) => SipxHandler> = {
  list: (library) => ({ context }) => ({ prompts: libraryPrompts(context, library).map(promptSummary) }),
  upload: (library) => (call: SipxCall<UploadArgs>) => upload(call, library),
  download: (library) => (call: SipxCall<NameArgs>) => promptBytes(promptOr404(call, library)),
  stream: (library) => (call: SipxCall<NameArgs>) => promptBytes(promptOr404(call, library)),
  delete: (library) => (call: SipxCall<NameArgs>) => {
    deletePrompt(call.context, library, promptOr404(call, library).name);
    return undefined;
  },
};

export const promptHandlers: Record<string, SipxHandler> = Object.fromEntries(
  promptContracts
    .map((contract) => promptOperation(contract.id))
    .filter((op): op is PromptOperation => op !== undefined)
    .map((op) => [op.id, KINDS[op.kind](op.library)]),
);
