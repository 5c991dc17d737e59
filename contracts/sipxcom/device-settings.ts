import { z } from 'zod';
import type { Decision, DocRef, OperationContract } from '../core/index.ts';
import { sipxOperation } from './operation.ts';
import { settingList, settingOrList } from './service-settings.ts';
import { noBody } from './shapes.ts';
import type { SipxErrorId } from './errors.ts';

/**
 * Shapes shared by the device settings trees (gateways and their ports, phones, lines, phone-group
 * model settings), the same as the services' (service-settings.ts): a list answers
 * `{"settings":[…]}` (doc 1118); a path (`itsp-account/user-name`) is carried by the Fastify
 * wildcard `*` (README, `{path:.*}`).
 */
export { settingList };

/** A GET of a settings path: one setting for a leaf (doc 1482), the list for a subtree (doc 477). */
export const settingPathRead = settingOrList;

/** The `{path:.*}` / `{settingPath}` value (may hold slashes). */
export const settingPathParam = { '*': z.string().max(1000) };

/** "PUT data is plain text": the new value of one setting (empty = no value). */
export const settingValueBody = z.string().max(4096).optional();

/**
 * A PUT on a whole settings collection ("PUT data is plain text", doc 1189, 2931): `path=value` lines,
 * or `{"settings":[{"path","value"}]}` / `<settings><setting><path/><value/></setting></settings>`,
 * or a JSON object `{"<path>": "<value>"}`.
 */
export const settingsBatchBody = z.union([
  z.string().max(65536),
  z.object({ settings: z.array(z.object({ path: z.string().max(1000), value: z.string().max(4096).nullable().optional() })).max(500) }),
  z.record(z.string().max(1000), z.string().max(4096).nullable()),
]);

export const settingDecisions = {
  pathRead: {
    question: 'A GET of a settings path: the list or one setting (no example for this resource)?',
    choice:
      'As the services\' settings: a path naming one setting answers that setting unwrapped (MOH doc 1482), a subtree {"settings":[…]} (DNS doc 477), a path no setting has 404 (index A19, O2). JSON only: a leaf and a subtree have no common XML document element (an Accept asking for XML still gets JSON).',
    quirk: 'settings-leaf-unwrapped',
  } satisfies Decision,
  write: {
    question: 'What does a setting PUT take and answer?',
    choice:
      'The text body is the new value ("PUT data is plain text"); it is checked against the setting\'s type (boolean 0/1/true/false, integer, enum option) and refused with 400 otherwise; an unknown path is 404. The answer is 200 with no body, as every /api write (index A11).',
  } satisfies Decision,
  revert: {
    question: 'What does a setting DELETE do?',
    choice: 'Reverts every setting under the path to its default value ("Reverts the setting to the default value.", doc 2976); nothing else is removed. Unknown path: 404.',
  } satisfies Decision,
  batch: {
    question: '"PUT data is plain text" on a whole settings collection: which settings does the text change?',
    choice:
      'The text holds `path=value` lines (one setting each; JSON {"settings":[{"path","value"}]} or {"<path>":"<value>"}, or the XML list, are read too). Every line is checked first: one unknown path is 404, one bad value 400, and then nothing is written.',
  } satisfies Decision,
};

/** One documented operation of a settings URI: its summary and citation, and decisions of its own. */
export interface SettingsCitation {
  summary: string;
  doc: DocRef[];
  decisions?: Decision[];
  /** Leave out the kind's standard decision (when `decisions` restates it). */
  ownDecisionsOnly?: boolean;
}

export interface DeviceSettingsSpec {
  base: { base: 'api'; baseNote: string };
  /** The collection URI as the document prints it (the contract ids): `/gateways/{gatewayId}/settings`. */
  collection: string;
  /** The one-setting parameter as printed after it: `{path:.*}` or `{settingPath}`. */
  pathParam: string;
  /** Where the routes are served when the printed URI is not (quirk phone-group-subpaths). */
  routePrefix?: string;
  /** The URI's own parameters (ids), bounded. */
  params: z.ZodRawShape;
  /** Decisions that hold for every operation of the URI. */
  decisions?: Decision[];
  list?: SettingsCitation;
  writeAll?: SettingsCitation;
  revertAll?: SettingsCitation;
  read?: SettingsCitation;
  write?: SettingsCitation;
  revert?: SettingsCitation;
}

/**
 * The contracts of a device's settings URI (gateway, port, phone, line, phone-group model): the
 * collection (GET, and PUT/DELETE of several settings where documented) and one setting by path
 * (GET, PUT plain text, DELETE = revert), each only where the document gives it.
 */
