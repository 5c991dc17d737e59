import type { z } from 'zod';
import { defineOperation, type Decision, type DocRef, type OperationExample } from '../core/index.ts';
import type { PbxwareErrorId } from './errors.ts';

export interface PbxOperationInput<Req extends z.ZodType, Res extends z.ZodType> {
  action: string;
  summary: string;
  kind: 'read' | 'write';
  doc: DocRef[];
  request: Req;
  response: Res;
  errors?: PbxwareErrorId[];
  decisions?: Decision[];
  examples?: OperationExample[];
  declined?: string;
  tags?: string[];
}

/** Every PBXware action is reachable by GET and POST on `/` (doc 81-103; KB 18-23). */
export function pbxOperation<Req extends z.ZodType, Res extends z.ZodType>(input: PbxOperationInput<Req, Res>) {
  const { action, errors = [], ...rest } = input;
  return defineOperation({
    vendor: 'pbxware',
    id: action,
    transport: { kind: 'action', action, methods: ['GET', 'POST'] },
    ...rest,
    // Every action can answer these: a bad key, a key without permission, malformed arguments.
    errors: ['invalidApiKey', 'permissionDenied', 'missingArgument', 'invalidArgument', ...errors],
  });
}
