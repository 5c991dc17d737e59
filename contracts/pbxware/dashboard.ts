import { z } from 'zod';
import { arg, args } from './args.ts';
import { pbxOperation } from './operation.ts';
import { doc } from './source.ts';

const count = z.number().int().min(0);
const percent = z.object({ inuse: z.string().regex(/^\d{1,3}%$/) }).strict();
const usage = z.object({ inuse: count, max: count }).strict();
/** Dashboard reads that take the optional tenant filter ("Filter extensions by tenant/server"). */
const serverFilter = args({ server: arg.optionalId() });
const serverFilterDecision = {
  question: 'What does `server` filter, and an unknown `server`?',
  choice: 'Without it, figures cover every tenant; with it, only that tenant (Master included). An unknown tenant is refused.',
};

const callsFields = { now: count, 'last hour': count, today: count };

export const dashboardContracts = [
  pbxOperation({
    action: 'pbxware.dashboard.ext_online',
    summary: 'Number of extensions online',
    kind: 'read',
    doc: [doc('328-355')],
    request: serverFilter,
    response: z.object({ type: z.literal('Extensions Online'), count }).strict(),
    errors: ['tenantNotFound'],
    decisions: [serverFilterDecision, { question: 'Online means?', choice: 'A device is registered to the extension.' }],
  }),
  pbxOperation({
    action: 'pbxware.dashboard.services',
    summary: 'State of the PBXware services',
    kind: 'read',
    doc: [doc('357-398')],
    request: args({}),
    response: z
      .object({
        PBXware: z.string(),
        'PBXware service': z.string(),
        'PBXware proxy': z.string(),
        'Push notification': z.string(),
        'Chat server': z.string(),
        Memcached: z.string(),
      })
      .strict(),
    decisions: [
      { question: 'The field table says "PBXware services", the sample "PBXware service".', choice: 'The sample key "PBXware service".' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.dashboard.sip_registrations',
    summary: 'SIP registrations: successful, failed, lagged',
    kind: 'read',
    doc: [doc('400-434')],
    request: serverFilter,
    response: z.object({ 'SIP Registrations': z.object({ success: count, failed: count, lagged: count }).strict() }).strict(),
    errors: ['tenantNotFound'],
    decisions: [
      serverFilterDecision,
      { question: 'The field table names `registered`, the sample `success`.', choice: 'The sample key `success`.' },
      {
        question: 'What counts as a failed registration?',
        choice: 'An enabled SIP extension without a registered device; `lagged` is always 0 (the emulator has no network latency).',
      },
    ],
  }),
  pbxOperation({
    action: 'pbxware.dashboard.calls',
    summary: 'Calls now, in the last hour, today, and answered today',
    kind: 'read',
    doc: [doc('436-473')],
    request: serverFilter,
    response: z.union([
      z.object({ ...callsFields, 'answered calls': count }).strict(),
      z.object({ ...callsFields, 'answared calls': count }).strict(),
    ]),
    errors: ['tenantNotFound'],
    decisions: [
      serverFilterDecision,
      {
        question: 'How are the figures computed?',
        choice:
          '`now` = live calls; `last hour` = CDRs started in the last 3600 s; `today` = CDRs since midnight UTC; `answered calls` = answered CDRs of today.',
      },
      {
        question: 'Real systems spell the last key `answared calls` (field evidence).',
        choice: 'The document\'s `answered calls` by default; quirk `dashboard-answared-calls` switches to the field spelling.',
        quirk: 'dashboard-answared-calls',
      },
    ],
  }),
  pbxOperation({
    action: 'pbxware.dashboard.glocom_editions',
    summary: 'gloCOM apps registered, by edition',
    kind: 'read',
    doc: [doc('475-522')],
    request: serverFilter,
    response: z.object({ office: count, business: count, agent: count, supervisor: count, ios: count, android: count }).strict(),
    errors: ['tenantNotFound'],
    decisions: [serverFilterDecision, { question: 'Source of the figures.', choice: 'No gloCOM client ever registers to the emulator: all 0.' }],
  }),
  pbxOperation({
    action: 'pbxware.dashboard.glocom_users',
    summary: 'Number of logged-in gloCOM users',
    kind: 'read',
    doc: [doc('524-546')],
    request: serverFilter,
    response: z.object({ glocom_users: count }).strict(),
    errors: ['tenantNotFound'],
    decisions: [serverFilterDecision, { question: 'Source of the figure.', choice: 'No gloCOM user logs in to the emulator: 0.' }],
  }),
  pbxOperation({
    action: 'pbxware.dashboard.licensing',
    summary: 'License usage of extensions, IVRs, queues and conferences',
    kind: 'read',
    doc: [doc('548-597')],
    request: serverFilter,
    response: z.object({ ext: usage, ivr: usage, queue: usage, conference: usage }).strict(),
    errors: ['tenantNotFound'],
    decisions: [
      serverFilterDecision,
      {
        question: '"percentage usage", yet the sample holds counts and maxima.',
        choice: 'Counts: `inuse` = existing extensions / IVRs / queues / conferences; `max` = the license limits (Extensions from license.info; 200 each for the rest, as in the sample).',
      },
    ],
  }),
  ...(
    [
      ['disk_usage', 'Hard disk usage', '599-615'],
      ['cpu', 'CPU usage', '617-633'],
      ['memory', 'Memory usage', '635-652'],
    ] as const
  ).map(([name, summary, lines]) =>
    pbxOperation({
      action: `pbxware.dashboard.${name}`,
      summary,
      kind: 'read',
      doc: [doc(lines)],
      request: args({}),
      response: percent,
      decisions: [{ question: 'Value.', choice: 'The document\'s sample percentage, a string with `%` (the emulator has no real host to measure).' }],
    }),
  ),
];
