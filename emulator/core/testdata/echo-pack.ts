import { z } from 'zod';
import { defineErrors, defineOperation } from '../../../contracts/core/index.ts';
import { VendorError } from '../errors.ts';
import { invokeOperation } from '../invoke.ts';
import type { VendorPack } from '../pack.ts';

/** A minimal vendor pack for testing the core without any real vendor. */
const errors = defineErrors({ bad: { httpStatus: 400, message: 'bad input' } });

export const echoContracts = [
  defineOperation({
    vendor: 'portsip',
    id: 'echo.put',
    summary: 'stores a value',
    transport: { kind: 'rest', method: 'POST', path: '/put' },
    kind: 'write',
    doc: [{ seed: '003_ed428bb7757706a2.txt', lines: '1-2' }],
    request: z.object({ key: z.string(), value: z.string() }),
    response: z.object({ stored: z.string() }).strict(),
  }),
  defineOperation({
    vendor: 'portsip',
    id: 'echo.broken',
    summary: 'answers something its contract forbids',
    transport: { kind: 'rest', method: 'GET', path: '/broken' },
    kind: 'read',
    doc: [{ seed: '003_ed428bb7757706a2.txt', lines: '3-4' }],
    request: z.object({}),
    response: z.object({ ok: z.literal(true) }).strict(),
  }),
  defineOperation({
    vendor: 'portsip',
    id: 'echo.declined',
    summary: 'not served',
    transport: { kind: 'rest', method: 'GET', path: '/declined' },
    kind: 'read',
    doc: [{ seed: '003_ed428bb7757706a2.txt', lines: '5' }],
    request: z.object({}),
    response: z.object({}),
    declined: 'needs hardware',
  }),
];

export const echoPack: VendorPack = {
  vendor: 'portsip',
  title: 'Echo (test pack)',
  scheme: 'http',
  defaultPort: 0,
  contracts: echoContracts,
  errors,
  quirks: [],
  credentials: [{ name: 'token', description: 'test', default: 'default-token', env: 'ECHO_TOKEN' }],
  served: () => new Set(['echo.put', 'echo.broken']),
  seedFixtures(state) {
    state.table('values').set('seeded', { value: 'yes' });
  },
  register(app, context) {
    const handlers = {
      'echo.put': ({ args }: { args: { key: string; value: string } }) => {
        context.state.table('values').set(args.key, { value: args.value });
        return { stored: args.key };
      },
      'echo.broken': () => ({ ok: 'no' }),
    };
    for (const contract of echoContracts.filter((c) => !c.declined)) {
      if (contract.transport.kind !== 'rest') continue;
      app.route({
        method: contract.transport.method,
        url: contract.transport.path,
        handler: async (request, reply) => {
          request.pbxOperation = contract.id;
          try {
            return await invokeOperation({
              contract,
              handler: handlers[contract.id as keyof typeof handlers] as never,
              context,
              rawArgs: request.method === 'GET' ? request.query : request.body,
              extra: {},
              invalidRequest: () => new VendorError(errors.bad),
            });
          } catch (error) {
            if (error instanceof VendorError) {
              request.pbxError = error.id;
              return reply.code(error.definition.httpStatus).send({ error: error.message });
            }
            return reply.code(500).send({ error: (error as Error).message });
          }
        },
      });
    }
  },
};
