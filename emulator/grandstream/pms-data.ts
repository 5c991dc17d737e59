import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { PMS_OPERATIONS, type PmsOperation } from '../../contracts/grandstream/pms.ts';
import { parseBody } from './parse.ts';

/**
 * Reading pmsapi's `data` (doc 6969-7548): an XML string `<pms_data_request><op>…</op></pms_data_request>`,
 * a JSON string, or a JSON object `{"listPMSRoom": {}}`. Used by the variant resolver (which sub-operation)
 * and by the handlers (its fields). Values stay strings: "0900" must not become 900.
 */
export interface PmsData {
  op: PmsOperation;
  fields: Record<string, unknown>;
  /** The XML needed its opening tag restored (the dnd example, quirk pms-dnd-missing-open-tag). */
  repaired: boolean;
}

const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true, processEntities: true });
const byLower = new Map(PMS_OPERATIONS.map((op) => [op.toLowerCase(), op]));

/** Restores opening tags whose closing tag appears without them, right after <pms_data_request>. */
export function repairXml(xml: string): { xml: string; repaired: boolean } {
  const missing: string[] = [];
  for (const m of xml.matchAll(/<\/([A-Za-z_][\w.-]*)\s*>/g)) {
    const name = m[1];
    if (!new RegExp(`<${name}(\\s[^>]*)?/?>`).test(xml) && !missing.includes(name)) missing.push(name);
  }
  if (missing.length === 0) return { xml, repaired: false };
  const open = /<pms_data_request(\s[^>]*)?>/.exec(xml);
  if (!open) return { xml, repaired: false };
  const at = open.index + open[0].length;
  return { xml: xml.slice(0, at) + missing.map((n) => `<${n}>`).join('') + xml.slice(at), repaired: true };
}

function fromObject(value: Record<string, unknown>, repaired: boolean): PmsData | undefined {
  let root = value;
  const wrapper = Object.keys(root).find((k) => k.toLowerCase() === 'pms_data_request');
  if (wrapper) {
    const inner = root[wrapper];
    if (!inner || typeof inner !== 'object' || Array.isArray(inner)) return undefined;
    root = inner as Record<string, unknown>;
  }
  const key = Object.keys(root).find((k) => byLower.has(k.toLowerCase()));
  if (key === undefined) return undefined;
  const body = root[key];
  const fields = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  return { op: byLower.get(key.toLowerCase())!, fields, repaired };
}

/** The sub-operation and fields of `data`, or undefined when it names none. */
export function readPmsData(data: unknown): PmsData | undefined {
  if (data && typeof data === 'object' && !Array.isArray(data)) return fromObject(data as Record<string, unknown>, false);
  if (typeof data !== 'string') return undefined;
  const text = data.trim();
  try {
    if (text.startsWith('<')) {
      const { xml, repaired } = repairXml(text);
      if (XMLValidator.validate(xml) !== true) return undefined;
      return fromObject(parser.parse(xml) as Record<string, unknown>, repaired);
    }
    if (text.startsWith('{')) {
      const parsed = parseBody(text, true);
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? fromObject(parsed as Record<string, unknown>, false) : undefined;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** The contract id pmsapi's `data` selects (ACTION_VARIANTS.pmsapi). */
export function resolvePmsOperation(request: Record<string, unknown>): string | undefined {
  const key = Object.keys(request).find((k) => k.toLowerCase() === 'data');
  const found = key === undefined ? undefined : readPmsData(request[key]);
  return found ? `pmsapi:${found.op}` : undefined;
}