export function deviceSettingsContracts(spec: DeviceSettingsSpec): OperationContract[] {
  const route = `${spec.routePrefix ?? ''}${spec.collection}`;
  const decisions = (c: SettingsCitation, standard?: Decision) => [...(spec.decisions ?? []), ...(c.decisions ?? []), ...(standard && !c.ownDecisionsOnly ? [standard] : [])];
  const common = (c: SettingsCitation) => ({ ...spec.base, summary: c.summary, doc: c.doc, errors: ['notFound' as SipxErrorId] });
  const collectionPath = spec.routePrefix ? { path: route } : {};
  const settingPath = { path: `${route}/*` };
  const out: OperationContract[] = [];
  if (spec.list) {
    out.push(sipxOperation({ id: `GET ${spec.collection}`, ...collectionPath, ...common(spec.list), kind: 'read', request: z.object(spec.params), response: settingList, produces: ['json', 'xml'], decisions: decisions(spec.list) }));
  }
  if (spec.writeAll) {
    out.push(
      sipxOperation({
        id: `PUT ${spec.collection}`,
        ...collectionPath,
        ...common(spec.writeAll),
        kind: 'write',
        request: z.object({ ...spec.params, body: settingsBatchBody }),
        response: noBody,
        produces: ['empty'],
        consumes: ['text', 'json', 'xml'],
        decisions: decisions(spec.writeAll, settingDecisions.batch),
      }),
    );
  }
  if (spec.revertAll) {
    out.push(sipxOperation({ id: `DELETE ${spec.collection}`, ...collectionPath, ...common(spec.revertAll), kind: 'write', request: z.object(spec.params), response: noBody, produces: ['empty'], decisions: decisions(spec.revertAll, settingDecisions.revert) }));
  }
  const one = `${spec.collection}/${spec.pathParam}`;
  if (spec.read) {
    out.push(sipxOperation({ id: `GET ${one}`, ...settingPath, ...common(spec.read), kind: 'read', request: z.object({ ...spec.params, ...settingPathParam }), response: settingPathRead, produces: ['json'], decisions: decisions(spec.read, settingDecisions.pathRead) }));
  }
  if (spec.write) {
    out.push(
      sipxOperation({
        id: `PUT ${one}`,
        ...settingPath,
        ...common(spec.write),
        kind: 'write',
        request: z.object({ ...spec.params, ...settingPathParam, body: settingValueBody }),
        response: noBody,
        produces: ['empty'],
        consumes: ['text'],
        decisions: decisions(spec.write, settingDecisions.write),
      }),
    );
  }
  if (spec.revert) {
    out.push(sipxOperation({ id: `DELETE ${one}`, ...settingPath, ...common(spec.revert), kind: 'write', request: z.object({ ...spec.params, ...settingPathParam }), response: noBody, produces: ['empty'], decisions: decisions(spec.revert, settingDecisions.revert) }));
  }
  return out;
}

/** A PUT on a settings URI printed without a path: the value of the setting named after it, or a list. */
const settingsFormValue = z.union([z.string().max(65536), z.number(), z.boolean()]);
const settingsFormBody = z
  .union([settingsFormValue, z.object({ settings: z.array(z.object({ path: z.string().min(1).max(1000), value: settingsFormValue.nullable().optional() })).max(500) })])
  .optional();

export interface SettingsFormsSpec {
  base: { base: 'api' | 'rest'; baseNote: string };
  /** The URI as printed (no setting path): `/pagegroups/settings`, `/orbits/{orbitId}/settings`. */
  uri: string;
  params: z.ZodRawShape;
  decisions?: Decision[];
  read: SettingsCitation;
  write: SettingsCitation;
  revert: SettingsCitation;
}

/**
 * GET/PUT/DELETE of a settings URI the document prints without a setting path (quirk
 * settings-path-forms): served at the bare URI (everything) and at `…/{path}` (a leaf or a subtree,
 * the contract's `alsoAt`), as emulator/sipxcom/handlers/settings-path-forms.ts answers them.
 */
export function settingsFormsContracts(spec: SettingsFormsSpec): OperationContract[] {
  const path = { '*': z.string().max(1000).optional() };
  const common = (c: SettingsCitation) => ({
    ...spec.base,
    alsoAt: [`${spec.uri}/*`],
    summary: c.summary,
    doc: c.doc,
    errors: ['notFound' as SipxErrorId],
    decisions: [...(spec.decisions ?? []), ...(c.decisions ?? [])],
  });
  return [
    sipxOperation({ id: `GET ${spec.uri}`, ...common(spec.read), kind: 'read', request: z.object({ ...spec.params, ...path }), response: settingPathRead, produces: ['json'] }),
    sipxOperation({
      id: `PUT ${spec.uri}`,
      ...common(spec.write),
      kind: 'write',
      request: z.object({ ...spec.params, ...path, body: settingsFormBody }),
      response: noBody,
      produces: ['empty'],
      consumes: ['text', 'json', 'xml'],
      xmlItems: { settings: 'setting' },
    }),
    sipxOperation({ id: `DELETE ${spec.uri}`, ...common(spec.revert), kind: 'write', request: z.object({ ...spec.params, ...path }), response: noBody, produces: ['empty'] }),
  ];
}
