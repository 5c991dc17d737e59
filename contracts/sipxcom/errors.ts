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
  portalPasswordInvalid: { code: 'ERROR_VALIDATION_FAILED', httpStatus: 400, message: 'The portal password is not valid', doc: doc('5554-5554', '"Error 400 on PUT when {password} is not valid (or less than 8 characters, or null)"') },
  badConferenceCommand: { code: 'ERROR_VALIDATION_FAILED', httpStatus: 400, message: 'No command or an incorrect command', doc: doc('5496-5496', '"Error 400 when no {command} is specified or the command is incorrect."') },
  conferenceNotActive: { code: 'ERROR_NOT_ACTIVE', httpStatus: 406, message: 'The conference is not active (no participants)', doc: doc('5224-5224', '"Error 406 when {confName} is found but not active (no participants)"') },
  notConferenceOwner: { code: 'ERROR_FORBIDDEN', httpStatus: 403, message: 'The authenticated user is not the owner of the conference', doc: doc('5222-5222', '"Error 403 when authenticated user is not the owner of {confName}" (also 5494)') },
  invalidSipUri: { code: 'ERROR_VALIDATION_FAILED', httpStatus: 400, message: 'Not a valid SIP URI', doc: doc('4140-4140', '"Error 400 when {to} is not a valid SIP URI"') },
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
  attendantNotFound: { code: 'ERROR_OBJECT_NOT_FOUND', httpStatus: 400, message: 'Auto attendant not found', doc: doc('191-191', '"Error 400 - when the {attendant} is not found on PUT or DELETE."') },
  specialModeOn: { code: 'ERROR_SPECIAL_MODE_ON', httpStatus: 409, message: 'Special mode is on: the special attendant cannot be removed', doc: doc('193-193', '"Error 409 - when the special mode is true on DELETE."') },
  wrongElinOrSerial: { code: 'ERROR_VALIDATION_FAILED', httpStatus: 400, message: 'Wrong ELIN or phone serial', doc: doc('839-839', '"Error 400 if wrong ELIN or serial is specified."') },
  scheduleNotSaved: {
    code: 'ERROR_UPDATE_FAILED',
    httpStatus: 422,
    message: 'The call forwarding schedule cannot be saved',
    doc: doc('4254-4254', '"Error 422 when schedule save or update failed."'),
  },
  scheduleIdMissing: {
    code: 'ERROR_MISSING_ID',
    httpStatus: 403,
    message: 'ID value missing from request',
    doc: doc('4254-4254', '"Error 403 on PUT or DELETE and the schedule id not specified."'),
  },
  phonebookEntryDuplicate: {
    code: 'ERROR_VALIDATION_FAILED',
    httpStatus: 747,
    message: 'A private phone book entry with this id already exists',
    doc: doc('4730-4730', '"Error 747 when entryid is duplicated during save (POST)"'),
  },
  googleAuthentication: {
    code: 'ERROR_GOOGLE_AUTHENTICATION',
    httpStatus: 743,
    message: 'Google authentication error',
    doc: doc('4843-4843', '"Error 743 on POST when there is a google authentication error."'),
  },
  googleService: {
    code: 'ERROR_GOOGLE_SERVICE',
    httpStatus: 744,
    message: 'Google service error',
    doc: doc('4845-4845', '"Error 744 on POST when there is a google service error."'),
  },
  googleTransport: {
    code: 'ERROR_GOOGLE_TRANSPORT',
    httpStatus: 745,
    message: 'Google transport error',
    doc: doc('4847-4847', '"Error 745 on POST when there is a google transport error."'),
  },
});

export type SipxErrorId = keyof typeof sipxcomErrors;
