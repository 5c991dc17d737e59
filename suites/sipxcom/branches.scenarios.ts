import { strict as assert } from 'node:assert';
import { doc } from '../../contracts/sipxcom/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import type { ScenarioContext } from '../harness/scenario.ts';
import { client, createUser, notFoundStatuses } from './helpers.ts';

/** A branch created with PUT /branch (the doc 341 body, a unique name), deleted at cleanup. */
async function createBranch(t: ScenarioContext, extra: Record<string, unknown> = {}): Promise<{ id: number; name: string }> {
  const sipx = client(t);
  const name = t.name('br');
  const body = {
    branch: { id: 999999, name, description: 'library of congress', address: { street: '101 Independence Ave SE', city: 'Washington', state: 'DC', zip: '20540' }, ...extra },
  };
  const created = await sipx.call('PUT /branch', { body });
  assert.equal(created.status, 201, 'PUT /branch creates with 201');
  assert.equal(created.body.response.code, 'SUCCESS_CREATED');
  const id = created.body.response.data.id as number;
  t.cleanup(() => sipx.raw('DELETE /branch/{id}', { params: { id } }));
  return { id, name };
}

export const branchScenarios = [
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.branch.round-trip',
    title: 'A branch created with JSON answers the XML envelope, reads back, updates (address merged), deletes, then is not found',
    doc: [doc('335-397')],
    operations: ['PUT /branch', 'GET /branch/{id}', 'PUT /branch/{id}', 'DELETE /branch/{id}'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const name = t.name('br');
      const created = await sipx.call('PUT /branch', {
        body: { branch: { id: 999999, name, description: 'library of congress', address: { street: '101 Independence Ave SE', city: 'Washington', state: 'DC', zip: '20540' } } },
      });
      assert.match(created.response.contentType, /xml/, 'a JSON request still gets the XML envelope (342)');
      assert.match(created.response.text, /<response><code>SUCCESS_CREATED<\/code><message>Created<\/message><data><id>\d+<\/id><\/data><\/response>/);
      const id = created.body.response.data.id as number;
      assert.notEqual(id, 999999, 'the id sent is ignored (337)');
      t.cleanup(() => sipx.raw('DELETE /branch/{id}', { params: { id } }));
      const read = await sipx.call('GET /branch/{id}', { params: { id } });
      assert.equal(read.body.branch.id, id);
      assert.equal(read.body.branch.name, name);
      assert.equal(read.body.branch.address.city, 'Washington');
      assert.equal(read.body.branch.address.zip, '20540');
      await sipx.call('PUT /branch/{id}', {
        params: { id },
        body: `<branch><name>${name}</name><address><officeDesignation>ovaloffice</officeDesignation></address><phoneNumber>4235551212</phoneNumber></branch>`,
      });
      const updated = await sipx.call('GET /branch/{id}', { params: { id }, accept: 'json' });
      assert.equal(updated.body.branch.phoneNumber, '4235551212');
      assert.equal(updated.body.branch.address.officeDesignation, 'ovaloffice');
      assert.equal(updated.body.branch.address.street, '101 Independence Ave SE', 'address fields not sent stay');
      assert.equal(updated.body.branch.description, 'library of congress', 'fields not sent stay');
      const deleted = await sipx.call('DELETE /branch/{id}', { params: { id } });
      assert.equal(deleted.body.response.code, 'SUCCESS_DELETED');
      const gone = await sipx.refused('GET /branch/{id}', notFoundStatuses(t), { params: { id } });
      assert.ok(notFoundStatuses(t).includes(gone.status), `deleted branch: ${gone.status}`);
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.branch.list',
    title: 'GET /branch lists the new branch under <branch><metadata/><branches/>; paging gives one per page',
    doc: [doc('305-334')],
    operations: ['GET /branch', 'PUT /branch'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const mine = await createBranch(t);
      const xml = await sipx.call('GET /branch');
      assert.match(xml.response.text, /<branch>\s*<metadata>\s*<totalResults>\d+<\/totalResults>[\s\S]*<\/metadata>\s*<branches>\s*<branch>/, 'the list shape of doc 312-334');
      const all = await sipx.call('GET /branch', { accept: 'json' });
      assert.deepEqual(all.body, xml.body, 'XML and JSON carry the same branches');
      const listed = all.body.branch.branches.find((b: { id: number }) => b.id === mine.id);
      assert.equal(listed?.name, mine.name, 'the new branch is listed');
      const total = all.body.branch.metadata.totalResults as number;
      assert.equal(total, all.body.branch.branches.length);
      const page = await sipx.call('GET /branch', { accept: 'json', query: { page: 1, pagesize: 1 } });
      assert.equal(page.body.branch.branches.length, 1);
      assert.deepEqual(page.body.branch.metadata, { totalResults: total, currentPage: 1, totalPages: total, resultsPerPage: 1 });
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.branch.errors',
    title: 'Branch writes with a wrong id are 400; a nameless or duplicate branch is 400; undocumented methods are 405',
    doc: [doc('301-303'), doc('362-364'), doc('344-344'), doc('397-397')],
    operations: ['PUT /branch/{id}', 'DELETE /branch/{id}', 'PUT /branch'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const mine = await createBranch(t);
      const wrongId = 987654321;
      const put = await sipx.refused('PUT /branch/{id}', [400], { params: { id: wrongId }, body: { branch: { name: t.name('br') } } });
      assert.equal(put.status, 400, 'wrong ID when updating the branch (364)');
      const del = await sipx.refused('DELETE /branch/{id}', [400], { params: { id: wrongId } });
      assert.equal(del.status, 400);
      const nameless = await sipx.refused('PUT /branch', [400], { body: { branch: { description: 'no name' } } });
      assert.equal(nameless.status, 400);
      const twice = await sipx.refused('PUT /branch', [400], { body: { branch: { name: mine.name } } });
      assert.equal(twice.status, 400, 'a second branch with the same name');
      for (const [method, path] of [
        ['DELETE', sipx.path('GET /branch')],
        ['POST', sipx.path('GET /branch')],
        ['POST', sipx.path('GET /branch/{id}', { id: mine.id })],
      ] as const) {
        const r = await sipx.send(method, path, { body: { branch: { name: t.name('br') } } });
        assert.equal(r.status, 405, `${method} ${path}`);
      }
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.branch.members',
    title: 'Users and user groups name a branch; deleting the branch leaves them without one',
    doc: [doc('393-395'), doc('3925-3931', 'the branch element is optional'), doc('3725-3729')],
    operations: ['PUT /branch', 'DELETE /branch/{id}', 'PUT /user-group', 'GET /user-group/{id}', 'GET /user/{id}'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const branch = await createBranch(t);
      const user = await createUser(t, { branch: branch.name });
      const created = await sipx.call('PUT /user-group', { body: { group: { name: t.name('ug'), branch: { id: branch.id } } } });
      const groupId = created.body.response.data.id as number;
      t.cleanup(() => sipx.raw('DELETE /user-group/{id}', { params: { id: groupId } }));
      assert.deepEqual((await sipx.call('GET /user/{id}', { params: { id: user.id } })).body.user.branch, { id: branch.id, name: branch.name });
      assert.deepEqual((await sipx.call('GET /user-group/{id}', { params: { id: groupId }, accept: 'json' })).body.group.branch, { id: branch.id, name: branch.name });
      await sipx.call('DELETE /branch/{id}', { params: { id: branch.id } });
      const userAfter = await sipx.call('GET /user/{id}', { params: { id: user.id }, accept: 'json' });
      assert.equal(userAfter.body.user.branch, null, 'the user stays, without a branch');
      const groupAfter = await sipx.call('GET /user-group/{id}', { params: { id: groupId }, accept: 'json' });
      assert.equal(groupAfter.body.group.branch, null, 'the group stays, without a branch');
    },
  }),
];
