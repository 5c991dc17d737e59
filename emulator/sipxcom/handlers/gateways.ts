import type { GatewayInput } from '../../../contracts/sipxcom/gateways.ts';
import { fail, notFound, type SipxCall, type SipxHandler } from '../call.ts';
import { settingsHandlers, type LocateSettings } from './device-settings.ts';
import { findBranch } from '../models/branches.ts';
import {
  GATEWAY_MODELS,
  dropGatewaySettings,
  gatewayModelEntry,
  gatewayModelView,
  gatewayPortIds,
  gatewayTree,
  gatewayView,
  gateways,
  portOwner,
  portTree,
  type GatewayRow,
} from '../models/gateways.ts';
import { MAC, normaliseSerial } from '../models/phones.ts';

type GatewayArgs = { gatewayId: string };
type PortArgs = GatewayArgs & { portId: string };

function gatewayOr404(call: SipxCall, key: string): GatewayRow {
  const row = /^\d{1,9}$/.test(key) ? gateways(call.context).get(Number(key)) : undefined;
  return row ?? notFound(call, `gateway ${key}`);
}

function portOr404(call: SipxCall<PortArgs>): [GatewayRow, number] {
  const gateway = gatewayOr404(call, call.args.gatewayId);
  const port = /^\d{1,4}$/.test(call.args.portId) ? Number(call.args.portId) : NaN;
  if (!gatewayPortIds(gateway).includes(port)) notFound(call, `port ${call.args.portId} of gateway ${gateway.id}`);
  return [gateway, port];
}

const invalid = (message: string): never => fail('validationFailed', `Failed input validation: ${message}`);
const blankToNull = (value: string | null | undefined) => (value === undefined ? undefined : value === null || value.trim() === '' ? null : value.trim());

/** The changes a body makes to `base` (a new gateway's defaults or the stored row), checked. */
function applyInput(call: SipxCall, base: GatewayRow, input: GatewayInput): GatewayRow {
  const { context } = call;
  const next: GatewayRow = { ...base, callerAliasInfo: { ...base.callerAliasInfo } };
  if (input.name !== undefined) {
    const name = input.name.trim();
    if (name === '') invalid('name must not be empty');
    if (gateways(context).values().some((g) => g.name === name && g.id !== base.id)) fail('duplicate', `Failed input validation: a gateway is already named ${name}`);
    next.name = name;
  }
  if (input.model !== undefined) {
    const modelId = typeof input.model === 'string' ? input.model : input.model.modelId;
    if (!gatewayModelEntry(modelId)) invalid(`unknown gateway model ${JSON.stringify(modelId)} (GET /gateways/models lists them)`);
    if (base.modelId !== '' && modelId !== base.modelId) invalid(`the model of gateway ${base.id} is ${base.modelId}; a gateway keeps its model`);
    next.modelId = modelId;
  }
  if (input.serialNo !== undefined) {
    const serial = blankToNull(input.serialNo);
    if (serial !== null && !MAC.test(normaliseSerial(serial) ?? '')) invalid('serialNo must be a MAC address (12 hex digits)');
    next.serialNo = serial === null ? null : normaliseSerial(serial)!;
  }
  for (const key of ['description', 'address', 'outboundAddress', 'prefix'] as const) {
    const value = blankToNull(input[key]);
    if (value !== undefined) next[key] = value;
  }
  for (const key of ['enabled', 'shared', 'useInternalBridge'] as const) if (input[key] !== undefined) next[key] = input[key]!;
  for (const key of ['addressPort', 'outboundPort', 'addressTransport'] as const) if (input[key] !== undefined) (next as unknown as Record<string, unknown>)[key] = input[key];
  if (input.branch !== undefined) {
    if (input.branch === null || input.branch === '') next.branchId = null;
    else next.branchId = findBranch(context, input.branch)?.id ?? invalid(`no branch ${JSON.stringify(input.branch)}`);
  }
  const alias = { ...input.callerAliasInfo };
  // The property table's top-level names (doc 959-973; quirk gateway-table-vs-json).
  if (context.quirks['gateway-table-vs-json'] !== false) {
    alias.anonymous ??= input.anonymous;
    alias.ignoreUserInfo ??= input.ignoreUserInfo;
    alias.transformUserExtension ??= input.transformUserExtensions;
    alias.keepDigits ??= input.keepDigits;
  }
  for (const [key, value] of Object.entries(alias)) {
    if (value === undefined) continue;
    (next.callerAliasInfo as unknown as Record<string, unknown>)[key] = typeof value === 'string' || value === null ? blankToNull(value as string | null) : value;
  }
  const model = gatewayModelEntry(next.modelId);
  if (input.deviceVersion !== undefined) {
    const version = blankToNull(input.deviceVersion) ?? null;
    if (version !== null && !(model?.versions ?? []).includes(version)) invalid(`deviceVersion ${version} is not a version of ${next.modelId}`);
    next.deviceVersion = version;
  }
  return next;
}

