import { z } from 'zod';
import type { Decision } from '../core/index.ts';
import { MAX_ARG_LENGTH, arg } from './args.ts';
import type { PbxwareErrorId } from './errors.ts';
import { extEsConfigContracts } from './ext-es-config.ts';
import {
  ENHANCED_SERVICES,
  OSC_STATES,
  SERVICE_STATES,
  SERVICE_TITLES,
  esArgs,
  oscState,
  serviceState,
  type EnhancedService,
} from './ext-es-services.ts';
import { pbxOperation } from './operation.ts';
import { successOnly } from './shapes.ts';
import { doc } from './source.ts';

export * from './ext-es-services.ts';
export * from './ext-es-config.ts';

/**
 * Extension Enhanced Services (doc 1953-3010): 25 services × {set, get, set_osc, get_osc} generated
 * from one table, the 14 `configuration`/`edit` pairs (ext-es-config.ts), the KB-only
 * `extoperationtimes.configuration`, and the four bulk `states.*` methods.
 */

/** `"11: 2."` / `"11: 0."` (doc 2079, 2104): `<Extension ID>: <state code>.` — see SET_SUCCESS_DECISION. */
export const SET_SUCCESS_PATTERN = /^\d+: \d+\.$/;

/** State codes of the `set` success text: the samples pair `2` with `yes` and `0` with `no`. */
export const STATE_CODES: Record<'yes' | 'no' | 'pin', number> = { no: 0, pin: 1, yes: 2 };

const SET_SUCCESS_DECISION: Decision = {
  question: 'What are the two numbers of the `set` success text `"11: 2."` (doc 2079) / `"11: 0."` (doc 2104)?',
  choice:
    '`<Extension ID>: <state code>.` with no=0, pin=1, yes=2 (the samples pair 2 with "yes" and 0 with "no"; pbxware.md §7 A21). Conformance asserts only `state` and that `success` is present.',
};

const DEFAULT_STATE_DECISION: Decision = {
  question: 'The state of a service nobody has set.',
  choice: '`no`, and OSC `no` (pbxware.md §7 A21).',
};

const SELECTOR_ERRORS: PbxwareErrorId[] = ['notFound', 'tenantNotFound', 'masterTenant'];
const GENERIC = doc('2071-2121', 'the methods "each of these services supports"');

export const setSuccess = (states: readonly string[]) =>
  z.object({ success: z.string().regex(SET_SUCCESS_PATTERN), state: z.enum(states as [string, ...string[]]) }).strict();

/** The four methods every service supports (doc 2071-2121), with their request and response shapes. */
const GENERIC_METHODS = [
  {
    method: 'set',
    kind: 'write' as const,
    lines: '2073-2084',
    summary: 'set the state (yes, no or pin)',
    request: esArgs({ state: arg.oneOf(SERVICE_STATES) }),
    response: setSuccess(SERVICE_STATES),
    decisions: [SET_SUCCESS_DECISION],
  },
  {
    method: 'get',
    kind: 'read' as const,
    lines: '2086-2096',
    summary: 'get the state',
    request: esArgs({}),
    response: z.object({ state: serviceState }).strict(),
    decisions: [DEFAULT_STATE_DECISION],
  },
  {
    method: 'set_osc',
    kind: 'write' as const,
    lines: '2098-2109',
    summary: 'set the OSC state (yes or no)',
    request: esArgs({ state: arg.oneOf(OSC_STATES) }),
    response: setSuccess(OSC_STATES),
    decisions: [SET_SUCCESS_DECISION],
  },
  {
    method: 'get_osc',
    kind: 'read' as const,
    lines: '2111-2121',
    summary: 'get the OSC state',
    request: esArgs({}),
    response: z.object({ state: oscState }).strict(),
    decisions: [DEFAULT_STATE_DECISION],
  },
] as const;

export type GenericMethod = (typeof GENERIC_METHODS)[number]['method'];

const genericContracts = ENHANCED_SERVICES.flatMap((service) =>
  GENERIC_METHODS.map((m) =>
    pbxOperation({
      action: `pbxware.ext.es.${service}.${m.method}`,
      summary: `${SERVICE_TITLES[service]} - ${m.summary}`,
      kind: m.kind,
      doc: [doc(m.lines), GENERIC],
      request: m.request,
      response: m.response,
      errors: SELECTOR_ERRORS,
      decisions: [...m.decisions],
      tags: ['enhanced-service', 'generic'],
    }),
  ),
);

