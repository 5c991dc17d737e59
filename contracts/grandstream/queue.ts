import { z } from 'zod';
import { RawReply } from '../../emulator/grandstream/render.ts';
import { p } from './args.ts';
import { ucmOperation } from './operation.ts';
import { QUEUE_ADD_ONLY, QUEUE_ALIASES, QUEUE_FIELDS, queueOutput, queueParams } from './queue-fields.ts';
import { emptyResponse, envelope, listParams, needApply, nstr, pagedList } from './shapes.ts';
import { doc } from './source.ts';

/* Call Queue (doc 4764-5467): queues, their static agents, and queue statistics. */

/** Fields listQueue answers and `options` may name (doc 4809). */
export const QUEUE_LIST_FIELDS = ['extension', 'queue_name', 'strategy', 'queue_chairmans', 'members'] as const;

const NOT_FOUND = {
  question: 'What does an operation on a queue that does not exist answer? (ucm.md A14)',
  choice: '-16 "No such item. Please refresh the page and try again".',
};

const MEMBERS_DECISION = {
  question: 'Static agents (`members`, a comma list) that are not extensions',
  choice: 'Refused with -16 naming the agent: queue agents must be existing extensions. The list is stored as sent (duplicates dropped).',
};

const queueNumber = () => p.digits(2, 18);

/** `statistics Type` (sic, with a space, doc 5457) and the spellings clients send for it. */
export const QUEUEAPI_ALIASES: Record<string, string> = {
  statisticsType: 'statistics Type',
  statistics_type: 'statistics Type',
  statisticstype: 'statistics Type',
};

const dateParam = () => p.str().pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?$/, 'must be YYYY-MM-DD'));

