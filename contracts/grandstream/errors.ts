import { defineErrors, type ErrorDefinition } from '../core/index.ts';
import { doc } from './source.ts';

/**
 * The UCM's error return codes, all 28, verbatim (doc 7647-7678). Every error is answered with HTTP 200
 * and the code in the JSON `status` field (field evidence; ucm.md A1). The document pairs no code with an
 * action except -6 for a missing cookie; which code answers which situation is decided in the contracts'
 * `decisions` and listed in emulator/grandstream/README.md.
 */
const code = (value: number, message: string, line: string) => ({
  code: value,
  httpStatus: 200,
  message,
  doc: doc(line, `error code ${value === 0 ? '-0' : value}`),
});

export const grandstreamErrors = defineErrors({
  success: code(0, 'Success', '7650'),
  invalidParameters: code(-1, 'Invalid parameters', '7651'),
  needAuthentication: code(-5, 'Need authentication', '7652'),
  cookieError: code(-6, 'Cookie error', '7653'),
  connectionClosed: code(-7, 'Connection closed', '7654'),
  systemTimeout: code(-8, 'System timeout', '7655'),
  abnormalSystemError: code(-9, 'Abnormal system error!', '7656'),
  invalidValue: code(-15, 'Invalid value', '7658'),
  noSuchItem: code(-16, 'No such item. Please refresh the page and try again', '7659'),
  unsupported: code(-19, 'Unsupported', '7660'),
  failedToOperate: code(-24, 'Failed to operate data', '7661'),
  failedToUpdate: code(-25, 'Failed to update data', '7662'),
  failedToGet: code(-26, 'Failed to get data', '7663'),
  wrongAccountOrPassword: code(-37, 'Wrong account or password!', '7664'),
  dataModified: code(-43, 'Some data in this page has been modified or deleted. Please refresh the page and try again', '7665'),
  itemAdded: code(-44, 'This item has been added', '7666'),
  tooFrequent45: code(-45, 'Operating too frequently or other users are doing the same operation. Please retry after 15 seconds.', '7667'),
  tooFrequent46: code(-46, 'Operating too frequently or other users are doing the same operation. Please retry after 15 seconds.', '7668'),
  noPermission: code(-47, 'No permission', '7669'),
  sensitiveCharacters: code(-50, 'Command contains sensitive characters', '7670'),
  anotherTaskRunning: code(-51, 'Another task is running now', '7671'),
  tooFrequent57: code(-57, 'Operating too frequently, or other users are doing the same operation. Please retry after 60 seconds', '7672'),
  loginRestriction: code(-68, 'Login Restriction', '7673'),
  conferenceRunning: code(-69, 'There is currently a conference going on. Changes cannot be applied at this time', '7674'),
  loginForbidden: code(-70, 'Login Forbidden', '7675'),
  usernameNotExist: code(-71, "The username doesn't exist", '7676'),
  conferenceBusy: code(-90, 'The conference is busy, cannot be edited or deleted', '7677'),
  digitalCalls: code(-98, 'There are currently digital calls. Failed to apply configuration', '7678'),
});

export type GrandstreamErrorId = keyof typeof grandstreamErrors;

/** The numeric `status` an error is answered with. */
export function statusOf(error: ErrorDefinition): number {
  return Number(error.code);
}
