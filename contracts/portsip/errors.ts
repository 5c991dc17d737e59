import { defineErrors } from '../core/index.ts';
import { FIELD_EVIDENCE, TOKEN_DOC } from './source.ts';

/**
 * The document has no error model at all (portsip.md §3). Field evidence: "Errors are non-2xx with a
 * JSON body"; the login page of the same documentation family answers "a 400 error code and an error
 * message if failed" (portsip.md §9 P1). The emulator answers `{"error": "<id>", "message": "<text>"}`
 * with the status below (quirk `all-errors-400` answers every one of them with 400). Every text is the
 * emulator's own wording; conformance scenarios assert a non-2xx status and a JSON body, not the text.
 */
export const portsipErrors = defineErrors({
  missingToken: { httpStatus: 401, message: 'access_token is required.', doc: TOKEN_DOC, fieldEvidence: FIELD_EVIDENCE },
  invalidToken: { httpStatus: 401, message: 'access_token is invalid.', doc: TOKEN_DOC, fieldEvidence: FIELD_EVIDENCE },
  expiredToken: { httpStatus: 401, message: 'access_token has expired.', doc: TOKEN_DOC, fieldEvidence: FIELD_EVIDENCE },
  badCredentials: {
    httpStatus: 400,
    message: 'Invalid user name or password.',
    fieldEvidence: 'portsip.md §9 P1: "a 400 error code and an error message if failed"',
  },
  invalidParameter: { httpStatus: 400, message: 'Invalid parameter.', fieldEvidence: 'portsip.md §7 B5' },
  malformedBody: { httpStatus: 400, message: 'Malformed request body.' },
  notFound: { httpStatus: 404, message: 'Not found.', fieldEvidence: 'portsip.md §9 P4 ("404 User not found")' },
  duplicate: { httpStatus: 409, message: 'Already exists.', fieldEvidence: 'portsip.md §7 B7' },
  referenceMissing: { httpStatus: 400, message: 'Referenced extension does not exist.', fieldEvidence: 'portsip.md §7 B16' },
  defaultGroup: { httpStatus: 400, message: 'The default extension group cannot be removed.', fieldEvidence: 'portsip.md §7 B15' },
  callRefused: { httpStatus: 403, message: 'Call refused: wrong extension password.', fieldEvidence: 'portsip.md §7 B17' },
  fileTooLarge: { httpStatus: 413, message: 'Uploaded file is too large.' },
  unsupportedFile: { httpStatus: 415, message: 'Unsupported greeting file type.' },
  unsupportedMediaType: { httpStatus: 415, message: 'Unsupported request content type: send JSON (or multipart for uploads).' },
  methodNotAllowed: { httpStatus: 405, message: 'Method not allowed.', fieldEvidence: 'portsip.md §7 B2' },
  serviceUnavailable: { httpStatus: 503, message: 'Service temporarily unavailable, retry later.', fieldEvidence: 'not in the document: what a client sees while the PBX restarts; served only through a fault rule' },
  unknownRoute: { httpStatus: 404, message: 'No such API.' },
});

export type PortsipErrorId = keyof typeof portsipErrors;
