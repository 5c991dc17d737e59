import { z } from 'zod';
import { ucmOperation } from './operation.ts';
import { envelope } from './shapes.ts';
import { doc } from './source.ts';

/* Get System Configuration (doc 302-398) and applyChanges (doc 7611-7645). */

const hms = z.string().regex(/^\d+:\d{2}:\d{2}$/);

export const systemContracts = [
  ucmOperation({
    action: 'getSystemStatus',
    section: 'system',
    summary: 'System information: part number, serial number, system, up and idle time',
    kind: 'read',
    doc: [doc('304-346')],
    params: {},
    response: envelope(
      z
        .object({
          'idle-time': hms,
          'part-number': z.string(),
          // Only in the example (doc 320), not in the table.
          'serial-number': z.string().optional(),
          'system-time': z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC[+-]\d{2}:\d{2}$/),
          'up-time': hms,
        })
        .strict(),
    ),
    decisions: [
      {
        question: 'What are up-time and idle-time measured from?',
        choice: 'The emulator clock since the vendor started: up-time is that span, idle-time the span since the last API request of any user; system-time is the clock in UTC ("… UTC+00:00").',
      },
    ],
    examples: [
      {
        request: { action: 'getSystemStatus', cookie: 'sid877877-1574437822' },
        response: {
          response: { 'idle-time': '14:32:44', 'part-number': '9660002815A', 'serial-number': '21AWMJPH70BCA783', 'system-time': '2019-11-22 17:50:26 UTC+02:00', 'up-time': '07:33:15' },
          status: 0,
        },
        doc: doc('308-328'),
      },
    ],
  }),
  ucmOperation({
    action: 'getSystemGeneralStatus',
    section: 'system',
    summary: 'Firmware and model versions',
    kind: 'read',
    doc: [doc('348-398')],
    params: {},
    response: envelope(
      z
        .object({
          'base-version': z.string(),
          'boot-version': z.string(),
          'core-version': z.string(),
          'gswave-version': z.string(),
          'lang-version': z.string(),
          'product-model': z.string(),
          'prog-version': z.string(),
          'rcvr-version': z.string(),
        })
        .strict(),
    ),
  }),
  ucmOperation({
    action: 'applyChanges',
    section: 'system',
    summary: 'Apply the pending configuration changes (clears need_apply)',
    kind: 'write',
    doc: [doc('7611-7645')],
    params: {},
    // The odd success body: `{"settings": "0"}`, "0" a string (doc 7629-7634).
    response: envelope(z.object({ settings: z.literal('0') }).strict()),
    errors: ['conferenceRunning', 'digitalCalls'],
    decisions: [
      {
        question: 'What does applyChanges do in the emulator, and with nothing pending? (ucm.md A13)',
        choice:
          'Writes are stored at once (reads see them), and each change answering need_apply "yes" is recorded as pending; applyChanges marks them applied (what live behaviour such as the call simulator may rely on) and answers {"settings":"0"}, also when nothing is pending.',
      },
    ],
    examples: [
      { request: { action: 'applyChanges', cookie: 'sid1965594381-1575027385' }, response: { response: { settings: '0' }, status: 0 }, doc: doc('7617-7634') },
    ],
  }),
];
