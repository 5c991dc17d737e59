import { sortBy } from '../core/paging.ts';
import { fail } from './call.ts';
import type { QuirkSettings } from '../../contracts/core/index.ts';

/** The paging parameters of every list* action (doc 598-602). */
export interface ListArgs {
  page?: string | number;
  item_num?: string | number;
  sord?: string;
  sidx?: string;
  options?: string;
}

export interface ListSpec<Row extends Record<string, unknown>> {
  /** The array's key in the answer (`account`, `user_id`, `voip_trunk` … ucm.md §7.5 #28). */
  key: string;
  /** Every field an item can carry, in the order answered. */
  fields: readonly (keyof Row & string)[];
  /** `options` spellings → field (`urgemsg` → `urgmsg`). */
  optionAliases?: Record<string, string>;
  /** Fields always answered even when `options` does not name them. */
  alwaysFields?: readonly string[];
  /** Sort key when `sidx` is absent or unknown. */
  defaultSort: keyof Row & string;
  quirks: QuirkSettings;
}

const ASC = ['asc', 'acs', 'ascending'];
const DESC = ['desc', 'descending'];

function positive(value: string | number | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail('invalidValue', `${name} must be a whole number ≥ 1`);
  return n;
}

/**
 * One page of a list, as every list* action answers it: `options` selects fields (comma-separated),
 * `sidx`/`sord` sort, `item_num`/`page` cut ("If item_num is unspecified, all items will be on page 1").
 */
export function listPage<Row extends Record<string, unknown>>(rows: readonly Row[], args: ListArgs, spec: ListSpec<Row>) {
  let selected: string[] = [...spec.fields];
  if (args.options !== undefined && args.options.trim() !== '') {
    const names = args.options.split(',').map((o) => o.trim()).filter(Boolean);
    const chosen: string[] = [];
    for (const name of names) {
      const field = spec.optionAliases?.[name] ?? name;
      if ((spec.fields as readonly string[]).includes(field)) chosen.push(field);
      else if (spec.quirks['unknown-option-fails']) fail('invalidParameters', `options: unknown field "${name}"`);
    }
    selected = [...new Set([...(spec.alwaysFields ?? []), ...chosen])];
  }
  const sord = args.sord?.trim().toLowerCase();
  if (sord !== undefined && sord !== '' && !ASC.includes(sord) && !DESC.includes(sord)) fail('invalidValue', 'sord must be asc or desc');
  const sidx = args.sidx && (spec.fields as readonly string[]).includes(args.sidx) ? args.sidx : spec.defaultSort;
  const sorted = sortBy(rows, sidx as keyof Row, sord && DESC.includes(sord) ? 'desc' : 'asc');
  const itemNum = positive(args.item_num, 'item_num');
  const page = positive(args.page, 'page') ?? 1;
  const size = itemNum ?? Math.max(sorted.length, 1);
  const effectivePage = itemNum === undefined ? 1 : page;
  const slice = sorted.slice((effectivePage - 1) * size, effectivePage * size);
  const items = slice.map((row) => Object.fromEntries(selected.filter((f) => f in row).map((f) => [f, row[f]])));
  return {
    [spec.key]: items,
    page: effectivePage,
    total_item: sorted.length,
    total_page: Math.max(1, Math.ceil(sorted.length / size)),
  };
}
