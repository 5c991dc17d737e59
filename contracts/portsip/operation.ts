import type { z } from 'zod';
import { defineOperation, type Decision, type DocRef, type HttpMethod, type OperationExample } from '../core/index.ts';
import type { PortsipErrorId } from './errors.ts';

export interface PortsipOperationInput<Req extends z.ZodType, Res extends z.ZodType> {
  /** The id the index gives (`POST /api/extensions/create`); defaults to `<method> <path>`. */
  id?: string;
  method: HttpMethod;
  path: string;
  summary: string;
  kind: 'read' | 'write';
  doc: DocRef[];
  request: Req;
  response: Res;
  errors?: PortsipErrorId[];
  decisions?: Decision[];
  examples?: OperationExample[];
  /** False for the token operations themselves. */
  authenticated?: boolean;
  tags?: string[];
}

/** Decisions every PortSIP operation shares (portsip.md §7 B2, B4, B21). */
const COMMON_DECISIONS: Decision[] = [
  {
    question: 'Which HTTP method? (the document shows none for any operation)',
    choice: 'GET for operations whose sample is a URL with a query string, POST with a JSON body for those whose sample is a JSON object (portsip.md B2; v12 pages use GET for list/show and POST for create/destroy). Other methods answer 405 unless quirk lenient-methods is on.',
    quirk: 'lenient-methods',
  },
  {
    question: 'Where does access_token travel?',
    choice: 'Query parameter, JSON body member or `access_token` request header, all accepted (seed samples use the first two; field evidence the header).',
  },
  {
    question: 'What does an error look like? (no error model in the document)',
    choice: 'Non-2xx (401 token, 400 validation, 404 unknown record, 409 duplicate, 413/415 upload) with JSON `{"error": id, "message": text}` (field evidence: "Errors are non-2xx with a JSON body"). Quirk all-errors-400 answers every error with 400.',
    quirk: 'all-errors-400',
  },
  {
    question: 'Unknown request fields?',
    choice: 'Refused with 400 (the issue asks for it; the document lists every field).',
  },
];

export function portsipOperation<Req extends z.ZodType, Res extends z.ZodType>(input: PortsipOperationInput<Req, Res>) {
  const { id, method, path, errors = [], decisions = [], authenticated = true, tags = [], ...rest } = input;
  return defineOperation({
    vendor: 'portsip',
    id: id ?? `${method} ${path}`,
    transport: { kind: 'rest', method, path },
    ...rest,
    decisions: [...decisions, ...COMMON_DECISIONS],
    tags: [...tags, ...(authenticated ? [] : ['no-token'])],
    errors: [...(authenticated ? ['missingToken', 'invalidToken', 'expiredToken'] : []), 'invalidParameter', 'malformedBody', 'methodNotAllowed', ...errors],
  });
}

/** Whether an operation needs a token (everything but the token operations). */
export function needsToken(contract: { tags: readonly string[] }): boolean {
  return !contract.tags.includes('no-token');
}
