import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { portsipContracts } from '../../contracts/portsip/index.ts';
import { portsipErrors } from '../../contracts/portsip/errors.ts';
import { portsipQuirks } from '../../contracts/portsip/quirks.ts';
import { seedPortsip } from '../../fixtures/portsip/index.ts';
import { ContractViolation, VendorError } from '../core/errors.ts';
import { TransportFaultApplied } from '../core/faults.ts';
import type { PackContext, VendorPack } from '../core/pack.ts';
import { portsipHandlers } from './handlers/index.ts';
import { sendError } from './render.ts';
import { registerRoutes } from './routes.ts';
import { tokenStore } from './sessions.ts';
import { portsipSettings } from './settings.ts';

/**
 * PortSIP PBX, the v12–v16 REST generation: `/api/extensions/…` verb-in-path routes, GET with a query
 * string for reads, POST with a JSON body for writes, a 32-character `access_token` valid 30 seconds,
 * errors as non-2xx JSON. HTTP on 8899 and HTTPS (self-signed) on 8900 share one token store.
 */
export const portsipPack: VendorPack = {
  vendor: 'portsip',
  title: 'PortSIP PBX',
  scheme: 'http',
  defaultPort: 8899,
  extraListeners: [{ name: 'https', scheme: 'https', defaultPort: 8900 }],
  contracts: portsipContracts,
  errors: portsipErrors,
  quirks: portsipQuirks,
  credentials: [
    { name: 'user', description: 'administrator name for POST /api/account/credentials/verify', default: 'admin', env: 'PORTSIP_USER' },
    { name: 'password', description: 'its password', default: 'admin123', env: 'PORTSIP_PASSWORD' },
  ],
  served: () => new Set(Object.keys(portsipHandlers)),
  seedFixtures: seedPortsip,
  register: registerPortsip,
  redact: (text) =>
    text
      .replace(/([?&](?:access_token|auth|password)=)[^&]*/gi, '$1***')
      .replace(/("(?:access_token|password|web_access_password|voicemail_pin|auth)"\s*:\s*")[^"]*/gi, '$1***'),
};

async function registerPortsip(app: FastifyInstance, context: PackContext): Promise<void> {
  const settings = portsipSettings();
  tokenStore(context);
  await app.register(formbody, { bodyLimit: 1024 * 1024 });
  await app.register(multipart, {
    // Keep the client's file name as sent, so a name with a path is refused rather than silently cut.
    preservePath: true,
    limits: { fileSize: settings.greetingMaxBytes, files: 1, fields: 10, fieldSize: 4096, parts: 12, headerPairs: 100 },
  });

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof TransportFaultApplied) return;
    if (error instanceof ContractViolation) return reply.code(500).send({ error: error.message, contractViolation: true });
    if (error instanceof VendorError) return sendError(request, reply, error, context.quirks);
    const status = (error as { statusCode?: number }).statusCode;
    const message = (error as Error).message?.slice(0, 300) ?? 'Bad request';
    if (status === 413) return sendError(request, reply, new VendorError(portsipErrors.fileTooLarge, message), context.quirks);
    if (status === 415) return sendError(request, reply, new VendorError(portsipErrors.unsupportedMediaType), context.quirks);
    if (status && status < 500) return sendError(request, reply, new VendorError(portsipErrors.malformedBody, `Malformed request: ${message}`), context.quirks);
    request.log.error(error);
    return reply.code(500).type('application/json').send(JSON.stringify({ error: 'internal', message: 'Internal emulator error.' }));
  });

  registerRoutes(app, context);

  app.setNotFoundHandler((request, reply) =>
    sendError(request, reply, new VendorError(portsipErrors.unknownRoute, `No such API: ${request.method} ${request.url.split('?')[0].slice(0, 200)}.`), context.quirks),
  );
}
