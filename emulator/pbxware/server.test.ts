import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_CONFIGURATION_FIELDS } from '../../contracts/pbxware/server.ts';
import { startPbxware, type PbxTestEmulator } from './test-support.ts';

describe('PBXware server configuration', () => {
  let pbx: PbxTestEmulator;
  beforeAll(async () => {
    pbx = await startPbxware();
  });
  afterAll(() => pbx.close());

  it('quirk server-configuration-flat: a flat object of the 46 sample fields, yes/no strings, smtp_pass in clear', async () => {
    const body = await pbx.call({ action: 'pbxware.server.configuration' });
    expect(Object.keys(body)).toEqual([...SERVER_CONFIGURATION_FIELDS]);
    expect(body).toMatchObject({ server_name: 'My Server', atd: 'no', smtp_pass: 'po12mn', limit_notify_email: 'john_doe@dot.com' });
  });

  it('ignores arguments it does not take', async () => {
    expect(await pbx.call({ action: 'pbxware.server.configuration', server: '7', id: '3' })).toHaveProperty('server_name', 'My Server');
  });
});
