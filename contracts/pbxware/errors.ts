import { defineErrors } from '../core/index.ts';
import { doc } from './source.ts';

/**
 * PBXware answers every error as `{"error": "<text>"}` with HTTP 200 (field evidence). The document
 * shows one text only ("Invalid API key."); every other text here is the emulator's own wording,
 * chosen to be clear (pbxware.md §7 A5). Conformance suites assert the `error` key, not these texts.
 */
export const pbxwareErrors = defineErrors({
  invalidApiKey: {
    httpStatus: 200,
    message: 'Invalid API key.',
    doc: doc('162-170'),
    fieldEvidence: 'missing and empty keys get the same answer (pbxware.md §7 A2)',
  },
  permissionDenied: {
    httpStatus: 200,
    message: 'API key has no permission for this action.',
    fieldEvidence: 'restricted keys are refused actions outside their scope (field-evidence.md, PBXware)',
  },
  unknownAction: { httpStatus: 200, message: 'Invalid action.' },
  declinedAction: { httpStatus: 200, message: 'Action is not available on this emulator.' },
  missingArgument: { httpStatus: 200, message: 'Missing required argument.' },
  invalidArgument: { httpStatus: 200, message: 'Invalid argument value.' },
  idAndExt: {
    httpStatus: 200,
    message: 'You cannot supply id and ext at the same time!',
    doc: doc('866-870', 'stated as a note; repeated for every id/ext action'),
  },
  notFound: { httpStatus: 200, message: 'Record not found.' },
  tenantNotFound: { httpStatus: 200, message: 'Invalid Tenant ID.' },
  masterTenant: {
    httpStatus: 200,
    message: 'ID 1 is always assigned to Master tenant and cannot be used.',
    doc: doc('4338-4343'),
  },
  serverMustBeMaster: { httpStatus: 200, message: 'Server ID must be set to 1.', doc: doc('4814-4818') },
  duplicate: {
    httpStatus: 200,
    message: 'Number is already reserved.',
    fieldEvidence: 'a create colliding with an existing number says it is "reserved by …"',
  },
  referenceMissing: { httpStatus: 200, message: 'Referenced record does not exist.' },
  inUse: { httpStatus: 200, message: 'Record is in use.' },
  sizeMismatch: {
    httpStatus: 200,
    message: 'Lists must match in size.',
    doc: doc('2214', 'e.g. "trunks and tcallerids and anums and alabels must match in size or error will be returned."'),
  },
  immutable: { httpStatus: 200, message: 'Field cannot be changed.', doc: doc('7883') },
  invalidDate: { httpStatus: 200, message: 'Invalid date.' },
  badRequest: { httpStatus: 200, message: 'Malformed request.' },
});

export type PbxwareErrorId = keyof typeof pbxwareErrors;
