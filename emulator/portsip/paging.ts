import { paginate } from '../core/paging.ts';
import type { PackContext } from '../core/pack.ts';

export const DEFAULT_PAGESIZE = 10;

export interface PagingArgs {
  pagination: number;
  pagesize?: number;
  sort_by?: string;
}

/**
 * One page of `items` and the envelope the lists share (lines 15-34): pagination, pagesize, sort_by
 * (left out for search), page_count, count.
 */
export function pageOf<T>(context: PackContext, items: readonly T[], args: PagingArgs, options: { sortBy?: boolean } = {}) {
  const pagesize = args.pagesize ?? DEFAULT_PAGESIZE;
  const page = paginate(items, args.pagination, pagesize);
  const envelope = {
    pagination: args.pagination,
    pagesize,
    ...(options.sortBy === false ? {} : { sort_by: args.sort_by ?? 'DEFAULT' }),
    page_count: page.pageCount,
    count: context.quirks['count-echoes-pagesize'] ? pagesize : page.items.length,
  };
  return { envelope, items: page.items };
}
