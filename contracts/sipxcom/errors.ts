import { defineErrors } from '../core/index.ts';
import { FIELD_EVIDENCE, doc } from './source.ts';

/**
 * sipXcom's error catalogue. `code` is the `<code>` of the XML envelope the server answers errors in
 * (`<response><code>…</code><message>…</message></response>`; the envelope of doc 342, its codes and
 * messages as sipxconfig's RestUtilities defines them — index §9 O1). HTTP statuses: the document's
 * where it ties one to a condition, otherwise the choice written next to each entry.
 */
export const sipxcomErrors = defineErrors({
  unauthorized: {
    code: 'ERROR_UNAUTHORIZED',
    httpStatus: 401,
    message: 'Authentication required',
    fieldEvidence: `${FIELD_EVIDENCE}: Basic and Digest (index A9: 401 with a WWW-Authenticate challenge)`,
  },
  forbidden: {
    code: 'ERROR_FORBIDDEN',
    httpStatus: 403,
    message: 'Access denied: this resource needs administration rights',
    doc: doc('557-557', 'E911 resources "only available for users with administration rights"; index A10 extends it to every admin resource'),
  },
  notFound: {
    code: 'ERROR_OBJECT_NOT_FOUND',
    httpStatus: 404,
    message: 'Could not retrieve object using ID',
  },
  notFound400: {
    code: 'ERROR_OBJECT_NOT_FOUND',
    httpStatus: 400,
    message: 'Could not retrieve object using ID',
    doc: doc('364-364', 'the document ties 400 to a wrong or unknown id on some resources (364, 2189, 4101)'),
  },
  idInvalid: { code: 'ERROR_ID_INVALID', httpStatus: 400, message: 'ID value is invalid' },
  validationFailed: { code: 'ERROR_VALIDATION_FAILED', httpStatus: 400, message: 'Failed input validation' },
  duplicate: { code: 'ERROR_VALIDATION_FAILED', httpStatus: 400, message: 'Failed input validation: the value is already in use' },
  malformedBody: { code: 'ERROR_VALIDATION_FAILED', httpStatus: 400, message: 'Malformed request body' },
  bodyTooLarge: { code: 'ERROR_VALIDATION_FAILED', httpStatus: 413, message: 'Request body too large' },
  unsupportedMediaType: { code: 'ERROR_VALIDATION_FAILED', httpStatus: 415, message: 'Unsupported request body type' },
  methodNotAllowed: { code: 'ERROR_METHOD_NOT_ALLOWED', httpStatus: 405, message: 'Method Not Allowed' },
  serviceUnavailable: {
    code: 'ERROR_SERVICE_UNAVAILABLE',
    httpStatus: 503,
    message: 'Service Unavailable: sipXconfig is starting or busy, retry later',
    fieldEvidence: 'not in the document: what a client sees while sipxconfig (Jetty) restarts or is overloaded; served only through a fault rule',
  },
  noSuchResource: { code: 'ERROR_OBJECT_NOT_FOUND', httpStatus: 404, message: 'No such resource' },
  pinNotSaved: {
    code: 'ERROR_UPDATE_FAILED',
    httpStatus: 400,
    message: 'The new PIN cannot be saved',
    doc: doc('4423-4423', '"Error 400 on PUT when the new {pin} cannot be saved."'),
  },
  profileNotFound: {
    code: 'ERROR_OBJECT_NOT_FOUND',
    httpStatus: 404,
    message: 'Phone or profile not found',
    doc: doc('2272-2272', '"Error 404 when {serialNumber} or {name} is not found."'),
  },
});

export type SipxErrorId = keyof typeof sipxcomErrors;
