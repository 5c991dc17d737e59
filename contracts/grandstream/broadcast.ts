import { z } from 'zod';
import { p } from './args.ts';
import { ucmOperation } from './operation.ts';
import { envelope } from './shapes.ts';
import { doc } from './source.ts';

/* addMessageBroadcast (doc 7550-7609): a text message to extensions, departments, extension groups, ring groups. */

/** `recipient` ("json string"): a JSON object or a string holding one. */
const recipientParam = z.union([z.string().max(65_536), z.record(z.string(), z.unknown())]);

export const broadcastContracts = [
  ucmOperation({
    action: 'addMessageBroadcast',
    section: 'broadcast',
    summary: 'Broadcast a text message to extensions, departments, extension groups or ring groups',
    kind: 'write',
    doc: [doc('7550-7609')],
    params: { subject: p.required(), source: p.str().optional(), content: z.union([p.str(), z.record(z.string(), z.unknown())]).optional(), recipient: recipientParam },
    response: envelope(z.object({ need_apply: z.enum(['yes', 'no']) }).partial().strict()),
    errors: ['noSuchItem'],
    decisions: [
      {
        question: 'The recipient example is escaped past parsing (doc 7559-7567); the group and ring-group examples send `"recipient": ""`',
        choice: 'A JSON object (or string holding one) with any of `extension` (comma list), `department` (comma list of department_id), `extension_group` (comma list of group-N), `ringgroup` (comma list of numbers) and `department_extension` ([{department_id, extension}]) (ucm.md [INFERENCE]). Unparseable → -15; no recipient at all (`""`, `{}`) → -1.',
      },
      { question: 'A recipient that does not exist (extension, department, group, ring group)', choice: '-16 naming it.' },
      { question: 'The success answer is not shown', choice: '`{"response": {}, "status": 0}` as other non-configuration actions; the contract also admits a need_apply. The broadcast (subject, source, content, resolved extensions, time) is kept in table message_broadcasts and published as a `MessageBroadcast` event.' },
    ],
  }),
];
