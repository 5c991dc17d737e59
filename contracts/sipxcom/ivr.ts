import { serviceSettingsContracts, SUGGESTED_API_BASE } from './service-settings.ts';
import { doc } from './source.ts';

/**
 * IVR settings (doc 1248-1312): GET, PUT and DELETE on the collection only — the document gives IVR
 * no `{settingPath}` route, and PUT/DELETE carry the gateway's descriptions (quirk ivr-settings-without-path).
 */
export const ivrContracts = serviceSettingsContracts({
  uri: '/ivr/settings',
  label: 'IVR',
  baseNote: SUGGESTED_API_BASE,
  list: { doc: [doc('1248-1296')], summary: 'Retrieves all the IVR settings.' },
  writeMany: {
    doc: [doc('1297-1303', '"Updates the settings of the gateway. PUT data is plain text." (sic)')],
    summary: 'Updates IVR settings. PUT data is plain text: one `path=value` per line.',
    decisions: [
      {
        question: 'The URI names no setting and the body is "plain text": how does it say which setting changes?',
        choice:
          'Plain text holds one `path=value` per line (blank lines and lines starting with # ignored; the value may be empty); JSON or XML may carry the list as GET shows it ({"settings":[{"path","value"}]}, index A17). All or nothing: an unknown path is 404, a value the setting type refuses or a line without "=" is 400, and then nothing changes. 200 with no body.',
        quirk: 'ivr-settings-without-path',
      },
    ],
  },
  revertAll: {
    doc: [doc('1304-1312', '"Deletes the settings of the gateway." (sic)')],
    summary: 'Reverts every IVR setting to its default.',
    decisions: [
      {
        question: '"Deletes the settings of the gateway" on /ivr/settings: what goes?',
        choice: 'Every IVR setting goes back to its default value (as DELETE on a setting path does, doc 1492); the definitions stay. 200 with no body.',
        quirk: 'ivr-settings-without-path',
      },
    ],
  },
});
