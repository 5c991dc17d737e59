import type { VendorState } from '../../core/store.ts';

/** A transcription as `transcription.get` answers it (doc 6236-6284). */
export interface TranscriptionRecord {
  text: string;
  vtt: {
    language: string;
    duration: number;
    words: Array<{ word: string; start: number; end: number }>;
    segments: Array<{ id: number; seek: number; start: number; end: number; text: string }>;
  };
}

/** Transcriptions stored explicitly (the fixtures put the document's sample here), keyed by call Unique ID. */
export const transcriptions = (state: VendorState) => state.table<TranscriptionRecord>('transcriptions');
