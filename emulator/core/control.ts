import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { packCoverage } from './coverage.ts';
import { closestNames } from '../../contracts/core/index.ts';
import { describeIssues } from './errors.ts';
import { FaultRuleError } from './faults.ts';
import type { PackContext, VendorPack } from './pack.ts';
import type { Emulator } from './server.ts';

interface ControlDeps {
  pack: VendorPack;
  context: PackContext;
  emulator: Emulator;
}

const AdvanceBody = z.object({ seconds: z.number().finite().nonnegative() }).strict();
const SetBody = z.object({ time: z.union([z.number().finite(), z.string().min(1)]) }).strict();
const ResetBody = z.object({ tenant: z.string().min(1).optional() }).strict().nullish();
const VerifyBody = z
  .object({ operation: z.string().min(1), times: z.number().int().nonnegative().optional(), args: z.record(z.string(), z.unknown()).optional() })
  .strict();
const SeedBody = z
  .object({
    tables: z.record(z.string(), z.record(z.string(), z.unknown())),
    /** Raise id sequences so ids the API allocates next stay clear of the seeded ones. */
    sequences: z.record(z.string(), z.number().int().nonnegative()).optional(),
  })
  .strict();
const JournalQuery = z
  .object({
    operation: z.string().optional(),
    since: z.coerce.number().int().nonnegative().optional(),
    limit: z.coerce.number().int().positive().max(10_000).optional(),
  })
  .strict();

function badRequest(reply: FastifyReply, message: string) {
  return reply.code(400).send({ error: { code: 'bad_request', message } });
}

/**
 * The emulator's own API under /__emulator/ on every vendor port. It speaks plain JSON whatever the
 * vendor speaks, and never reaches into a vendor's format.
 */