export const queueContracts = [
  ucmOperation({
    action: 'listQueue',
    section: 'queue',
    summary: 'List call queues with paging, sorting and a field selection',
    kind: 'read',
    doc: [doc('4766-4832')],
    params: listParams,
    response: pagedList('queue', z.object({ extension: z.string(), members: nstr, queue_chairmans: nstr, queue_name: z.string(), strategy: z.string() }).partial().strict()),
    decisions: [
      { question: '`item_num` is not in listQueue\'s table (doc 4804-4810)', choice: 'Accepted as in every other list* action.' },
      { question: '`options` naming a field that does not exist', choice: 'As listAccount: -1 (quirk unknown-option-fails); off: ignored.', quirk: 'unknown-option-fails' },
      { question: '`extension` is typed int in the table but the example answers "6500"', choice: 'A string, as the example.' },
    ],
    examples: [
      {
        request: { action: 'listQueue', options: 'extension,queue_name,strategy,queue_chairmans,members', sidx: 'extension', sord: 'asc' },
        response: { response: { page: 1, queue: [{ extension: '6500', members: null, queue_chairmans: null, queue_name: 'Test', strategy: 'ringall' }], total_item: 1, total_page: 1 }, status: 0 },
        doc: doc('4772-4799'),
      },
    ],
  }),
  ucmOperation({
    action: 'getQueue',
    section: 'queue',
    summary: 'Read one call queue (Table H)',
    kind: 'read',
    doc: [doc('4834-5041')],
    params: { queue: queueNumber() },
    response: envelope(z.object({ queue: queueOutput }).strict()),
    errors: ['noSuchItem'],
    decisions: [
      NOT_FOUND,
      { question: 'The table marks `queue` optional (doc 4962)', choice: 'Required: without it there is no queue to answer (-1).' },
      { question: 'addQueue-only fields (notification_prompt, notification_frequency, enable_vq_notification)', choice: 'Stored, not answered: the getQueue example does not show them.' },
    ],
  }),
  ucmOperation({
    action: 'updateQueue',
    section: 'queue',
    summary: 'Update a call queue; members replaces the static agent list',
    kind: 'write',
    doc: [doc('5043-5158')],
    params: { ...queueParams(), queue: queueNumber() },
    aliases: QUEUE_ALIASES,
    response: needApply('yes'),
    errors: ['noSuchItem'],
    decisions: [
      NOT_FOUND,
      MEMBERS_DECISION,
      { question: 'Fields the table marks "yes" (queue_name, musicclass, strategy …) on an update', choice: 'Optional: only what is sent changes, as the example sends three fields (doc 5047-5055).' },
      { question: 'Agents added to or removed from `members`', choice: 'New static agents start logged in and unpaused; removed ones lose their login/pause state.' },
      { question: '`reporholdtime` (example, update table) vs `reportholdtime` (add table)', choice: 'Both accepted; answered as `reporholdtime`.' },
    ],
    examples: [{ request: { action: 'updateQueue', members: '1001,1002,1003', queue: '6502', queue_name: 'GStest' }, response: { response: { need_apply: 'yes' }, status: 0 }, doc: doc('5047-5068') }],
  }),
  ucmOperation({
    action: 'addQueue',
    section: 'queue',
    summary: 'Add a call queue',
    kind: 'write',
    doc: [doc('5160-5276')],
    params: { ...queueParams(), ...QUEUE_ADD_ONLY, extension: queueNumber(), queue_name: p.required() },
    aliases: QUEUE_ALIASES,
    response: needApply('yes'),
    errors: ['itemAdded', 'noSuchItem'],
    decisions: [
      MEMBERS_DECISION,
      {
        question: 'The table requires ten fields (musicclass, joinempty, ringtime …) but the example sends only extension, members, queue_chairmans, queue_name and strategy (doc 5164-5176)',
        choice: 'Required: `extension` (2-18 digits) and `queue_name`; everything else defaults to the getQueue example\'s values.',
      },
      { question: 'A queue number already used by a queue, an extension or an IVR (ucm.md A15)', choice: '-44 "This item has been added".' },
    ],
    examples: [{ request: { action: 'addQueue', extension: '6502', members: '1001,1002', queue_chairmans: '1001', queue_name: 'test', strategy: 'ringall' }, response: { response: { need_apply: 'yes' }, status: 0 }, doc: doc('5164-5185') }],
  }),
  ucmOperation({
    action: 'deleteQueue',
    section: 'queue',
    summary: 'Delete a call queue',
    kind: 'write',
    doc: [doc('5278-5313')],
    params: { queue: queueNumber() },
    response: needApply('yes'),
    errors: ['noSuchItem'],
    decisions: [NOT_FOUND, { question: 'A queue other configuration still names (routes, IVR key presses)', choice: 'Deleted anyway, leaving the reference dangling (ucm.md A16).' }],
  }),
  ucmOperation({
    action: 'loginLogoffQueueAgent',
    section: 'queue',
    summary: 'Log a static agent of a queue in or out',
    kind: 'write',
    doc: [doc('5315-5353')],
    params: { operatetype: p.choice(['login', 'logoff']), interface: p.digits(1, 18), extension: queueNumber() },
    response: emptyResponse,
    errors: ['noSuchItem'],
    decisions: [
      { question: 'An unknown queue, or an agent that is not one of its static agents (`members`)', choice: '-16.' },
      { question: 'Logging in an agent already logged in (or off one already off)', choice: 'Accepted, nothing changes (idempotent); the history records only changes.' },
      { question: 'Logging off a paused agent', choice: 'The agent is logged off and unpaused.' },
      { question: 'Is the change pending until applyChanges?', choice: 'No: agent state is live; the answer is `{}` (doc 5331-5336).' },
    ],
    examples: [{ request: { action: 'loginLogoffQueueAgent', extension: '6502', interface: '1001', operatetype: 'logoff' }, response: { response: {}, status: 0 }, doc: doc('5319-5336') }],
  }),
  ucmOperation({
    action: 'pauseUnpauseQueueAgent',
    section: 'queue',
    summary: 'Pause or unpause an agent, in one queue or every queue it belongs to',
    kind: 'write',
    doc: [doc('5355-5394')],
    params: { operatetype: p.choice(['pause', 'unpause']), interface: p.digits(1, 18), extension: queueNumber().optional() },
    response: needApply('yes'),
    errors: ['noSuchItem', 'failedToOperate'],
    decisions: [
      { question: '`extension` (the queue) is optional (doc 5389)', choice: 'Without it the agent is paused/unpaused in every queue it is a static agent of.' },
      { question: 'An agent in no queue (or not in the named queue); an unknown queue', choice: '-16.' },
      { question: 'Pausing an agent that is logged off in every queue concerned', choice: '-24 "Failed to operate data": only a logged-in agent can be paused (Asterisk\'s QueuePause refuses absent members).' },
      { question: 'The answer says need_apply "yes" (doc 5369-5376)', choice: 'Answered so, but the pause is live and nothing waits for applyChanges.' },
    ],
    examples: [{ request: { action: 'pauseUnpauseQueueAgent', interface: '1002', operatetype: 'pause' }, response: { response: { need_apply: 'yes' }, status: 0 }, doc: doc('5359-5376') }],
  }),
  ucmOperation({
    action: 'queueapi',
    section: 'queue',
    summary: 'Queue statistics (overview, call detail, login and pause history) from the CDR, as XML, JSON or CSV',
    kind: 'read',
    doc: [doc('5396-5467')],
    params: {
      startTime: dateParam(),
      endTime: dateParam().optional(),
      format: p.choice(['xml', 'json', 'csv']).optional(),
      queuechairman: p.str().optional(),
      queue: p.str().pipe(z.string().regex(/^(\*|\d{1,18})$/, 'must be a queue number or *')).optional(),
      agent: p.str().pipe(z.string().regex(/^(\*|\d{1,18})$/, 'must be an agent number or *')).optional(),
      'statistics Type': p.choice(['overview', 'calldetail', 'loginhistory', 'pausedhistory']).optional(),
      numRecords: p.int(0, 1000).optional(),
      offset: p.int(0).optional(),
    },
    aliases: QUEUEAPI_ALIASES,
    // The emulator answers bytes in every format; what a client reads back from `format=json` is this.
    response: z.union([
      z
        .object({
          root_statistics: z.record(z.string(), z.union([z.array(z.record(z.string(), z.string())), z.record(z.string(), z.string())])),
        })
        .strict(),
      z.instanceof(RawReply),
    ]),
    decisions: [
      { question: 'The answer is not the JSON envelope', choice: 'XML by default (`text/xml`, `<root_statistics>` as doc 5417-5445); `format` json → `{"root_statistics": {...}}` without envelope ("Consistent with former cdrapi interface"); csv → one header line and one line per row, per section (emulator-defined).' },
      { question: 'Where do the statistics come from?', choice: 'The CDR (table `cdr`, written by the call simulator): a leg is a queue call when its `dst` is a queue number (or `lastapp` is "Queue"); answered when `disposition` is ANSWERED; the agent is `dstanswer` (or the extension in `dstchannel`); wait = answer − start, talk = billsec. Agents are the queues\' static agents.' },
      { question: 'Date range', choice: '`startTime` and `endTime` are days (YYYY-MM-DD, UTC), both included; no endTime → up to now.' },
      { question: 'Numbers in the JSON form', choice: 'Strings, as the XML text and the CDR (every value a string).' },
      { question: 'calldetail, loginhistory and pausedhistory (no example)', choice: 'Emulator-defined rows: `<calldetail>` per queue call; `<loginhistory>` / `<pausedhistory>` per agent login/logoff or pause/unpause done through the API. `numRecords`/`offset` cut these rows (and the overview\'s queue and agent rows).' },
      { question: '`queuechairman` (default admin)', choice: '"admin" sees every queue; a number only the queues whose queue_chairmans names it.' },
      { question: '`statistics Type` is written with a space', choice: 'Accepted as written and as statisticsType / statistics_type.' },
    ],
  }),
];

/** The listQueue item fields, for the handler. */
export type QueueListField = (typeof QUEUE_LIST_FIELDS)[number];
export { QUEUE_FIELDS };
