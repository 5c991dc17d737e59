import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { applyQuirkOverrides, closestNames, ContractRegistry, defineOperation, exportJsonSchema, exportOpenApi } from './index.ts';

const base = {
  vendor: 'pbxware' as const,
  summary: 's',
  transport: { kind: 'action' as const, action: 'pbxware.x.list', methods: ['GET', 'POST'] as const },
  kind: 'read' as const,
  request: z.object({ server: z.string() }),
  response: z.object({ id: z.number() }),
};

describe('contracts core', () => {
  it('refuses a contract without a citation or with a malformed one', () => {
    expect(() => defineOperation({ ...base, id: 'pbxware.x.list', doc: [] })).toThrow(/cite/);
    expect(() => defineOperation({ ...base, id: 'a', doc: [{ seed: 'README.md', lines: '1-2' }] })).toThrow(/citation/);
    expect(() => defineOperation({ ...base, id: 'a', doc: [{ seed: '000_24cb6ef0514faddb.txt', lines: '9-2' }] })).toThrow(/backwards/);
    const ok = defineOperation({ ...base, id: 'a', doc: [{ seed: '000_24cb6ef0514faddb.txt', lines: '9-12' }] });
    expect(ok.errors).toEqual([]);
    expect(Object.isFrozen(ok)).toBe(true);
  });

  it('the registry refuses duplicates and finds operations by action name', () => {
    const op = defineOperation({ ...base, id: 'pbxware.x.list', doc: [{ seed: '000_24cb6ef0514faddb.txt', lines: '1' }] });
    const registry = new ContractRegistry([op]);
    expect(registry.byActionName('pbxware', 'pbxware.x.list')).toBe(op);
    expect(registry.byActionName('grandstream', 'pbxware.x.list')).toBeUndefined();
    expect(() => registry.add(op)).toThrow(/defined twice/);
  });

  it('suggests the closest documented names for a misspelt one', () => {
    expect(closestNames('pbxware.ext.lst', ['pbxware.ext.list', 'pbxware.did.list', 'pbxware.tenant.add'])[0]).toBe('pbxware.ext.list');
    expect(closestNames('completely.different.thing.here', ['a.b'])).toEqual([]);
  });

  it('exports JSON Schema and OpenAPI carrying each citation', () => {
    const op = defineOperation({ ...base, id: 'pbxware.x.list', doc: [{ seed: '000_24cb6ef0514faddb.txt', lines: '1-3' }] });
    const schema = exportJsonSchema('pbxware', [op]) as { $defs: Record<string, { 'x-doc': string[]; properties: Record<string, unknown> }> };
    expect(schema.$defs['pbxware.x.list']['x-doc']).toEqual(['000_24cb6ef0514faddb.txt:1-3']);
    expect(schema.$defs['pbxware.x.list'].properties.response).toMatchObject({ type: 'object', required: ['id'] });
    const openapi = exportOpenApi('pbxware', [op]) as { paths: Record<string, Record<string, { operationId: string; parameters: Array<{ name: string }> }>> };
    expect(openapi.paths['/?action=pbxware.x.list'].get.parameters.map((p) => p.name)).toEqual(['server']);
  });

  it('lets only switchable quirks be switched, and names the known ones', () => {
    const quirks = [
      { id: 'a', vendor: 'pbxware' as const, description: '', defaultOn: true, switchable: true, operations: [], test: '' },
      { id: 'b', vendor: 'pbxware' as const, description: '', defaultOn: true, operations: [], test: '' },
    ];
    expect(applyQuirkOverrides(quirks, { a: false })).toEqual({ a: false, b: true });
    expect(() => applyQuirkOverrides(quirks, { b: false })).toThrow(/cannot be switched/);
    expect(() => applyQuirkOverrides(quirks, { c: true })).toThrow(/switchable quirks: a/);
  });
});
