import { z } from 'zod';
import { arg, args } from './args.ts';
import { pbxOperation } from './operation.ts';
import { keyedList, namedList } from './shapes.ts';
import { doc } from './source.ts';

const trueFalse = z.enum(['true', 'false']);

export const monitorContracts = [
  pbxOperation({
    action: 'pbxware.monitor.list',
    summary: 'Extensions with their registration, DND and call state',
    kind: 'read',
    doc: [doc('9131-9185')],
    request: args({ server: arg.optionalId() }),
    response: keyedList(
      z
        .object({
          name: z.string(),
          ext: z.string(),
          ip: z.string(),
          status: z.enum(['online', 'offline']),
          ua: z.string(),
          dnd: trueFalse,
          on_call: trueFalse,
        })
        .strict(),
    ),
    errors: ['tenantNotFound'],
    decisions: [
      { question: 'What is the key?', choice: 'The Extension ID (the sample key "123" differs from the number "530").' },
      { question: 'No `server`.', choice: 'Extensions of every tenant; with `server`, only that tenant (an unknown tenant is refused).' },
      { question: '`ip` and `ua` of an offline extension.', choice: 'Empty strings: nothing is registered.' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.monitor.live_calls',
    summary: 'Calls in progress',
    kind: 'read',
    doc: [doc('9187-9221')],
    request: args({ server: arg.optionalId() }),
    response: namedList(
      z.object({ from: z.string(), to: z.string(), timestamp: z.string().regex(/^\d+$/) }).strict(),
    ),
    errors: ['tenantNotFound'],
    decisions: [
      { question: 'What is `timestamp` ("12334" in the sample)?', choice: 'The call start as Unix epoch seconds, a string.' },
      { question: 'Key.', choice: 'The call Unique ID (`"1675644925.2"`).' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.monitor.trunks',
    summary: 'Trunks with address and state',
    kind: 'read',
    doc: [doc('9223-9255')],
    request: args({}),
    response: keyedList(z.object({ name: z.string(), ip: z.string(), status: z.string() }).strict()),
    decisions: [
      { question: 'The field table lists `id`, the sample has it only as the key.', choice: 'The Trunk ID is the key only.' },
      {
        question: 'Values of `status`.',
        choice: '"online" for an enabled trunk, "offline" for a disabled one (the contract accepts any string).',
      },
    ],
  }),
];
