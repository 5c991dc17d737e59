/**
 * Renders rows as PBXware lists them: an object keyed by id in insertion order, or `[]` when there is
 * nothing (PHP's `json_encode` of an empty array; quirk `empty-list-as-array`).
 */
export function keyed<T, V>(entries: Iterable<[string, T]>, view: (row: T, id: string) => V): Record<string, V> | [] {
  const out: Record<string, V> = {};
  let any = false;
  for (const [id, row] of entries) {
    out[id] = view(row, id);
    any = true;
  }
  return any ? out : [];
}
