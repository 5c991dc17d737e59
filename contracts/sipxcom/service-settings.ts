import { z } from 'zod';
import type { Decision, DocRef, OperationContract } from '../core/index.ts';
import { sipxOperation } from './operation.ts';
import { noBody, setting } from './shapes.ts';

/**
 * The settings trees of the sipxconfig services (`/api/<service>/settings[/{settingPath}]`: DNS, IVR,
 * MWI, MOH, My Buddy, proxy, registrar, REST server, SAA). One table-driven builder makes the 2-4
 * contracts of a service from its URI, its citations and the methods the document gives it; the
 * emulator serves them all with one handler table (emulator/sipxcom/handlers/service-settings.ts).
 *
 * `{settingPath}` values contain slashes (`named-config/forwarders`, doc 476; `moh-config/MOH_SOURCE`,
 * doc 1481): the route ends in the Fastify wildcard and the value arrives as `'*'`.
 */

/** A list of settings (doc 450, 477, 1447). */
export const settingList = z.object({ settings: z.array(setting) });

/**
 * A read by path: one setting object for a leaf path (doc 1482), the list for a subtree (doc 477)
 * — quirk settings-leaf-unwrapped (index A19, O2 ResponseUtils).
 */
export const settingOrList = z.union([setting, settingList]);

/** The one-setting PUT body: plain text (doc 480, 1485); a JSON scalar is taken as its text. */
const settingValue = z.union([z.string().max(4096), z.number(), z.boolean(), z.null()]).optional();

/** What an operation of a settings service does; the handler table maps each kind to one function. */
export type SettingsOperationKind = 'list' | 'read' | 'write' | 'revert' | 'writeMany' | 'revertAll';

export interface SettingsOperation {
  id: string;
  /** The service key: the first segment of the URI (`dns`, `moh`, `imbot` …); names the settings tree. */
  service: string;
  kind: SettingsOperationKind;
}

const SETTINGS_OPERATIONS = new Map<string, SettingsOperation>();

/** What a settings contract does, for the handler table (undefined for any other contract). */
export function settingsOperation(id: string): SettingsOperation | undefined {
  return SETTINGS_OPERATIONS.get(id);
}

interface Citation {
  doc: DocRef[];
  summary: string;
}

export interface ServiceSettingsSpec {
  /** The URI of the collection as documented, e.g. `/dns/settings`. */
  uri: string;
  /** Human name used in summaries (`DNS`, `My Buddy`). */
  label: string;
  /** `base: 'api'` + why (documented, or the index's suggestion). */
  baseNote: string;
  /** GET the whole tree (always documented). */
  list: Citation;
  /** GET / PUT / DELETE `{uri}/{settingPath}` where documented. */
  read?: Citation;
  write?: Citation;
  revert?: Citation;
  /** PUT / DELETE on the collection itself (IVR only, doc 1297-1310). */
  writeMany?: Citation & { decisions: Decision[] };
  revertAll?: Citation & { decisions: Decision[] };
  /** Decisions that hold for every operation of the service. */
  decisions?: Decision[];
}

const leafDecision: Decision = {
  question: 'A read by path: one setting or a list?',
  choice:
    'A path naming one setting answers that setting object unwrapped (doc 1482); a path naming a subtree answers {"settings":[…]} of the settings under it (doc 477); a path no setting has is 404 (index A19, O2).',
  quirk: 'settings-leaf-unwrapped',
};

const jsonOnlyDecision: Decision = {
  question: 'Representation of a read by path?',
  choice:
    'JSON (the only representation the document shows, 477 and 1482). A leaf and a subtree have different shapes, so no single XML document element fits both: an Accept asking for XML still gets JSON (the pack never answers 406).',
};

const writeDecisions: Decision[] = [
  {
    question: 'What does the PUT body hold and what does PUT answer?',
    choice:
      'The new value as plain text (doc 480, 1485; the document says so for DNS, IVR, MWI and MOH and shows no body elsewhere, so every service takes the same). A JSON scalar is taken as its text. An empty body clears a setting that may be empty. The value is checked against the setting type (boolean 0/1/true/false, stored 0/1; integer; enum = one of the option keys): 400 otherwise. The path must name one setting (404 otherwise). 200 with no body, like every /api write (index A11).',
  },
];

