import type { OperationCall } from '../core/invoke.ts';
import { VendorError } from '../core/errors.ts';
import type { PackContext } from '../core/pack.ts';
import { paginate, sortBy } from '../core/paging.ts';
import { sipxcomErrors, type SipxErrorId } from '../../contracts/sipxcom/errors.ts';
import type { UserRow } from './models/users.ts';

/** Who is calling: the superadmin (the pack credential) or a regular user (a row of `users`). */
export interface SipxAuth {
  role: 'admin' | 'user';
  username: string;
  /** The caller's user row, for regular users (the `/my/...` resources act on it). */
  userId?: number;
}

/** What every sipXcom handler receives: its validated args, the contract, the context, and `auth`. */
export type SipxCall<Args = any> = OperationCall<Args> & { auth: SipxAuth };
export type SipxHandler<Args = any> = (call: SipxCall<Args>) => unknown;

/** Throws the vendor's own error (rendered as the XML/JSON envelope with its HTTP status). */
export function fail(id: SipxErrorId, message?: string, details?: Record<string, unknown>): never {
  throw new VendorError(sipxcomErrors[id], message, details);
}

/**
 * Not found: 404 ERROR_OBJECT_NOT_FOUND (issue: "404 for unknown ids"); with quirk not-found-404
 * switched off, `/rest` resources answer 400 as sipxconfig's RestUtilities does (index O1).
 */
export function notFound(call: Pick<SipxCall, 'context' | 'contract'>, what: string): never {
  const rest = call.contract.transport.kind === 'rest' && call.contract.transport.path.startsWith('/sipxconfig/rest/');
  if (rest && call.context.quirks['not-found-404'] === false) fail('notFound400', `Could not retrieve object using ID: ${what}`);
  fail('notFound', `Could not retrieve object using ID: ${what}`);
}

/** The `/rest` write envelope (doc 342). A created envelope is answered with 201 by the renderer. */
export function envelope(code: 'SUCCESS_CREATED' | 'SUCCESS_UPDATED' | 'SUCCESS_DELETED', id?: number) {
  const message = { SUCCESS_CREATED: 'Created', SUCCESS_UPDATED: 'Updated', SUCCESS_DELETED: 'Deleted' }[code];
  return { response: { code, message, ...(id === undefined ? {} : { data: { id } }) } };
}

/** The caller's user row (for `/my/...`); the superadmin credential has none and is refused. */
export function self(call: SipxCall, context: PackContext = call.context): [number, UserRow] {
  const id = call.auth.userId;
  const row = id === undefined ? undefined : context.state.table<UserRow>('users').get(id);
  if (id === undefined || !row) fail('forbidden', 'This resource belongs to a user: authenticate as that user (the superadmin credential has no mailbox in the emulator)');
  return [id, row];
}

export interface PagingArgs {
  page?: string;
  pagesize?: string;
  sortdir?: string;
  sortby?: string;
}

/**
 * `/rest` list paging and sorting (quirk page-params, index O1): paging only when page and pagesize
 * are both whole numbers ≥ 1; a page past the end is the last page; sorting when `sortby` or `sortdir`
 * is given (`sortby` defaults to name), `reverse` in any case = descending.
 */
export function pageOf<T>(rows: readonly T[], args: PagingArgs, sortKeys: Record<string, (row: T) => string>) {
  let items = [...rows];
  if (args.sortby !== undefined || args.sortdir !== undefined) {
    const key = sortKeys[(args.sortby ?? 'name').toLowerCase()] ?? sortKeys.name;
    const keyed = items.map((row) => ({ row, key: key(row) }));
    items = sortBy(keyed, 'key', args.sortdir?.toLowerCase() === 'reverse' ? 'desc' : 'asc').map((k) => k.row);
  }
  const page = wholeNumber(args.page);
  const size = wholeNumber(args.pagesize);
  if (page === undefined || size === undefined || items.length === 0) {
    return { items, metadata: { totalResults: items.length, currentPage: 1, totalPages: 1, resultsPerPage: items.length } };
  }
  const pageCount = Math.ceil(items.length / size);
  const served = paginate(items, Math.min(page, pageCount), size);
  return {
    items: served.items,
    metadata: { totalResults: items.length, currentPage: served.page, totalPages: pageCount, resultsPerPage: size },
  };
}

function wholeNumber(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d{1,9}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= 1 ? n : undefined;
}

/** Resolves a numeric id in a path, or answers not found. */
export function numericId(call: SipxCall, text: string, what: string): number {
  if (!/^\d{1,15}$/.test(text)) notFound(call, `${what} ${text}`);
  return Number(text);
}
