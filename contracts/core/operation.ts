import { z } from 'zod';

export type VendorId = 'pbxware' | 'grandstream' | 'portsip' | 'sipxcom';
export const VENDORS: readonly VendorId[] = ['pbxware', 'grandstream', 'portsip', 'sipxcom'];

/** Where in a seed document a contract comes from: `<seed file>:<first>-<last>`. */
export interface DocRef {
  seed: string;
  lines: string;
  /** What the cited passage establishes, when one operation cites several passages. */
  note?: string;
}

/**
 * A choice the document leaves open, recorded next to the contract that makes it.
 * `quirk` names the switch in the vendor's quirk registry when the choice is switchable.
 */
export interface Decision {
  question: string;
  choice: string;
  quirk?: string;
}

export interface OperationExample {
  title?: string;
  request: Record<string, unknown>;
  response: unknown;
  doc?: DocRef;
}

/**
 * How the operation is reached:
 * - `action`: one endpoint, the operation named by a request argument (PBXware `action=`, Grandstream `request.action`);
 * - `rest`: an HTTP method and a path template (`/api/extensions/{id}`).
 */
export type Transport =
  | { kind: 'action'; action: string; methods: readonly HttpMethod[] }
  | { kind: 'rest'; method: HttpMethod; path: string };

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

export interface OperationContract<
  Req extends z.ZodType = z.ZodType,
  Res extends z.ZodType = z.ZodType,
> {
  vendor: VendorId;
  /** The vendor's own name for the operation (`pbxware.ext.add`, `GET /sipxconfig/rest/phone/{id}`). */
  id: string;
  summary: string;
  transport: Transport;
  kind: 'read' | 'write';
  doc: readonly DocRef[];
  /** Arguments as the vendor receives them (query and form fields, JSON body, path params). */
  request: Req;
  /** The success body as the document shows it, quirks included. */
  response: Res;
  /** Error ids from the vendor's error catalogue that this operation can answer. */
  errors: readonly string[];
  examples: readonly OperationExample[];
  decisions: readonly Decision[];
  /** Set when the emulator deliberately does not serve the operation; the reason is shown in coverage. */
  declined?: string;
  /** Free-form tags (`tenant-scoped`, `enhanced-service`, …) used by suites and reports. */
  tags: readonly string[];
}

export type OperationInput<Req extends z.ZodType, Res extends z.ZodType> = Omit<
  OperationContract<Req, Res>,
  'errors' | 'examples' | 'decisions' | 'tags'
> &
  Partial<Pick<OperationContract<Req, Res>, 'errors' | 'examples' | 'decisions' | 'tags'>>;

const SEED_FILE = /^\d{3}_[0-9a-f]{16}\.txt$/;
const LINE_RANGE = /^\d+(-\d+)?$/;

export class ContractDefinitionError extends Error {}

/** Defines one documented operation. Every contract must cite the seed passage it comes from. */
export function defineOperation<Req extends z.ZodType, Res extends z.ZodType>(
  input: OperationInput<Req, Res>,
): OperationContract<Req, Res> {
  if (input.doc.length === 0) {
    throw new ContractDefinitionError(`${input.id}: a contract must cite at least one seed passage`);
  }
  for (const ref of input.doc) {
    if (!SEED_FILE.test(ref.seed) || !LINE_RANGE.test(ref.lines)) {
      throw new ContractDefinitionError(
        `${input.id}: citation ${ref.seed}:${ref.lines} is not "<seed file>:<first>-<last>"`,
      );
    }
    const [first, last = first] = ref.lines.split('-').map(Number);
    if (last < first) {
      throw new ContractDefinitionError(`${input.id}: citation ${ref.seed}:${ref.lines} runs backwards`);
    }
  }
  return Object.freeze({
    errors: [],
    examples: [],
    decisions: [],
    tags: [],
    ...input,
  });
}

export function citation(ref: DocRef): string {
  return `${ref.seed}:${ref.lines}`;
}
