import assert from 'node:assert/strict';
import { doc } from '../../contracts/pbxware/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { createExtension } from './group-helpers.ts';
import { PbxwareClient, workTenant } from './helpers.ts';

const METHODS = ['start', 'pause', 'unpause', 'stop'] as const;

export const recordingScenarios = [
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.recording.no_calls',
    title: 'recording start/pause/unpause/stop on an extension without calls answer affected_calls 0',
    doc: [doc('9372-9417')],
    operations: METHODS.map((m) => `pbxware.recording.${m}`),
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = await workTenant(t, pbx);
      // A new extension has no device registered, so it cannot be on a call.
      const extension = await createExtension(t, pbx, server);
      for (const method of METHODS) {
        const body = await pbx.call<{ success: string; affected_calls: number }>(`pbxware.recording.${method}`, {
          server,
          ext: extension.ext,
        });
        assert.equal(body.affected_calls, 0, `recording.${method} affects no call ("affected_calls set to 0", doc 9417)`);
      }
    },
  }),
];
