import type { VendorState } from '../../core/store.ts';
import { TABLES } from './tables.ts';

/** An extension's Wave chat history (what cleanTerminalChatInformation clears), keyed by extension. */
export interface WaveChatRow {
  extension: string;
  messages: number;
  /** Epoch ms of the last clearing, or null. */
  cleared_at: number | null;
}

/** A message broadcast sent with addMessageBroadcast, keyed by sequence. */
export interface MessageBroadcastRow {
  id: number;
  subject: string;
  source: string | null;
  content: unknown;
  /** The extensions reached, after resolving departments, groups and ring groups. */
  extensions: string[];
  /** Epoch ms. */
  time: number;
}

export const waveChats = (state: VendorState) => state.table<WaveChatRow>(TABLES.waveChats);
export const messageBroadcasts = (state: VendorState) => state.table<MessageBroadcastRow>(TABLES.messageBroadcasts);