function newGateway(id: number): GatewayRow {
  return {
    id,
    name: '',
    serialNo: null,
    deviceVersion: null,
    description: null,
    modelId: '',
    enabled: true,
    address: null,
    addressPort: 5060,
    outboundAddress: null,
    outboundPort: 5060,
    addressTransport: 'none',
    prefix: null,
    shared: true,
    useInternalBridge: false,
    branchId: null,
    callerAliasInfo: {
      defaultCallerAlias: null,
      anonymous: false,
      ignoreUserInfo: false,
      transformUserExtension: false,
      addPrefix: null,
      keepDigits: 0,
      displayName: null,
      urlParameters: null,
    },
  };
}

/** Where the settings of a gateway and of one of its ports live. */
const locateGateway: LocateSettings = (call: SipxCall<GatewayArgs>) => {
  const gateway = gatewayOr404(call, call.args.gatewayId);
  return { tree: gatewayTree(gateway), owner: gateway.id };
};
const locatePort: LocateSettings = (call: SipxCall<PortArgs>) => {
  const [gateway, port] = portOr404(call);
  return { tree: portTree(gateway), owner: portOwner(gateway.id, port) };
};

export const gatewayHandlers: Record<string, SipxHandler> = {
  'GET /gateways': (call: SipxCall) => ({
    gateways: gateways(call.context)
      .values()
      .sort((a, b) => a.id - b.id)
      .map((g) => gatewayView(call.context, g)),
  }),

  'GET /gateways/models': () => ({ models: GATEWAY_MODELS.map(gatewayModelView) }),

  'GET /gateways/{gatewayId}': (call: SipxCall<GatewayArgs>) => gatewayView(call.context, gatewayOr404(call, call.args.gatewayId)),

  'POST /gateways/{gatewayId}': (call: SipxCall<GatewayArgs & { body: GatewayInput }>) => {
    const { context, args } = call;
    if (!/^\d{1,9}$/.test(args.gatewayId) || Number(args.gatewayId) < 1) invalid(`the gateway ID must be a whole number ≥ 1, not ${args.gatewayId}`);
    const id = Number(args.gatewayId);
    if (gateways(context).has(id)) fail('duplicate', `Failed input validation: gateway ${id} already exists (PUT updates it)`);
    if (args.body.name === undefined) invalid('name is required');
    if (args.body.model === undefined) invalid('model is required (GET /gateways/models lists them)');
    const row = applyInput(call, newGateway(id), args.body);
    if (args.body.useInternalBridge === undefined) row.useInternalBridge = row.modelId === 'sipTrunkStandard';
    gateways(context).set(id, row);
    return undefined;
  },

  'PUT /gateways/{gatewayId}': (call: SipxCall<GatewayArgs & { body: GatewayInput }>) => {
    const gateway = gatewayOr404(call, call.args.gatewayId);
    gateways(call.context).set(gateway.id, applyInput(call, gateway, call.args.body));
    return undefined;
  },

  'DELETE /gateways/{gatewayId}': (call: SipxCall<GatewayArgs>) => {
    const gateway = gatewayOr404(call, call.args.gatewayId);
    dropGatewaySettings(call.context, gateway);
    gateways(call.context).delete(gateway.id);
    return undefined;
  },

  ...settingsHandlers({ collection: '/gateways/{gatewayId}/settings', path: '/gateways/{gatewayId}/settings/{path:.*}' }, locateGateway),
  ...settingsHandlers(
    { collection: '/gateways/{gatewayId}/port/{portId}/settings', collectionWrites: true, path: '/gateways/{gatewayId}/port/{portId}/settings/{path:.*}' },
    locatePort,
  ),
};
