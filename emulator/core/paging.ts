export interface Page<T> {
  items: T[];
  /** 1-based page actually served. */
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

/**
 * Cuts `items` into 1-based pages. A page past the end is empty (callers decide whether that is an
 * error in their vendor's terms); `pageSize` must be ≥ 1.
 */
export function paginate<T>(items: readonly T[], page: number, pageSize: number): Page<T> {
  if (!Number.isInteger(page) || page < 1) throw new RangeError('page must be a whole number ≥ 1');
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError('page size must be a whole number ≥ 1');
  const start = (page - 1) * pageSize;
  return {
    items: items.slice(start, start + pageSize),
    page,
    pageSize,
    total: items.length,
    pageCount: Math.ceil(items.length / pageSize),
  };
}

/** Sorts by a field, numerically when both values look like numbers, as vendors' UIs do. */
export function sortBy<T>(items: readonly T[], field: keyof T, direction: 'asc' | 'desc' = 'asc'): T[] {
  const sign = direction === 'desc' ? -1 : 1;
  return [...items].sort((a, b) => {
    const x = a[field];
    const y = b[field];
    const nx = Number(x);
    const ny = Number(y);
    if (x !== '' && y !== '' && Number.isFinite(nx) && Number.isFinite(ny)) return (nx - ny) * sign;
    return String(x ?? '').localeCompare(String(y ?? '')) * sign;
  });
}