export function registerControlApi(app: FastifyInstance, deps: ControlDeps): void {
  const { pack, context, emulator } = deps;
  const startedAt = Date.now();

  app.register(
    async (control) => {
      // The control API always reads JSON bodies, whatever parsers the vendor pack installs.
      control.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
        if (body === '') return done(null, null);
        try {
          done(null, JSON.parse(body as string));
        } catch {
          const error = new Error('body is not valid JSON') as Error & { statusCode: number };
          error.statusCode = 400;
          done(error);
        }
      });
      control.setErrorHandler((error: Error & { statusCode?: number }, _request, reply) => {
        const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
        reply.code(status).send({ error: { code: status === 500 ? 'internal' : 'bad_request', message: error.message } });
      });
      control.setNotFoundHandler((request, reply) =>
        reply.code(404).send({
          error: {
            code: 'not_found',
            message: `no control endpoint ${request.method} ${request.url}`,
            endpoints: [
              'GET health',
              'GET operations',
              'GET state',
              'POST reset',
              'GET snapshot',
              'PUT snapshot',
              'POST seed',
              'POST journal/verify',
              'GET clock',
              'POST clock/advance',
              'POST clock/set',
              'GET journal',
              'GET faults',
              'POST faults',
              'DELETE faults',
              'DELETE faults/:id',
            ],
          },
        }),
      );

      control.get('/health', async () => ({
        status: 'ok',
        vendor: pack.vendor,
        title: pack.title,
        uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
        clock: new Date(context.clock.now()).toISOString(),
        persisted: context.store.file !== undefined,
      }));

      control.get('/operations', async () => packCoverage(pack));

      control.get('/state', async () => ({ vendor: pack.vendor, ...context.state.dump() }));

      control.post('/reset', async (request, reply) => {
        const parsed = ResetBody.safeParse(request.body);
        if (!parsed.success) return badRequest(reply, describeIssues(parsed.error.issues));
        if (parsed.data?.tenant) {
          if (!pack.tenantOf) return badRequest(reply, `${pack.vendor} has no tenants`);
          const outcome = emulator.resetTenant(pack.vendor, parsed.data.tenant);
          await context.store.flush();
          return { reset: pack.vendor, tenant: parsed.data.tenant, ...outcome };
        }
        emulator.reset(pack.vendor);
        await context.store.flush();
        return { reset: pack.vendor };
      });

      control.get('/snapshot', async () => ({
        format: 'pbx-emulator/1',
        vendors: { [pack.vendor]: context.state.dump() },
      }));

      control.put('/snapshot', async (request, reply) => {
        const body = request.body as { format?: unknown; vendors?: Record<string, unknown> } | null;
        if (body?.format !== 'pbx-emulator/1' || !body.vendors || typeof body.vendors !== 'object') {
          return badRequest(reply, 'expected a snapshot: {"format": "pbx-emulator/1", "vendors": {…}}');
        }
        const own = body.vendors[pack.vendor];
        if (!own) return badRequest(reply, `the snapshot holds no ${pack.vendor} state (it has: ${Object.keys(body.vendors).join(', ') || 'nothing'})`);
        try {
          context.store.loadVendor(pack.vendor, own as never);
        } catch (error) {
          return badRequest(reply, (error as Error).message);
        }
        context.runtime.clear();
        await context.store.flush();
        return { loaded: pack.vendor };
      });

      control.post('/seed', async (request, reply) => {
        const parsed = SeedBody.safeParse(request.body);
        if (!parsed.success) return badRequest(reply, `expected {"tables": {"<table>": {"<id>": row}}}: ${describeIssues(parsed.error.issues)}`);
        let rows = 0;
        for (const [name, entries] of Object.entries(parsed.data.tables)) {
          const table = context.state.table<unknown>(name);
          for (const [id, row] of Object.entries(entries)) {
            table.set(id, row);
            rows++;
          }
        }
        for (const [sequence, value] of Object.entries(parsed.data.sequences ?? {})) context.state.reserveId(sequence, value);
        await context.store.flush();
        return { seeded: rows };
      });

      control.get('/clock', async () => clockView(context));

      control.post('/clock/advance', async (request, reply) => {
        const parsed = AdvanceBody.safeParse(request.body);
        if (!parsed.success) return badRequest(reply, `expected {"seconds": n ≥ 0}: ${describeIssues(parsed.error.issues)}`);
        context.clock.advance(parsed.data.seconds);
        return clockView(context);
      });

      control.post('/clock/set', async (request, reply) => {
        const parsed = SetBody.safeParse(request.body);
        if (!parsed.success) return badRequest(reply, `expected {"time": epoch ms or ISO date}: ${describeIssues(parsed.error.issues)}`);
        const epoch = typeof parsed.data.time === 'number' ? parsed.data.time : Date.parse(parsed.data.time);
        if (!Number.isFinite(epoch)) return badRequest(reply, `"${parsed.data.time}" is not a date`);
        context.clock.set(epoch);
        return clockView(context);
      });

      control.get('/faults', async () => context.faults.list());

      control.post('/faults', async (request, reply) => {
        try {
          return reply.code(201).send(context.faults.add(request.body));
        } catch (error) {
          if (error instanceof FaultRuleError) return badRequest(reply, error.message);
          throw error;
        }
      });

      control.delete('/faults', async () => {
        context.faults.clear();
        return { cleared: true };
      });

      control.delete('/faults/:id', async (request, reply) => {
        const id = Number((request.params as { id: string }).id);
        if (!context.faults.remove(id)) {
          return reply.code(404).send({ error: { code: 'not_found', message: `no fault rule ${id}` } });
        }
        return { removed: id };
      });

      control.post('/journal/verify', async (request, reply) => {
        const parsed = VerifyBody.safeParse(request.body);
        if (!parsed.success) return badRequest(reply, `expected {"operation", "times"?, "args"?}: ${describeIssues(parsed.error.issues)}`);
        if (!pack.contracts.some((c) => c.id === parsed.data.operation)) {
          const hints = closestNames(parsed.data.operation, pack.contracts.map((c) => c.id));
          return badRequest(reply, `unknown operation "${parsed.data.operation}"${hints.length ? `; closest: ${hints.join(', ')}` : ''}`);
        }
        return context.journal.verify(pack.vendor, parsed.data);
      });

      control.get('/journal', async (request, reply) => {
        const parsed = JournalQuery.safeParse(request.query);
        if (!parsed.success) return badRequest(reply, describeIssues(parsed.error.issues));
        return context.journal.list({ vendor: pack.vendor, ...parsed.data });
      });
    },
    { prefix: '/__emulator' },
  );
}

function clockView(context: PackContext) {
  const now = context.clock.now();
  return { now, iso: new Date(now).toISOString(), frozen: context.clock.frozen };
}
