import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OperationContract } from '../../contracts/core/index.ts';
import { sipxcomContracts } from '../../contracts/sipxcom/index.ts';
import { sipxcomErrors } from '../../contracts/sipxcom/errors.ts';
import { sipxMeta } from '../../contracts/sipxcom/operation.ts';
import { sipxcomQuirks } from '../../contracts/sipxcom/quirks.ts';
import { seedSipxcom } from '../../fixtures/sipxcom/index.ts';
import { ContractViolation, VendorError, describeIssues } from '../core/errors.ts';
import { TransportFaultApplied } from '../core/faults.ts';
import type { PackContext, VendorPack } from '../core/pack.ts';
import { registerRestOperations } from '../core/rest.ts';
import { authenticate, challenges } from './auth.ts';
import { decodeBody, MAX_BODY_BYTES } from './body.ts';
import { sipxcomHandlers } from './handlers/index.ts';
import { MAX_UPLOAD_BYTES, readUpload } from './multipart.ts';
import { errorBody, sendBody, withStatus } from './render.ts';

/**
 * sipXcom (sipxconfig): REST under /sipxconfig/rest/ and /sipxconfig/api/ (doc 61-69), HTTPS with a
 * self-signed certificate plus a plain-HTTP listener (field evidence), HTTP Basic and Digest for the
 * superadmin and for users (user name + PIN), XML or JSON by `Accept`, errors as the
 * `<response><code/><message/></response>` envelope.
 */
export const sipxcomPack: VendorPack = {
  vendor: 'sipxcom',
  title: 'sipXcom (sipxconfig)',
  scheme: 'https',
  defaultPort: 8443,
  extraListeners: [{ name: 'http', scheme: 'http', defaultPort: 8080 }],
  contracts: sipxcomContracts,
  errors: sipxcomErrors,
  quirks: sipxcomQuirks,
  credentials: [
    { name: 'user', description: 'the superadmin user name (doc 75: every admin example)', default: 'superadmin', env: 'SIPX_USER' },
    { name: 'password', description: 'the superadmin password (doc 75)', default: 'password', env: 'SIPX_PASSWORD' },
  ],
  served: () => new Set(Object.keys(sipxcomHandlers)),
  seedFixtures: seedSipxcom,
  register: registerSipxcom,
  redact: (text) => text.replace(/(\/my\/voicemail\/pin\/)[^/?]*/g, '$1***').replace(/(\/my\/portal\/password\/)[^/?]*/g, '$1***'),
};

function sendError(request: FastifyRequest, reply: FastifyReply, error: VendorError, context: PackContext) {
  request.pbxError = error.id;
  if (error.definition.httpStatus === 401) reply.header('www-authenticate', challenges(context));
  const { type, payload } = errorBody(error, request.headers.accept);
  return withStatus(reply, error.definition.httpStatus).type(type).send(payload);
}

/**
 * Every served contract also answers with a trailing slash (quirk trailing-slash; doc 125, 1330), and at
 * the further routes its contract names (`alsoAt`, e.g. the setting-path form of a settings URI).
 */
function withTrailingSlash(contracts: readonly OperationContract[]): OperationContract[] {
  return contracts.flatMap((c) => {
    if (c.transport.kind !== 'rest') return [c];
    const transport = c.transport;
    // A wildcard route (`…/settings/*`) already matches a trailing slash, and Fastify wants `*` last.
    return [transport.path, ...sipxMeta(c.id).alsoAt].flatMap((path) =>
      (path.endsWith('*') ? [path] : [path, `${path}/`]).map((p) => (p === transport.path ? c : { ...c, transport: { ...transport, path: p } })),
    );
  });
}

async function registerSipxcom(app: FastifyInstance, context: PackContext): Promise<void> {
  // Bodies are read as text and decoded per operation (body.ts): XML safely, JSON, or plain text.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: MAX_BODY_BYTES }, (_request, body, done) => done(null, body));
  // Uploads (prompt files) are parsed into their parts here; body.ts hands them to operations that read multipart.
  app.addContentTypeParser('multipart/form-data', { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES }, (request: FastifyRequest, body: string | Buffer) =>
    readUpload(body as Buffer, request.headers['content-type']),
  );

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof TransportFaultApplied) return;
    if (error instanceof ContractViolation) {
      // Strict mode only: a handler broke its contract. Loud on purpose, so the calling test fails.
      return reply.code(500).send({ error: error.message, contractViolation: true });
    }
    if (error instanceof VendorError) return sendError(request, reply, error, context);
    const status = (error as { statusCode?: number }).statusCode;
    if (status === 413) return sendError(request, reply, new VendorError(sipxcomErrors.bodyTooLarge), context);
    if (status === 415) return sendError(request, reply, new VendorError(sipxcomErrors.unsupportedMediaType), context);
    if (status && status < 500) {
      return sendError(request, reply, new VendorError(sipxcomErrors.malformedBody, `Malformed request: ${(error as Error).message}`), context);
    }
    request.log.error(error);
    return reply.code(500).type('text/xml; charset=UTF-8').send('<?xml version="1.0" encoding="UTF-8"?><response><code>ERROR_INTERNAL</code><message>Internal emulator error</message></response>');
  });

  registerRestOperations(app, context, {
    contracts: withTrailingSlash(context.registry.list('sipxcom')),
    handlers: sipxcomHandlers,
    cacheReads: true,
    args: (request, contract) => {
      const body = decodeBody(request, contract);
      return {
        ...(request.query as Record<string, unknown>),
        ...(request.params as Record<string, unknown>),
        ...(body === undefined ? {} : { body }),
      };
    },
    authenticate: (request, contract) => authenticate(request, contract, context),
    send: (reply, body, contract, request) => sendBody(reply, body, sipxMeta(contract.id), request),
    invalidRequest: (issues) => new VendorError(sipxcomErrors.validationFailed, `Failed input validation: ${describeIssues(issues)}`),
    methodNotAllowed: (reply, allowed, request) => {
      reply.header('allow', allowed.join(', '));
      request.pbxError = 'methodNotAllowed';
      const { type, payload } = errorBody(
        new VendorError(sipxcomErrors.methodNotAllowed, `Method ${request.method} is not allowed here; allowed: ${allowed.join(', ')}`),
        request.headers.accept,
      );
      return reply.code(405).type(type).send(payload);
    },
  });

  app.setNotFoundHandler((request, reply) =>
    sendError(
      request,
      reply,
      new VendorError(sipxcomErrors.noSuchResource, `No resource at ${request.method} ${request.url.split('?')[0]}; the API lives under /sipxconfig/rest/ and /sipxconfig/api/`),
      context,
    ),
  );
}
