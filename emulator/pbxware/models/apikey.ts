import type { VendorState } from '../../core/store.ts';

/**
 * API keys besides the Master Key. The Master Key comes from the emulator's credentials, "has all the
 * permissions and cannot be deleted" (KB 13); further keys carry an allow-list of action patterns
 * (`pbxware.ext.*`), since the document names permissions but not their model (pbxware.md §7 A3).
 */
export interface ApiKeyRecord {
  key: string;
  label: string;
  allow: string[];
}

export const apiKeys = (state: VendorState) => state.table<ApiKeyRecord>('apikeys');

export function keyAllows(record: ApiKeyRecord, action: string): boolean {
  return record.allow.some((pattern) =>
    pattern.endsWith('*') ? action.startsWith(pattern.slice(0, -1)) : action === pattern,
  );
}
