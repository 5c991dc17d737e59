import { z } from 'zod';
import type { OperationContract } from '../core/index.ts';
import { arg, args } from './args.ts';
import { pbxOperation } from './operation.ts';
import { doc } from './source.ts';

/** The four recording controls share arguments and answer (doc 9374-9417). */
export const RECORDING_METHODS = {
  start: 'Start call recording for a specific extension',
  stop: 'Stop call recording for a specific extension',
  pause: 'Pause call recording for a specific extension',
  unpause: 'Unpause call recording for a specific extension',
} as const;
export type RecordingMethod = keyof typeof RECORDING_METHODS;

/** `{"success": "Call status updated successfully.", "affected_calls": 1}` (doc 9408-9415). */
export const recordingResponse = z.object({ success: z.string(), affected_calls: z.number().int().min(0) }).strict();

export const recordingContracts: OperationContract[] = (Object.keys(RECORDING_METHODS) as RecordingMethod[]).map((method) =>
  pbxOperation({
    action: `pbxware.recording.${method}`,
    summary: RECORDING_METHODS[method],
    kind: 'write',
    doc: [doc('9392-9417'), doc('9372-9390', 'the four methods')],
    request: args({ server: arg.optionalId(), ext: arg.id() }),
    response: recordingResponse,
    errors: ['tenantNotFound', 'masterTenant', 'notFound'],
    decisions: [
      {
        question: 'No argument is marked required.',
        choice: '`ext` is required (without it there is nothing to act on); `server` is required in Tenant Mode and must be greater than 1.',
      },
      { question: 'An `ext` that is not an extension of the tenant.', choice: 'Refused with an error.' },
      {
        question: 'Which calls are affected?',
        choice:
          'The live calls of the tenant (the `live_calls` that `monitor.live_calls` shows) with the extension as a party — its bare number, or the "(203)" of "User1 (203)" — whose recording state the method changes: start → calls not recording, stop → recording or paused calls, pause → recording calls, unpause → paused calls.',
      },
      {
        question: 'The answer when nothing changed ("with corresponding message and affected_calls set to 0").',
        choice: '`{"success": "No calls were updated.", "affected_calls": 0}` (emulator wording).',
      },
    ],
  }),
);
