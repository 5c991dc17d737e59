import assert from 'node:assert/strict';
import { CDR_FIELDS } from '../../contracts/grandstream/cdr.ts';
import { doc } from '../../contracts/grandstream/source.ts';
import { defineScenario, type ScenarioContext } from '../harness/scenario.ts';
import { addExtension, GrandstreamClient } from './helpers.ts';

/** Adds a queue numbered from the run's range with the given agents; deletes it afterwards. */
async function addQueue(t: ScenarioContext, ucm: GrandstreamClient, params: Record<string, unknown> = {}): Promise<string> {
  const extension = String(t.number());
  await ucm.call('addQueue', { extension, queue_name: t.name('queue'), ...params });
  t.cleanup(async () => {
    const reply = await ucm.send('deleteQueue', { cookie: ucm.currentCookie ?? (await ucm.login()), queue: extension });
    if (reply.body?.status !== 0 && reply.body?.status !== -16) throw new Error(`could not delete queue ${extension}: ${reply.text}`);
  });
  return extension;
}

const today = (iso: string) => iso.slice(0, 10);

/** Call Queue (doc 4764-5467). */
export const queueScenarios = [
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.queue.round-trip',
    title: 'addQueue → listQueue → getQueue → updateQueue (members) → deleteQueue → gone (-16)',
    doc: [doc('4766-5313')],
    operations: ['addQueue', 'listQueue', 'getQueue', 'updateQueue', 'deleteQueue'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const a = await addExtension(t, ucm);
      const b = await addExtension(t, ucm);
      const queue = await addQueue(t, ucm, { strategy: 'ringall', members: a });
      const list = await ucm.call('listQueue', { options: 'extension,queue_name,strategy,members' });
      const item = list.response.queue.find((q: { extension: string }) => q.extension === queue);
      assert.ok(item, `listQueue shows ${queue}`);
      assert.equal(item.strategy, 'ringall');
      assert.deepEqual(Object.keys(item).sort(), ['extension', 'members', 'queue_name', 'strategy']);
      const got = await ucm.call('getQueue', { queue });
      assert.equal(got.response.queue.extension, queue);
      assert.equal(got.response.queue.strategy, 'ringall');
      const updated = await ucm.call('updateQueue', { queue, members: `${a},${b}`, strategy: 'linear' });
      assert.equal(updated.response.need_apply, 'yes');
      const again = await ucm.call('getQueue', { queue });
      assert.deepEqual(String(again.response.queue.members).split(',').sort(), [a, b].sort());
      assert.equal(again.response.queue.strategy, 'linear');
      assert.equal((await ucm.call('deleteQueue', { queue })).response.need_apply, 'yes');
      assert.equal((await ucm.error('getQueue', { queue })).status, -16);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.queue.refusals',
    title: 'a queue number already used (-44), an unknown queue (-16), a missing queue_name (-1)',
    doc: [doc('5160-5313'), doc('7651-7666')],
    operations: ['addQueue', 'getQueue', 'updateQueue', 'deleteQueue'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const queue = await addQueue(t, ucm);
      assert.equal((await ucm.error('addQueue', { extension: queue, queue_name: t.name('again') })).status, -44);
      const ext = await addExtension(t, ucm);
      assert.equal((await ucm.error('addQueue', { extension: ext, queue_name: t.name('clash') })).status, -44);
      const unused = String(t.number());
      assert.equal((await ucm.error('getQueue', { queue: unused })).status, -16);
      assert.equal((await ucm.error('updateQueue', { queue: unused, queue_name: 'x' })).status, -16);
      assert.equal((await ucm.error('deleteQueue', { queue: unused })).status, -16);
      assert.equal((await ucm.error('addQueue', { extension: unused })).status, -1);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.queue.agents',
    title: 'static agents log off and in, pause and unpause; a non-agent is refused',
    doc: [doc('5315-5394')],
    operations: ['addQueue', 'loginLogoffQueueAgent', 'pauseUnpauseQueueAgent'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const a = await addExtension(t, ucm);
      const b = await addExtension(t, ucm);
      const outsider = await addExtension(t, ucm);
      const queue = await addQueue(t, ucm, { members: `${a},${b}` });
      assert.deepEqual((await ucm.call('loginLogoffQueueAgent', { extension: queue, interface: a, operatetype: 'logoff' })).response, {});
      assert.deepEqual((await ucm.call('loginLogoffQueueAgent', { extension: queue, interface: a, operatetype: 'login' })).response, {});
      assert.equal((await ucm.call('pauseUnpauseQueueAgent', { interface: b, operatetype: 'pause' })).response.need_apply, 'yes');
      assert.equal((await ucm.call('pauseUnpauseQueueAgent', { interface: b, operatetype: 'unpause', extension: queue })).status, 0);
      const refused = await ucm.error('loginLogoffQueueAgent', { extension: queue, interface: outsider, operatetype: 'login' });
      assert.ok(refused.status < 0);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.queue.agent-state',
    title: 'login/logoff and pause are kept per queue and agent and show in queueapi loginhistory / pausedhistory',
    doc: [doc('5315-5467')],
    operations: ['loginLogoffQueueAgent', 'pauseUnpauseQueueAgent', 'queueapi'],
    mutates: true,
    control: 'reads the agent state table and the emulator-defined history rows of queueapi',
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const a = await addExtension(t, ucm);
      const b = await addExtension(t, ucm);
      const queue = await addQueue(t, ucm, { members: `${a},${b}` });
      await ucm.call('loginLogoffQueueAgent', { extension: queue, interface: a, operatetype: 'logoff' });
      await ucm.call('pauseUnpauseQueueAgent', { extension: queue, interface: b, operatetype: 'pause' });
      // A logged-off agent cannot be paused.
      assert.equal((await ucm.error('pauseUnpauseQueueAgent', { extension: queue, interface: a, operatetype: 'pause' })).status, -24);
      const state = await t.control.state<{ tables: Record<string, Record<string, { logged_in: boolean; paused: boolean }>> }>();
      const agents = state.tables.queue_agents;
      assert.equal(agents[`${queue}:${a}`].logged_in, false);
      assert.equal(agents[`${queue}:${b}`].logged_in, true);
      assert.equal(agents[`${queue}:${b}`].paused, true);
      const { iso } = await t.control.clock();
      const logins = await ucm.call('queueapi', { startTime: today(iso), queue, format: 'json', 'statistics Type': 'loginhistory' });
      const rows = logins.root_statistics.loginhistory as Array<{ agent: string; action: string }>;
      assert.deepEqual(rows.filter((r) => r.agent === a).map((r) => r.action), ['login', 'logoff']);
      const pauses = await ucm.send('queueapi', { cookie: ucm.currentCookie, startTime: today(iso), queue, format: 'json', 'statistics Type': 'pausedhistory' });
      assert.deepEqual(pauses.body.root_statistics.pausedhistory.map((r: { agent: string; action: string }) => `${r.agent}:${r.action}`), [`${b}:pause`]);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.queue.queueapi-xml',
    title: 'queueapi answers <root_statistics> XML by default, with a <total> element',
    doc: [doc('5396-5467')],
    operations: ['queueapi'],
    async run(t) {
      const ucm = new GrandstreamClient(t);
      await ucm.login();
      const reply = await ucm.send('queueapi', { cookie: ucm.currentCookie, startTime: '2019-11-27', endTime: '2019-11-28' });
      assert.equal(reply.httpStatus, 200);
      assert.match(reply.text.trimStart(), /^<\?xml version="1\.0"\?>\s*<root_statistics>/);
      assert.match(reply.text, /<total>[\s\S]*<total_calls>\d+<\/total_calls>[\s\S]*<\/total>/);
      assert.match(reply.text, /<\/root_statistics>\s*$/);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.queue.queueapi-cdr',
    title: 'queueapi counts the CDR rows of a queue: total, answered, abandoned rate, waits and talk time per queue and agent',
    doc: [doc('5396-5467')],
    operations: ['addQueue', 'queueapi'],
    mutates: true,
    control: 'writes CDR rows of queue calls (a real UCM only records calls it carried)',
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const agent = await addExtension(t, ucm);
      const queue = await addQueue(t, ucm, { members: agent });
      // Whole rows (every CDR field a string), AcctIds far above the simulator's, one session per call.
      const base = 9_000_000 + Number(queue) * 10;
      const leg = (n: number, over: Record<string, string>) => ({
        ...Object.fromEntries(CDR_FIELDS.map((f) => [f, ''])),
        AcctId: String(base + n),
        session: `${base + n}-4005`,
        cdr: `${base + n}-4005`,
        amaflags: 'DOCUMENTATION',
        userfield: 'Inbound',
        src: '4005',
        dst: queue,
        start: '2019-11-27 09:00:00',
        answer: '',
        end: '2019-11-27 09:00:10',
        duration: '10',
        billsec: '0',
        disposition: 'NO ANSWER',
        lastapp: 'Queue',
        dstchannel: `PJSIP/${agent}-0000000${n}`,
        uniqueid: `${base}.${n}`,
        ...over,
      });
      await t.control.seed({
        tables: {
          cdr: {
            [String(base + 1)]: leg(1, { answer: '2019-11-27 09:00:02', billsec: '7', disposition: 'ANSWERED', duration: '9' }),
            [String(base + 2)]: leg(2, { start: '2019-11-27 10:00:00', duration: '2' }),
          },
        },
      });
      const reply = await ucm.send('queueapi', { cookie: ucm.currentCookie, startTime: '2019-11-27', endTime: '2019-11-28', queue, format: 'json' });
      const stats = reply.body.root_statistics;
      assert.deepEqual(stats.total, { queuechairman: 'admin', total_calls: '2', abandoned_rate: '50.0', avg_wait: '2', avg_talk: '7', vq_total_calls: '0' });
      assert.deepEqual(stats.queue, [{ queuechairman: 'admin', queue, total_calls: '2', answered_calls: '1', answered_rate: '50.0', avg_wait: '2', avg_talk: '7', vq_total_calls: '0' }]);
      assert.deepEqual(stats.agent, [{ queuechairman: 'admin', agent, total_calls: '2', answered_calls: '1', answered_rate: '50.0', avg_talk: '7' }]);
    },
  }),
];
