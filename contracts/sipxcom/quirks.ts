import type { QuirkDefinition } from '../core/index.ts';
import { FIELD_EVIDENCE, doc } from './source.ts';

const quirk = (q: Omit<QuirkDefinition, 'vendor' | 'test'> & { test?: string }): QuirkDefinition => ({
  vendor: 'sipxcom',
  test: 'emulator/sipxcom/quirks.test.ts',
  ...q,
});

/**
 * Every sipXcom behaviour the emulator reproduces or decides although the document is odd there:
 * misprinted paths, routes documented twice, methods both documented and listed unsupported, copied
 * descriptions, field evidence. Each has a citation and an `it('quirk <id>: …')` test in `test`.
 * Switch with `--quirk sipxcom:<id>=off` where `switchable`.
 */
export const sipxcomQuirks: QuirkDefinition[] = [
  quirk({
    id: 'basic-and-digest',
    description:
      'HTTP Basic and Digest both authenticate; no or wrong credentials get 401 with two WWW-Authenticate challenges (Basic and Digest, realm "sipXconfig"). Off = Basic only.',
    doc: doc('75-81', 'credentials in the URL userinfo of every curl example'),
    fieldEvidence: `${FIELD_EVIDENCE} (R): integrators use HTTP Digest as well as Basic`,
    defaultOn: true,
    switchable: true,
    operations: ['*'],
  }),
  quirk({
    id: 'plain-http-listener',
    description:
      'Besides HTTPS ("served over HTTPS only", doc 59) the emulator also answers on a plain-HTTP listener (`http`), as 4.x did on port 80.',
    doc: doc('57-59'),
    fieldEvidence: `${FIELD_EVIDENCE} (R): plain HTTP on port 80 worked on 4.x alongside HTTPS`,
    defaultOn: true,
    operations: ['*'],
  }),
  quirk({
    id: 'not-found-404',
    description:
      'An unknown id answers 404 with ERROR_OBJECT_NOT_FOUND, except where the document ties 400 to it (branch update 364, permission 2189, user-group-permission 4101). Off = 400 everywhere on /rest, as sipxconfig\'s RestUtilities maps ERROR_OBJECT_NOT_FOUND (index O1).',
    doc: doc('2272-2272', 'the only documented not-found code on the phones and users resources is 404'),
    defaultOn: true,
    switchable: true,
    operations: ['GET /user/{id}', 'PUT /user/{id}', 'DELETE /user/{id}', 'GET /user-group/{id}', 'PUT /user-group/{id}', 'DELETE /user-group/{id}'],
  }),
  quirk({
    id: 'put-creates-post-updates',
    description:
      'The stated convention "PUT to create, POST to update" (doc 47-55) holds for users and user groups (PUT /user creates), but phones are created with POST /phones and lines with POST /phones/{id}/lines; PUT /phones is 405 ("Unsupported HTTP Methods: PUT, DELETE").',
    doc: doc('47-55'),
    defaultOn: true,
    operations: ['PUT /user', 'PUT /user-group', 'POST /phones', 'POST /phones/{phoneId}/lines', 'POST /phones/{phoneId}/groups/{groupName}'],
  }),
  quirk({
    id: 'phones-documented-twice',
    description:
      '/phones is documented twice ("Create a phone" 2223-2260 and "View or create a phone" 2341-2414) with different property tables: one route each for GET and POST, the phone carrying the union of both tables.',
    doc: doc('2223-2414'),
    defaultOn: true,
    operations: ['GET /phones', 'POST /phones'],
  }),
  quirk({
    id: 'phone-batch-skip',
    description:
      'A batch POST of phones (<phones><phone>…</phone></phones> or {"phones":[…]}) silently skips phones with an unknown model and serials already present or repeated. Off = the whole batch is refused with 400 naming the first bad phone.',
    doc: doc('2254-2260'),
    fieldEvidence: `${FIELD_EVIDENCE} (V): POST /phone takes a <phones> batch and silently skips invalid models and duplicate serials`,
    defaultOn: true,
    switchable: true,
    operations: ['POST /phones'],
  }),
  quirk({
    id: 'phones-models-copy-paste',
    description:
      'PUT and DELETE /phones/models are documented with the gateway settings\' descriptions ("Updates the settings of the gateway. PUT data is plain text."): declined, they answer 405 like any undocumented method.',
    doc: doc('2331-2337'),
    defaultOn: true,
    operations: ['PUT /phones/models', 'DELETE /phones/models'],
  }),
  quirk({
    id: 'phone-lines-delete-copy-paste',
    description: 'DELETE /phones/{phoneId}/lines is described as "Delete the setting from the group specified path.": it deletes all lines of the phone.',
    doc: doc('2636-2642'),
    defaultOn: true,
    operations: ['DELETE /phones/{phoneId}/lines'],
  }),
  quirk({
    id: 'phone-group-subpaths',
    description:
      'The phone-group URIs /{groupId}/up, /{groupId}/down, /{groupId}/models (and /{groupId}/model/{modelName}/settings…) are printed without their parent; they are served under /sipxconfig/api/phoneGroups/{groupId}/… (index A3). The bare /sipxconfig/api/{groupId}/up is 404.',
    doc: doc('2838-2980'),
    defaultOn: true,
    operations: ['PUT /{groupId}/up', 'PUT /{groupId}/down', 'GET /{groupId}/models'],
  }),
  quirk({
    id: 'phone-group-created-on-add',
    description:
      'Phone groups have no documented create ("View or create phone groups" lists PUT, POST, DELETE unsupported, doc 2764-2800) and phones join groups by name: POST /phones/{phoneId}/groups/{groupName} creates the group when no group has that name. Off = 404.',
    doc: doc('2495-2509'),
    defaultOn: true,
    switchable: true,
    operations: ['POST /phones/{phoneId}/groups/{groupName}', 'GET /phoneGroups'],
  }),
  quirk({
    id: 'page-params',
    description:
      '`page` is documented as "Required. The requested page size." (sic) and /user marks sortdir/sortby "Required" while its prose says sorting is optional (doc 3690-3710): page is the page number; paging only when page and pagesize are both whole numbers ≥ 1 (else one page of everything); a page past the end answers the last page; sortdir alone sorts by name; "reverse" (any case) sorts descending.',
    doc: doc('3690-3710'),
    defaultOn: true,
    operations: ['GET /user', 'GET /user-group', 'GET /phones/models'],
  }),
  quirk({
    id: 'user-group-item-metadata',
    description:
      'GET /user-group/{id} lists paging metadata (totalResults, currentPage, totalPages, resultsPerPage) among its properties (doc 3947-3961); one group is answered without it, as /branch/{id} is (doc 373-388).',
    doc: doc('3947-3961'),
    defaultOn: true,
    operations: ['GET /user-group/{id}'],
  }),
  quirk({
    id: 'voicemail-pin-copy-paste',
    description:
      '/my/voicemail/pin/{pin} carries the call-forwarding-schedule properties and GET/PUT/DELETE descriptions ("Retrieves call forwarding schedules.", "Updates existing schedule given {id}"): PUT changes the PIN (the section\'s title, field evidence); GET and DELETE are declined and answer 405.',
    doc: doc('4393-4447'),
    fieldEvidence: `${FIELD_EVIDENCE} (V): PUT /my/voicemail/pin/{new} changes the user's PIN; afterwards the user authenticates with it`,
    defaultOn: true,
    operations: ['PUT /my/voicemail/pin/{pin}', 'GET /my/voicemail/pin/{pin}', 'DELETE /my/voicemail/pin/{pin}'],
  }),
  quirk({
    id: 'trailing-slash',
    description: 'Examples end some URIs with a slash (`/rest/auto-attendant/`, `/api/license/`): `/x` and `/x/` are the same route (index A27).',
    doc: doc('125-125'),
    defaultOn: true,
    operations: ['*'],
  }),
];
