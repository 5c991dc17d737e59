import { runtime, type PackContext } from '../core/pack.ts';

/**
 * The event bus the WebSocket at /websockify (phase 2) subscribes to. State changes and the call
 * simulator publish `{eventname, eventbody}`; the WebSocket layer turns them into
 * `{"type": "event", "message": {"action": "notify", "eventname", "eventbody": [...]}}` (field evidence).
 */
export interface UcmEvent {
  /** ExtensionStatus, ActiveCallStatus, CallQueueStatus … */
  eventname: string;
  /** For CallQueueStatus/<queue> filters: the queue, extension … the event is about. */
  subject?: string;
  eventbody: Array<Record<string, unknown>>;
}

export type UcmEventListener = (event: UcmEvent) => void;

export class UcmEventBus {
  private readonly listeners = new Set<UcmEventListener>();

  subscribe(listener: UcmEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: UcmEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A broken subscriber must not break the request that published.
      }
    }
  }

  get size(): number {
    return this.listeners.size;
  }
}

export function ucmEvents(context: PackContext): UcmEventBus {
  return runtime(context, 'grandstream.events', () => new UcmEventBus());
}

/**
 * An ExtensionStatus notification: `{"extension": "1000", "status": "Idle"}`, the status spelt as
 * listAccount answers it (Idle, InUse, Busy, Unavailable, Ringing, or "" for a deleted extension;
 * field evidence), subject the extension so `ExtensionStatus/1000,1001` filters apply.
 */
export function extensionStatusEvent(extension: string, status: string): UcmEvent {
  return { eventname: 'ExtensionStatus', subject: extension, eventbody: [{ extension, status }] };
}
