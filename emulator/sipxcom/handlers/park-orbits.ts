import { fail, notFound, numericId, type SipxCall, type SipxHandler } from '../call.ts';
import { orderedParkOrbits, PARK_ORBIT_TREE, parkOrbits, parkOrbitView, type ParkOrbitRow } from '../models/park-orbits.ts';
import { DEFAULT_PROMPT, findPrompt } from '../models/prompts.ts';
import { dropSettingsOf } from '../models/settings-tree.ts';
import { SEQUENCES } from '../models/tables.ts';
import { nameTaken } from '../models/users.ts';
import { asFlag } from './page-groups.ts';
import { readSettingsAt, revertSettingsAt, writeSettingsAt } from './settings-path-forms.ts';

/** Park orbits (doc 1867-2012); their prompts are handlers/prompts.ts. */
interface OrbitInput {
  name?: string;
  extension?: string | number;
  description?: string | null;
  enabled?: boolean | 'true' | 'false' | '0' | '1';
  music?: string;
}
type IdArgs = { orbitId: string };
type SettingsArgs = IdArgs & { '*'?: string; body?: any };

const invalid = (message: string): never => fail('validationFailed', `Failed input validation: ${message}`);

function orbitOr404(call: SipxCall<IdArgs>): ParkOrbitRow {
  return parkOrbits(call.context).get(numericId(call, call.args.orbitId, 'park orbit')) ?? notFound(call, `park orbit ${call.args.orbitId}`);
}

/** The row fields a body sets, checked (name and extension unique, extension not a user's, music a prompt). */
function fieldsOf(call: SipxCall, body: OrbitInput, current?: ParkOrbitRow): Partial<ParkOrbitRow> {
  const out: Partial<ParkOrbitRow> = {};
  const others = parkOrbits(call.context).values().filter((o) => o.id !== current?.id);
  if (body.name !== undefined) {
    const name = body.name.trim();
    if (name === '') invalid('name may not be empty');
    const clash = others.find((o) => o.name === name);
    if (clash) fail('duplicate', `Failed input validation: park orbit ${clash.id} is already named ${name}`);
    out.name = name;
  } else if (!current) invalid('name is required');
  if (body.extension !== undefined) {
    const extension = String(body.extension).trim();
    if (!/^\d{1,20}$/.test(extension)) invalid(`extension must be 1-20 digits, got "${extension.slice(0, 40)}"`);
    const clash = others.find((o) => o.extension === extension);
    if (clash) fail('duplicate', `Failed input validation: extension ${extension} is already park orbit ${clash.id}`);
    if (nameTaken(call.context, extension)) fail('duplicate', `Failed input validation: extension ${extension} is already a user's`);
    out.extension = extension;
  } else if (!current) invalid('extension is required');
  if (body.enabled !== undefined) out.enabled = asFlag(body.enabled);
  if (body.music !== undefined) {
    if (!findPrompt(call.context, 'orbits', body.music)) invalid(`music ${body.music.slice(0, 80)} is not a park orbit prompt (upload it to /orbits/prompts)`);
    out.music = body.music;
  }
  if (body.description !== undefined) out.description = body.description === null || body.description.trim() === '' ? null : body.description;
  return out;
}

export const parkOrbitHandlers: Record<string, SipxHandler> = {
  'GET /orbits': ({ context }: SipxCall) => ({ orbits: orderedParkOrbits(context).map(parkOrbitView) }),

  'POST /orbits': (call: SipxCall<{ body: OrbitInput }>) => {
    const fields = fieldsOf(call, call.args.body);
    const id = call.context.state.nextId(SEQUENCES.parkOrbits);
    parkOrbits(call.context).set(id, { id, name: fields.name!, extension: fields.extension!, description: null, enabled: true, music: DEFAULT_PROMPT, ...fields });
    return undefined;
  },

  'GET /orbits/{orbitId}': (call: SipxCall<IdArgs>) => parkOrbitView(orbitOr404(call)),

  'PUT /orbits/{orbitId}': (call: SipxCall<IdArgs & { body: OrbitInput }>) => {
    const orbit = orbitOr404(call);
    parkOrbits(call.context).update(orbit.id, fieldsOf(call, call.args.body, orbit));
    return undefined;
  },

  'DELETE /orbits/{orbitId}': (call: SipxCall<IdArgs>) => {
    const orbit = orbitOr404(call);
    dropSettingsOf(call.context, PARK_ORBIT_TREE, orbit.id);
    parkOrbits(call.context).delete(orbit.id);
    return undefined;
  },

  'GET /orbits/{orbitId}/settings': (call: SipxCall<SettingsArgs>) => readSettingsAt(call.context, PARK_ORBIT_TREE, orbitOr404(call).id, call.args['*']),

  'PUT /orbits/{orbitId}/settings': (call: SipxCall<SettingsArgs>) => {
    writeSettingsAt(call.context, PARK_ORBIT_TREE, orbitOr404(call).id, call.args['*'], call.args.body);
    return undefined;
  },

  'DELETE /orbits/{orbitId}/settings': (call: SipxCall<SettingsArgs>) => {
    revertSettingsAt(call.context, PARK_ORBIT_TREE, orbitOr404(call).id, call.args['*']);
    return undefined;
  },
};
