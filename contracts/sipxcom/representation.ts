import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import type { z } from 'zod';

/**
 * sipXcom's representations of one value. A body is an object with one named root
 * (`{"phones": [...]}`, `{"user": {...}}`, field evidence: "JSON has one named root"): JSON renders
 * it as it is; XML renders the root as the document element and an array under key `k` as
 * `<k><item/>…</k>` with the item name from `xmlItems` or `k` without its plural ending.
 * The same contract schema checks both: XML is decoded back guided by the schema.
 */

/** The XML item name for an array held under `key`. */
export function itemName(key: string, xmlItems: Readonly<Record<string, string>> = {}): string {
  if (xmlItems[key]) return xmlItems[key];
  if (/(ch|sh|ss|x)es$/.test(key)) return key.slice(0, -2);
  if (key.endsWith('ies')) return `${key.slice(0, -3)}y`;
  if (key.endsWith('s')) return key.slice(0, -1);
  return `${key}Item`;
}

function toXmlTree(value: unknown, xmlItems: Readonly<Record<string, string>>): unknown {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) throw new Error('arrays are rendered by their key');
  if (typeof value !== 'object') return String(value);
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (child === null || child === undefined) continue;
    if (Array.isArray(child)) {
      const items = child.map((c) => toXmlTree(c, xmlItems)).filter((c) => c !== undefined);
      out[key] = items.length === 0 ? '' : { [itemName(key, xmlItems)]: items };
    } else out[key] = toXmlTree(child, xmlItems);
  }
  return out;
}

const builder = new XMLBuilder({ ignoreAttributes: true, format: false, suppressEmptyNode: true, processEntities: true });

/** Renders a one-root body as an XML document (`<?xml …?><root>…</root>`). */
export function toXml(body: unknown, xmlItems: Readonly<Record<string, string>> = {}): string {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new Error('an XML body needs one named root');
  const tree = toXmlTree(body, xmlItems);
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build(tree)}`;
}

export class UnsafeXmlError extends Error {}

/** Largest XML body the emulator reads (bytes); real servers bound request entities too. */
export const MAX_XML_BYTES = 256 * 1024;

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/**
 * Parses an XML body safely: no DTD (so no entity expansion, external or internal), a size bound,
 * well-formedness checked; leaves are strings. Throws UnsafeXmlError with a reason a person can act on.
 */
export function parseXml(text: string): Record<string, unknown> {
  if (Buffer.byteLength(text) > MAX_XML_BYTES) throw new UnsafeXmlError(`XML body larger than ${MAX_XML_BYTES} bytes`);
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new UnsafeXmlError('DTDs and entity declarations are not accepted');
  if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(text)) throw new UnsafeXmlError('undefined entity reference');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new UnsafeXmlError(`malformed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const parsed = parser.parse(text) as Record<string, unknown>;
  const roots = Object.keys(parsed);
  if (roots.length !== 1) throw new UnsafeXmlError('an XML body needs exactly one root element');
  return decodeEntities(parsed) as Record<string, unknown>;
}

function decodeEntities(value: unknown): unknown {
  if (typeof value === 'string') {
    return value
      .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Math.min(parseInt(h, 16), 0x10ffff)))
      .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Math.min(Number(d), 0x10ffff)))
      .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  }
  if (Array.isArray(value)) return value.map(decodeEntities);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeEntities(v)]));
  }
  return value;
}

type Def = { type: string; [key: string]: any };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Turns parsed XML (all strings, single children not in arrays) into the JSON shape `schema`
 * describes: numbers and booleans typed, item wrappers unfolded into arrays, absent elements to
 * `null` where the schema allows null. Values the schema does not explain are left as they are,
 * so validation still reports them.
 */
export function fromXml(schema: z.ZodType, value: unknown): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return value === undefined ? undefined : fromXml(def.innerType, value);
    case 'nullable':
      return value === undefined || value === '' ? null : fromXml(def.innerType, value);
    case 'pipe':
      return fromXml(def.in, value);
    case 'lazy':
      return fromXml(def.getter(), value);
    case 'string':
      return typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
    case 'number':
    case 'int':
      return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value;
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : value;
    case 'literal': {
      const literal = def.values?.[0];
      if (typeof literal === 'number') return fromXml({ _zod: { def: { type: 'number' } } } as never, value);
      if (typeof literal === 'boolean') return fromXml({ _zod: { def: { type: 'boolean' } } } as never, value);
      return value;
    }
    case 'array': {
      let items: unknown[];
      if (value === '' || value === undefined) items = [];
      else if (Array.isArray(value)) items = value;
      else if (value && typeof value === 'object' && Object.keys(value).length === 1) {
        const inner = Object.values(value)[0];
        items = Array.isArray(inner) ? inner : [inner];
      } else items = [value];
      return items.map((item) => fromXml(def.element, item));
    }
    case 'object': {
      if (value === '') value = {};
      if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
      const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      for (const [key, child] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        const decoded = fromXml(child, out[key]);
        if (decoded === undefined) delete out[key];
        else out[key] = decoded;
      }
      return out;
    }
    case 'union': {
      for (const option of def.options as z.ZodType[]) {
        const decoded = fromXml(option, value);
        if (option.safeParse(decoded).success) return decoded;
      }
      return value;
    }
    default:
      return value;
  }
}
