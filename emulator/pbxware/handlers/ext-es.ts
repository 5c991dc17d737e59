import {
  CONFIGURABLE_SERVICES,
  EDIT_SUCCESS,
  ENHANCED_SERVICES,
  STATES_SAMPLE_ORDER,
  STATES_SET_OSC_SUCCESS,
  STATES_SET_SUCCESS,
  STATE_CODES,
  type EnhancedService,
  type GenericMethod,
  type ServiceState,
} from '../../../contracts/pbxware/ext-es.ts';
import type { PackContext } from '../../core/pack.ts';
import { fail, type PbxHandler, type PbxHandlers } from '../call.ts';
import { apiKeys, keyAllows } from '../models/apikey.ts';
import {
  configOf,
  oscStateOf,
  serviceStateOf,
  writeConfig,
  writeStates,
  type ConfigurableService,
} from '../models/enhanced-services.ts';
import { resolveExtension, type ExtensionRecord } from '../models/extension.ts';
import { resolveServer } from '../models/tenant.ts';
import { CONFIG_EDITORS, extOperationTimesView } from './ext-es-config.ts';

/**
 * Extension Enhanced Services (doc 1953-3010). Every action names an extension by `id` and its tenant
 * by `server` (doc 1955-1966): the tenant must exist (Master refused in Tenant Mode) and the
 * extension must belong to it.
 */
function esExtension(context: PackContext, args: Record<string, any>): ExtensionRecord {
  const tenant = resolveServer(context, args.server);
  return resolveExtension(context, tenant.id, { id: args.id });
}

/** `set` / `set_osc` answer `"<Extension ID>: <state code>."` (doc 2079, 2104; pbxware.md §7 A21). */
const setSuccess = (extension: ExtensionRecord, state: ServiceState) => ({
  success: `${extension.id}: ${STATE_CODES[state]}.`,
  state,
});

/** The four methods every service supports (doc 2071-2121), for one service. */
function genericHandlers(service: EnhancedService): Record<GenericMethod, PbxHandler> {
  return {
    set: ({ args, context }) => {
      const extension = esExtension(context, args);
      writeStates(context.state, extension.id, 'states', { [service]: args.state });
      return setSuccess(extension, args.state);
    },
    get: ({ args, context }) => ({ state: serviceStateOf(context.state, esExtension(context, args).id, service) }),
    set_osc: ({ args, context }) => {
      const extension = esExtension(context, args);
      writeStates(context.state, extension.id, 'osc', { [service]: args.state });
      return setSuccess(extension, args.state);
    },
    get_osc: ({ args, context }) => ({ state: oscStateOf(context.state, esExtension(context, args).id, service) }),
  };
}

/**
 * "Permissions for getting and setting the states of specific enhanced services through the `states`
 * methods depend on the permissions specified for each individual enhanced service's methods" (doc
 * 3010): a key with an allow-list must be allowed `pbxware.ext.es.<service>.<method>` for every
 * service a states call touches. The Master Key and the built-in restricted key (all of `ext.*`) may.
 */
function requireServicePermission(context: PackContext, apikey: string | undefined, services: readonly EnhancedService[], method: GenericMethod) {
  const record = apikey === undefined ? undefined : apiKeys(context.state).get(apikey);
  if (!record) return;
  const refused = services.find((s) => !keyAllows(record, `pbxware.ext.es.${s}.${method}`));
  if (refused) fail('permissionDenied', `API key has no permission for action 'pbxware.ext.es.${refused}.${method}'.`);
}

/** `services`: "all" (sample order, doc 2930-2958) or a comma separated list, answered in the order asked. */
function requestedServices(services: string): EnhancedService[] {
  const trimmed = services.trim();
  if (trimmed === 'all') return [...STATES_SAMPLE_ORDER];
  return [...new Set(trimmed.split(',').map((s) => s.trim() as EnhancedService))];
}

function statesGet(which: 'states' | 'osc'): PbxHandler {
  return ({ args, context }) => {
    const extension = esExtension(context, args);
    const services = requestedServices(args.services);
    requireServicePermission(context, args.apikey, services, which === 'states' ? 'get' : 'get_osc');
    const read = which === 'states' ? serviceStateOf : oscStateOf;
    return Object.fromEntries(services.map((s) => [s, read(context.state, extension.id, s)]));
  };
}

/** `states.set` / `states.set_osc` (doc 2914-2972): `all` first, then the named services. */
function statesSet(which: 'states' | 'osc'): PbxHandler {
  return ({ args, context }) => {
    const extension = esExtension(context, args);
    const values: Partial<Record<EnhancedService, ServiceState>> = {};
    if (args.all !== undefined) for (const s of ENHANCED_SERVICES) values[s] = args.all;
    for (const s of ENHANCED_SERVICES) if (args[s] !== undefined) values[s] = args[s];
    const touched = Object.keys(values) as EnhancedService[];
    if (touched.length === 0) {
      fail('missingArgument', 'Missing required argument: all or at least one enhanced service name.');
    }
    requireServicePermission(context, args.apikey, touched, which === 'states' ? 'set' : 'set_osc');
    writeStates(context.state, extension.id, which, values);
    return { success: which === 'states' ? STATES_SET_SUCCESS : STATES_SET_OSC_SUCCESS };
  };
}

/** `configuration` and `edit` of one configurable service (doc 2123-2896). */
function configHandlers<S extends ConfigurableService>(service: S): PbxHandlers {
  const editor = CONFIG_EDITORS[service];
  return {
    [`pbxware.ext.es.${service}.configuration`]: ({ args, context }) => {
      const extension = esExtension(context, args);
      return editor.view(configOf(context.state, extension.id, service), context);
    },
    [`pbxware.ext.es.${service}.edit`]: ({ args, context }) => {
      const extension = esExtension(context, args);
      const next = editor.apply(configOf(context.state, extension.id, service), args, context);
      writeConfig(context.state, extension.id, service, next);
      return { success: EDIT_SUCCESS };
    },
  };
}

export const extEsHandlers: PbxHandlers = {
  ...Object.fromEntries(
    ENHANCED_SERVICES.flatMap((service) =>
      Object.entries(genericHandlers(service)).map(([method, handler]) => [`pbxware.ext.es.${service}.${method}`, handler]),
    ),
  ),
  ...Object.assign({}, ...CONFIGURABLE_SERVICES.map(({ service }) => configHandlers(service as ConfigurableService))),
  'pbxware.ext.es.extoperationtimes.configuration': ({ args, context }) => {
    esExtension(context, args);
    return extOperationTimesView();
  },
  'pbxware.ext.es.states.get': statesGet('states'),
  'pbxware.ext.es.states.get_osc': statesGet('osc'),
  'pbxware.ext.es.states.set': statesSet('states'),
  'pbxware.ext.es.states.set_osc': statesSet('osc'),
};
