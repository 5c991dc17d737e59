import type { QuirkDefinition } from '../core/index.ts';
import { doc, kb } from './source.ts';

const quirk = (q: Omit<QuirkDefinition, 'vendor' | 'test'> & { test?: string }): QuirkDefinition => ({
  vendor: 'pbxware',
  test: 'emulator/pbxware/quirks.test.ts',
  ...q,
});

/**
 * Every PBXware behaviour the emulator reproduces although it looks like a mistake, with its source.
 * `defaultOn: false` would mean the emulator behaves "fixed" unless the quirk is switched on.
 * Switch with `--quirk pbxware:<id>=off` on the command line.
 */
export const pbxwareQuirks: QuirkDefinition[] = [
  quirk({
    id: 'tenant-mode',
    description:
      'The emulated PBXware runs in Tenant Mode (multi-tenant): `server` selects a tenant and ID 1 (Master) is refused where the document says so. Off = single-tenant, `server` defaults to 1.',
    doc: doc('4338-4343'),
    defaultOn: true,
    switchable: true,
    operations: ['pbxware.did.add', 'pbxware.ivr.add', 'pbxware.ring_group.add'],
  }),
  quirk({
    id: 'errors-http-200',
    description: 'Errors are answered with HTTP 200 and a body `{"error": "…"}`; clients must read the body.',
    doc: doc('162-170'),
    fieldEvidence: 'field-evidence.md, Bicom PBXware (R)',
    defaultOn: true,
    operations: ['*'],
  }),
  quirk({
    id: 'lists-keyed-by-id',
    description: 'Lists are JSON objects keyed by record id (`{"7": {…}}`), not arrays.',
    doc: doc('111-132'),
    defaultOn: true,
    operations: ['pbxware.did.list', 'pbxware.ext.list', 'pbxware.package.list'],
  }),
  quirk({
    id: 'empty-list-as-array',
    description: 'An empty list is `[]` (PHP json_encode of an empty array), not `{}`.',
    fieldEvidence: 'field-evidence.md, Bicom PBXware (V, R)',
    defaultOn: true,
    operations: ['pbxware.package.list'],
  }),
  quirk({
    id: 'double-slash-path',
    description: 'The KB writes every URL as `http://ip_address//?apikey=…`; `//` is served like `/`.',
    doc: kb('86-252'),
    defaultOn: true,
    operations: ['*'],
  }),
  quirk({
    id: 'package-write-read-names',
    description:
      '`package.add` takes `extensions`, `voicemails`, `cfs`, `ivrs`; `package.configuration` reads them back as `ext`, `voicemail`, `cf`, `ivr`.',
    doc: doc('6797-6972'),
    defaultOn: true,
    operations: ['pbxware.package.add', 'pbxware.package.configuration'],
  }),
  quirk({
    id: 'package-delete-string-id',
    description: '`package.delete` answers `id` as a string (`"6"`) while add/edit answer a number.',
    doc: doc('7008-7015'),
    defaultOn: true,
    operations: ['pbxware.package.delete'],
  }),
];