const revertDecisions: Decision[] = [
  {
    question: '"Deletes the … setting(s) from the specified path" — deleted or reset?',
    choice:
      'Reset: every setting under the path goes back to its default value ("Reverts the setting to the default value.", doc 1492; index A19). The definitions stay; a path no setting has is 404. 200 with no body.',
  },
];

/** The 2-6 contracts of one settings service. */
export function serviceSettingsContracts(spec: ServiceSettingsSpec): OperationContract[] {
  const service = spec.uri.split('/').filter(Boolean)[0];
  const base = { base: 'api' as const, baseNote: spec.baseNote };
  const shared = spec.decisions ?? [];
  const out: OperationContract[] = [];
  const add = (kind: SettingsOperationKind, contract: OperationContract) => {
    SETTINGS_OPERATIONS.set(contract.id, { id: contract.id, service, kind });
    out.push(contract);
  };
  const byPath = { '*': z.string().max(1000) };
  const wildcard = `${spec.uri}/*`;

  add(
    'list',
    sipxOperation({
      id: `GET ${spec.uri}`,
      ...base,
      summary: spec.list.summary,
      kind: 'read',
      doc: spec.list.doc,
      request: z.object({}),
      response: settingList,
      produces: ['json', 'xml'],
      xmlItems: { settings: 'setting' },
      decisions: shared,
    }),
  );
  if (spec.read) {
    add(
      'read',
      sipxOperation({
        id: `GET ${spec.uri}/{settingPath}`,
        path: wildcard,
        ...base,
        summary: spec.read.summary,
        kind: 'read',
        doc: spec.read.doc,
        request: z.object(byPath),
        response: settingOrList,
        produces: ['json'],
        errors: ['notFound'],
        decisions: [...shared, leafDecision, jsonOnlyDecision],
      }),
    );
  }
  if (spec.write) {
    add(
      'write',
      sipxOperation({
        id: `PUT ${spec.uri}/{settingPath}`,
        path: wildcard,
        ...base,
        summary: spec.write.summary,
        kind: 'write',
        doc: spec.write.doc,
        request: z.object({ ...byPath, body: settingValue }),
        response: noBody,
        produces: ['empty'],
        consumes: ['text'],
        errors: ['notFound'],
        decisions: [...shared, ...writeDecisions],
      }),
    );
  }
  if (spec.revert) {
    add(
      'revert',
      sipxOperation({
        id: `DELETE ${spec.uri}/{settingPath}`,
        path: wildcard,
        ...base,
        summary: spec.revert.summary,
        kind: 'write',
        doc: spec.revert.doc,
        request: z.object(byPath),
        response: noBody,
        produces: ['empty'],
        errors: ['notFound'],
        decisions: [...shared, ...revertDecisions],
      }),
    );
  }
  if (spec.writeMany) {
    add(
      'writeMany',
      sipxOperation({
        id: `PUT ${spec.uri}`,
        ...base,
        summary: spec.writeMany.summary,
        kind: 'write',
        doc: spec.writeMany.doc,
        request: z.object({
          body: z.union([
            z.string().max(65536),
            z.object({ settings: z.array(z.object({ path: z.string().min(1).max(1000), value: settingValue })).max(500) }),
          ]),
        }),
        response: noBody,
        produces: ['empty'],
        consumes: ['text', 'json', 'xml'],
        xmlItems: { settings: 'setting' },
        errors: ['notFound'],
        decisions: [...shared, ...spec.writeMany.decisions],
      }),
    );
  }
  if (spec.revertAll) {
    add(
      'revertAll',
      sipxOperation({
        id: `DELETE ${spec.uri}`,
        ...base,
        summary: spec.revertAll.summary,
        kind: 'write',
        doc: spec.revertAll.doc,
        request: z.object({}),
        response: noBody,
        produces: ['empty'],
        decisions: [...shared, ...spec.revertAll.decisions],
      }),
    );
  }
  return out;
}

/** The base note of the services whose URI the document prints without a base (index A1, O3). */
export const SUGGESTED_API_BASE =
  'not documented (the Resource URI has no prefix and no example); index A1 suggests /api: the service is registered in the JAX-RS api.beans.xml (O3), like the documented /api/dns/settings (doc 403)';
