import { strict as assert } from 'node:assert';
import { SipxcomClient } from '../harness/clients/sipxcom.ts';
import type { ScenarioContext } from '../harness/scenario.ts';

export const client = (t: ScenarioContext) => new SipxcomClient(t);

/** A user created for the scenario (name from t.name, a numeric PIN), deleted at cleanup. */
export async function createUser(t: ScenarioContext, extra: Record<string, unknown> = {}): Promise<{ id: number; username: string; pin: string }> {
  const sipx = client(t);
  const username = t.name('u');
  const pin = String(10000000 + t.number() * 97);
  const { status, body } = await sipx.call('PUT /user', { body: { user: { username, pin, firstName: 'Conformance', lastName: 'Run', ...extra } } });
  assert.equal(status, 201, 'PUT /user creates with 201');
  assert.equal(body.response.code, 'SUCCESS_CREATED');
  const id = body.response.data.id as number;
  t.cleanup(() => sipx.raw('DELETE /user/{id}', { params: { id } }));
  return { id, username, pin };
}

/** A MAC address unique to the run's number range (00eeNNNNNNNN). */
export function serialFor(n: number, offset = 0): string {
  return `00ee${String(n * 10 + offset).padStart(8, '0')}`;
}

/** The first model of the target's catalogue (a real system has its own). */
export async function someModel(t: ScenarioContext): Promise<string> {
  const { body } = await client(t).call<{ models: Array<{ modelId: string }> }>('GET /phones/models', { accept: 'json' });
  assert.ok(body.models.length > 0, 'the phone model catalogue is not empty');
  return body.models[0].modelId;
}

/** A phone created for the scenario, deleted at cleanup. */
export async function createPhone(t: ScenarioContext, serial: string, model: string, description = 'conformance phone') {
  const sipx = client(t);
  await sipx.call('POST /phones', { body: { serialNo: serial, model, description } });
  t.cleanup(() => sipx.raw('DELETE /phones/{phoneId}', { params: { phoneId: serial } }));
  const { body } = await sipx.call('GET /phones/{phoneId}', { params: { phoneId: serial }, accept: 'json' });
  return body as { id: number; serialNo: string; description: string | null };
}

/** Not-found answers: 404 on the emulator (issue); a real /rest resource may answer 400 (index O1). */
export function notFoundStatuses(t: ScenarioContext): number[] {
  return t.target.kind === 'real' ? [404, 400] : [404];
}
