import type { VendorState } from '../../core/store.ts';
import { SYSTEM_GREETING } from '../../../contracts/portsip/greetings.ts';

export interface GreetingFile {
  filename: string;
  url?: string;
  size?: number;
  content_type?: string;
}

/** One row per extension: its own files (the built-in default.wav is implicit) and which one is the default. */
export interface GreetingFolder {
  default_file: string;
  files: GreetingFile[];
}

export const greetingFolders = (state: VendorState) => state.table<GreetingFolder>('greetings');

export function folderOf(state: VendorState, extension: string): GreetingFolder {
  return greetingFolders(state).get(extension) ?? { default_file: SYSTEM_GREETING, files: [] };
}

/**
 * The name a request means: the built-in file by either spelling ("default.wav," is how the list
 * sample writes it, 725), an exact name, or a name without its extension when that is unambiguous.
 */
export function resolveGreeting(folder: GreetingFolder, name: string): string | undefined {
  if (name === SYSTEM_GREETING || name === `${SYSTEM_GREETING},`) return SYSTEM_GREETING;
  if (folder.files.some((f) => f.filename === name)) return name;
  const stems = folder.files.filter((f) => f.filename.replace(/\.[^.]*$/, '') === name);
  return stems.length === 1 ? stems[0].filename : undefined;
}
