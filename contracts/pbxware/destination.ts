import { z } from 'zod';
import { arg, args } from './args.ts';
import { pbxOperation } from './operation.ts';
import { keyedList, numericString } from './shapes.ts';
import { doc } from './source.ts';

/** A destination as `destination.list` shows it (doc 8696-8714). */
export const destinationItem = z
  .object({
    route: numericString,
    destination: z.string(),
    destination_group: numericString,
    codes: z.array(z.object({ code1: z.string(), code2: z.string() }).strict()),
  })
  .strict();

const dgroupNeedsRoute = {
  question: '`dgroup` "Only if `route` is supplied" (doc 8670-8674).',
  choice: '`dgroup` without `route` is refused with an error.',
};

export const destinationContracts = [
  pbxOperation({
    action: 'pbxware.destination.list',
    summary: 'List destinations (optionally of one route and destination group)',
    kind: 'read',
    doc: [doc('8662-8716')],
    request: args({ route: arg.optionalId(), dgroup: arg.optionalId() }),
    response: keyedList(destinationItem),
    decisions: [dgroupNeedsRoute, { question: 'Filters that match nothing.', choice: '`[]`.' }],
  }),
  pbxOperation({
    action: 'pbxware.destination.groups',
    summary: 'List destination groups (id → name)',
    kind: 'read',
    doc: [doc('8718-8742')],
    request: args({}),
    response: keyedList(z.string()),
    tags: ['map-to-scalar'],
  }),
];