/** A flat object service → state with any subset of the 25 keys (doc 2930-2958, 2978-3006). */
const statesMap = (state: z.ZodType) =>
  z.object(Object.fromEntries(ENHANCED_SERVICES.map((s) => [s, state.optional()])) as Record<EnhancedService, z.ZodOptional<z.ZodType>>).strict();

/** `services`: "all or a comma separated list of enhanced services" (doc 2926-2928). */
const servicesArg = z
  .string()
  .max(MAX_ARG_LENGTH)
  .regex(
    new RegExp(`^\\s*(all|(${ENHANCED_SERVICES.join('|')})(\\s*,\\s*(${ENHANCED_SERVICES.join('|')}))*)\\s*$`),
    `must be "all" or a comma separated list of: ${ENHANCED_SERVICES.join(', ')}`,
  );

const perServiceArgs = (state: z.ZodType) =>
  Object.fromEntries(ENHANCED_SERVICES.map((s) => [s, state.optional()])) as Record<EnhancedService, z.ZodOptional<z.ZodType>>;

const STATES_SET_DECISIONS: Decision[] = [
  { question: '`all` together with per-service arguments.', choice: '`all` is applied first, then the named services override it.' },
  { question: 'Neither `all` nor any service argument.', choice: 'Refused (missingArgument): there is nothing to set.' },
  {
    question: 'Permissions of the `states` methods "depend on the permissions … for each individual enhanced service\'s methods" (doc 3010).',
    choice: 'A key that may not call `pbxware.ext.es.<service>.<method>` is refused (permissionDenied) when a states call touches that service; nothing is changed.',
  },
];

const STATES_GET_DECISIONS: Decision[] = [
  { question: 'Key order of the answer.', choice: '`services=all` answers in the sample\'s order (doc 2930-2958); a list answers in the order asked.' },
  {
    question: 'Permissions (doc 3010).',
    choice: 'A key that may not call `pbxware.ext.es.<service>.get` (or `.get_osc`) is refused (permissionDenied) when it asks for that service.',
  },
  DEFAULT_STATE_DECISION,
];

const STATES = doc('2898-2912', 'arguments of the states methods');

const statesContracts = [
  pbxOperation({
    action: 'pbxware.ext.es.states.set',
    summary: 'Set the states of all or selected enhanced services of an extension',
    kind: 'write',
    doc: [doc('2914-2924'), STATES],
    request: esArgs({ ...perServiceArgs(arg.oneOf(SERVICE_STATES)), all: arg.oneOf(OSC_STATES).optional() }),
    response: successOnly,
    errors: [...SELECTOR_ERRORS, 'permissionDenied'],
    decisions: STATES_SET_DECISIONS,
    tags: ['enhanced-service'],
  }),
  pbxOperation({
    action: 'pbxware.ext.es.states.get',
    summary: 'Get the states of all or selected enhanced services of an extension',
    kind: 'read',
    doc: [doc('2926-2960'), STATES],
    request: esArgs({ services: servicesArg }),
    response: statesMap(serviceState),
    errors: [...SELECTOR_ERRORS, 'permissionDenied'],
    decisions: STATES_GET_DECISIONS,
    tags: ['enhanced-service'],
  }),
  pbxOperation({
    action: 'pbxware.ext.es.states.set_osc',
    summary: 'Set the OSC states of all or selected enhanced services of an extension',
    kind: 'write',
    doc: [doc('2962-2972'), STATES],
    request: esArgs({ ...perServiceArgs(arg.oneOf(OSC_STATES)), all: arg.oneOf(OSC_STATES).optional() }),
    response: successOnly,
    errors: [...SELECTOR_ERRORS, 'permissionDenied'],
    decisions: STATES_SET_DECISIONS,
    tags: ['enhanced-service'],
  }),
  pbxOperation({
    action: 'pbxware.ext.es.states.get_osc',
    summary: 'Get the OSC states of all or selected enhanced services of an extension',
    kind: 'read',
    doc: [doc('2974-3010'), STATES],
    request: esArgs({ services: servicesArg }),
    response: statesMap(oscState),
    errors: [...SELECTOR_ERRORS, 'permissionDenied'],
    decisions: STATES_GET_DECISIONS,
    tags: ['enhanced-service'],
  }),
];

export const STATES_SET_SUCCESS = 'Updated Enhanced Service states successfully.';
export const STATES_SET_OSC_SUCCESS = 'Updated Enhanced Service OSC states successfully.';

export const extEsContracts = [...genericContracts, ...extEsConfigContracts, ...statesContracts];
