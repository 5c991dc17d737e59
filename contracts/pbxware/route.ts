import { z } from 'zod';
import { args } from './args.ts';
import { pbxOperation } from './operation.ts';
import { keyedList } from './shapes.ts';
import { doc, kb } from './source.ts';

/** A route (country) as `route.list` shows it: `[dial code, country name]` (doc 6402-6423). */
export const routeTuple = z.tuple([z.string().regex(/^\d+$/), z.string()]);

export const routeContracts = [
  pbxOperation({
    action: 'pbxware.route.list',
    summary: 'List routes (countries): route id → [dial code, name]',
    kind: 'read',
    doc: [doc('6396-6425'), kb('250-252', 'the route id is the `country` value of tenant.add')],
    request: args({}),
    response: keyedList(routeTuple),
    tags: ['map-to-tuple'],
    decisions: [
      {
        question: 'Which routes exist?',
        choice:
          'A fixed world list seeded from the sample (ids 1, 3, 6, 9, 13), the KB (135 = Bosnia and Herzegovina) and the tenant.list sample (869, dial code 1); routes are read-only.',
      },
    ],
  }),
];
