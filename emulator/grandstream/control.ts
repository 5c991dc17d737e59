import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { describeIssues, VendorError } from '../core/errors.ts';
import type { PackContext } from '../core/pack.ts';
import { calls } from './calls.ts';
import { findApiUser } from './models/api-user.ts';

/**
 * The pack's own control route beside the core's `/__emulator/*`: injecting an inbound trunk call
 * (which the document's Call Control acts on, doc 53, 4692-4762) and looking at live calls.
 *
 *   POST /__emulator/grandstream/calls {"from": "0123456789", "to": "1001", "from_name"?, "trunk"?,
 *        "call_control"?: true, "ring_seconds"?, "talk_seconds"?, "record"?: false}
 *     → 201 {"channel": "PJSIP/trunk_1-0000002a", "linkedid", "state": "waiting"|"ringing"}
 *   GET  /__emulator/grandstream/calls → the live calls with their legs (state, muted, held)
 *
 * `call_control` defaults to the main API user's Call Control (on): the call waits up to
 * `api_settings.login.call_control_timeout_seconds` (10) for acceptCall/refuseCall, then is accepted.
 */
export const CALLS_ROUTE = '/__emulator/grandstream/calls';

const InboundBody = z
  .object({
    from: z.string().regex(/^[0-9*#+]{1,32}$/),
    to: z.string().min(1).max(32),
    from_name: z.string().max(64).optional(),
    trunk: z.string().regex(/^\d{1,6}$/).optional(),
    call_control: z.boolean().optional(),
    ring_seconds: z.number().int().min(0).max(3600).optional(),
    talk_seconds: z.number().int().min(0).max(86400).optional(),
    record: z.boolean().optional(),
  })
  .strict();

export function registerCallControlRoutes(app: FastifyInstance, context: PackContext): void {
  app.register(async (routes) => {
    // Only beside the core control API (absent with --no-control).
    if (!app.hasRoute({ method: 'GET', url: '/__emulator/health' })) return;
    routes.get(CALLS_ROUTE, async () => ({ calls: calls(context).snapshot() }));
    routes.post(CALLS_ROUTE, async (request, reply) => {
      const parsed = InboundBody.safeParse(request.body ?? {});
      if (!parsed.success) {
        return reply.code(400).send({ error: { code: 'bad_request', message: `expected {"from", "to", …}: ${describeIssues(parsed.error.issues)}` } });
      }
      const body = parsed.data;
      const callControl = body.call_control ?? findApiUser(context, context.credentials.user)?.call_control === 'yes';
      try {
        const live = calls(context).inbound({
          from: body.from,
          to: body.to,
          fromName: body.from_name,
          trunk: body.trunk,
          callControl,
          ringSeconds: body.ring_seconds,
          talkSeconds: body.talk_seconds,
          record: body.record,
        });
        await context.store.flush();
        return reply.code(201).send({ channel: live.a.channel, linkedid: live.linkedid, state: live.phase === 'control' ? 'waiting' : 'ringing' });
      } catch (error) {
        if (error instanceof VendorError) return reply.code(404).send({ error: { code: 'not_found', message: error.message } });
        throw error;
      }
    });
  });
}
