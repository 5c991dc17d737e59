import type { PromptLibrary } from '../../../contracts/sipxcom/prompts.ts';
import type { PackContext } from '../../core/pack.ts';
import { TABLES } from './tables.ts';

/**
 * The prompt libraries (MOH, page groups, park orbits; doc 1496-1576, 1808-1865, 2014-2073): audio
 * files by name, one table for the three, keyed `<library>/<name>`. The bytes are kept in base64 so
 * rows stay JSON. Page groups (`sound`) and orbits (`music`) name files of their library.
 */
export interface PromptRow {
  library: PromptLibrary;
  name: string;
  contentType: 'audio/x-wav' | 'audio/mpeg';
  size: number;
  /** The file's bytes, base64. */
  data: string;
}

type StateContext = Pick<PackContext, 'state'>;

/** Largest number of files one library holds (bounds the state). */
export const MAX_PROMPTS_PER_LIBRARY = 100;

/** The file every library starts with (doc 1549: "Example: /moh/prompts/default.wav"). */
export const DEFAULT_PROMPT = 'default.wav';

export const prompts = (context: StateContext) => context.state.table<PromptRow>(TABLES.prompts);
const keyOf = (library: PromptLibrary, name: string) => `${library}/${name}`;

export function findPrompt(context: StateContext, library: PromptLibrary, name: string): PromptRow | undefined {
  return prompts(context).get(keyOf(library, name));
}

/** The files of a library, by name. */
export function libraryPrompts(context: StateContext, library: PromptLibrary): PromptRow[] {
  return prompts(context)
    .values()
    .filter((p) => p.library === library)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Stores (or replaces) a file. */
export function putPrompt(context: StateContext, library: PromptLibrary, name: string, bytes: Buffer, contentType: PromptRow['contentType']): PromptRow {
  return prompts(context).set(keyOf(library, name), { library, name, contentType, size: bytes.length, data: bytes.toString('base64') });
}

export function deletePrompt(context: StateContext, library: PromptLibrary, name: string): boolean {
  return prompts(context).delete(keyOf(library, name));
}

export const promptBytes = (row: PromptRow): Uint8Array => new Uint8Array(Buffer.from(row.data, 'base64'));

export const promptSummary = (row: PromptRow) => ({ name: row.name, size: row.size, contentType: row.contentType });

/** Why `name` is not a prompt file name (a path, a hidden file, another type), or undefined. */
export function invalidPromptName(name: string): string | undefined {
  if (name.length === 0 || name.length > 128) return 'a prompt name has 1-128 characters';
  // eslint-disable-next-line no-control-regex
  if (/[/\\:\u0000-\u001f\u007f]/.test(name)) return `prompt name "${name.slice(0, 80)}" is not a file name: no path separators, colons or control characters`;
  if (name.startsWith('.')) return `prompt name "${name.slice(0, 80)}" may not start with a dot`;
  if (!/\.(wav|mp3)$/i.test(name)) return `prompt name "${name.slice(0, 80)}" must end in .wav or .mp3`;
  return undefined;
}

/** The media type of audio bytes (WAV: RIFF…WAVE; MP3: an ID3 tag or an MPEG audio frame), or undefined. */
export function audioType(bytes: Buffer): PromptRow['contentType'] | undefined {
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WAVE') return 'audio/x-wav';
  if (bytes.length >= 3 && bytes.toString('latin1', 0, 3) === 'ID3') return 'audio/mpeg';
  if (bytes.length >= 4 && bytes[0] === 0xff && (bytes[1] & 0xe0) === 0xe0) return 'audio/mpeg';
  return undefined;
}
