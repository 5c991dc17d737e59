import assert from 'node:assert/strict';
import { doc } from '../../contracts/portsip/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import type { PortsipClient } from '../harness/clients/portsip.ts';
import { OP, PortsipClient as Client, createExtension, wav } from './helpers.ts';

type Listing = { default_file?: string; files?: Array<{ filename: string; enabled: boolean }>; greetings?: Array<{ filename: string; enabled: boolean }> };

/** Every greeting file of an extension, whichever key the target uses (sample `files`, table `greetings`). */
async function greetings(ps: PortsipClient, extension: string) {
  const body = await ps.call<Listing>(OP.greetingList, { extension_number: extension, pagination: 1, pagesize: 100, sort_by: 'DEFAULT' });
  return { default_file: body.default_file, files: body.files ?? body.greetings ?? [] };
}
const names = (files: Array<{ filename: string }>) => files.map((f) => f.filename);

export const greetingScenarios = [
  defineScenario({
    vendor: 'portsip',
    id: 'portsip.greetings.add-setup-remove',
    title: 'a greeting added by name is listed, becomes the default with setup, and is gone after remove',
    doc: [doc('627-646'), doc('652-685'), doc('686-733')],
    operations: [OP.create, OP.greetingAdd, OP.greetingList, OP.greetingSetup, OP.greetingRemove],
    mutates: true,
    async run(t) {
      const ps = new Client(t);
      const ext = await createExtension(t, ps);
      const before = await greetings(ps, ext.number);
      await ps.call(OP.greetingAdd, { extension_number: ext.number, filename: 'hello.wav', url: 'https://example.com/hello.wav' });
      const added = await greetings(ps, ext.number);
      assert.ok(names(added.files).includes('hello.wav'), 'the new file is listed');
      assert.equal(added.files.length, before.files.length + 1);
      await ps.error(OP.greetingAdd, { extension_number: ext.number, filename: 'hello.wav' });

      await ps.call(OP.greetingSetup, { extension_number: ext.number, filename: 'hello.wav' });
      const chosen = await greetings(ps, ext.number);
      if (chosen.default_file !== undefined) assert.equal(chosen.default_file, 'hello.wav');
      assert.equal(chosen.files.find((f) => f.filename === 'hello.wav')?.enabled, true, 'the default file is enabled');

      await ps.call(OP.greetingRemove, { extension_number: ext.number, filename: 'hello.wav' });
      const after = await greetings(ps, ext.number);
      assert.ok(!names(after.files).includes('hello.wav'));
      assert.notEqual(after.default_file, 'hello.wav', 'a removed default is no longer the default');
      await ps.error(OP.greetingRemove, { extension_number: ext.number, filename: 'hello.wav' });
      await ps.error(OP.greetingSetup, { extension_number: ext.number, filename: 'hello.wav' });
    },
  }),
  defineScenario({
    vendor: 'portsip',
    id: 'portsip.greetings.upload',
    title: 'a WAV uploaded as multipart is listed and can be made the default',
    doc: [doc('647-651'), doc('686-733')],
    operations: [OP.create, OP.greetingUpload, OP.greetingList, OP.greetingSetup],
    mutates: true,
    async run(t) {
      const ps = new Client(t);
      const ext = await createExtension(t, ps);
      const uploaded = await ps.upload(ext.number, 'uploaded.wav', wav(), 'audio/wav');
      ps.accept(OP.greetingUpload, uploaded);
      assert.ok(names((await greetings(ps, ext.number)).files).includes('uploaded.wav'));
      await ps.call(OP.greetingSetup, { extension_number: ext.number, filename: 'uploaded.wav' });
      assert.equal((await greetings(ps, ext.number)).files.find((f) => f.filename === 'uploaded.wav')?.enabled, true);
    },
  }),
  defineScenario({
    vendor: 'portsip',
    id: 'portsip.greetings.upload-refusals',
    title: 'uploads that are not audio, have no name, or target an unknown extension are refused',
    doc: [doc('647-651')],
    operations: [OP.create, OP.greetingUpload, OP.greetingList],
    mutates: true,
    async run(t) {
      const ps = new Client(t);
      const ext = await createExtension(t, ps);
      const before = names((await greetings(ps, ext.number)).files);
      ps.refusal(OP.greetingUpload, await ps.upload(ext.number, 'notes.txt', 'not audio', 'text/plain'));
      ps.refusal(OP.greetingUpload, await ps.upload(ext.number, 'script.wav', '<?php ?>', 'application/x-php'));
      ps.refusal(OP.greetingUpload, await ps.upload(ext.number, 'empty.wav', new Uint8Array(0), 'audio/wav'));
      ps.refusal(OP.greetingUpload, await ps.upload(ext.number, '../../escape.wav', wav(), 'audio/wav'));
      ps.refusal(OP.greetingUpload, await ps.upload(String(Number(ext.number) + 500_000), 'x.wav', wav(), 'audio/wav'));
      assert.deepEqual(names((await greetings(ps, ext.number)).files), before, 'nothing was stored');
    },
  }),
  defineScenario({
    vendor: 'portsip',
    id: 'portsip.greetings.too-large',
    title: 'an upload over the size limit is refused with a 4xx',
    doc: [doc('647-651')],
    operations: [OP.create, OP.greetingUpload],
    mutates: true,
    skipOn: { real: "a real PBX's upload limit is unknown; the emulator's is PORTSIP_GREETING_MAX_BYTES (5 MiB)" },
    async run(t) {
      const ps = new Client(t);
      const ext = await createExtension(t, ps);
      const reply = await ps.upload(ext.number, 'huge.wav', wav(5 * 1024 * 1024 + 1), 'audio/wav');
      const { status } = ps.refusal(OP.greetingUpload, reply);
      t.note(`oversized upload answered ${status}`);
    },
  }),
  defineScenario({
    vendor: 'portsip',
    id: 'portsip.greetings.names-stay-in-folder',
    title: 'greeting names with path separators or dot-names are refused',
    doc: [doc('627-685')],
    operations: [OP.create, OP.greetingAdd, OP.greetingSetup, OP.greetingRemove],
    mutates: true,
    async run(t) {
      const ps = new Client(t);
      const ext = await createExtension(t, ps);
      for (const filename of ['../../etc/passwd.wav', 'a/b.wav', 'a\\b.wav', '..', '.hidden.wav']) {
        await ps.error(OP.greetingAdd, { extension_number: ext.number, filename });
        await ps.error(OP.greetingRemove, { extension_number: ext.number, filename });
      }
      await ps.error(OP.greetingSetup, { extension_number: ext.number, filename: '../default.wav' });
    },
  }),
];
