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
    id: 'erl-group-no-delete',
    description:
      '/erl/group/{groupName} documents GET and PUT and lists only POST unsupported (doc 770-785), so DELETE is neither documented nor refused: it answers 405 (Allow: GET, PUT). A user group\'s ERL goes when the ERL or the group is deleted.',
    doc: doc('770-785'),
    defaultOn: true,
    operations: ['GET /erl/group/{groupName}', 'PUT /erl/group/{groupName}'],
  }),
  quirk({
    id: 'erl-user-plain-text',
    description:
      'GET /erl/user/{username} lists location, elin, addressInfo and description as its properties (doc 698-712) but "Data is plain text and represents the ELIN of the ERL" (718): it answers text/plain, the ELIN alone (empty when the user has none).',
    doc: doc('698-722'),
    defaultOn: true,
    operations: ['GET /erl/user/{username}', 'PUT /erl/user/{username}'],
  }),
  quirk({
    id: 'erls-delete-needs-elin',
    description:
      'DELETE /rest/erls is described "Delete the ERL with the specified ELIN" on a URI with no ELIN (doc 633-635, index A21): the ELIN comes as ?elin= or in the body (text, {"elin"}, or an e911Locations list); none given is 400. Off = DELETE /erls with no ELIN deletes every ERL.',
    doc: doc('633-637'),
    defaultOn: true,
    switchable: true,
    operations: ['DELETE /erls'],
  }),
  quirk({
    id: 'branch-table-names',
    description:
      'The branch property table says resultPerPage and "ID" and has no address id (doc 249, 253); the XML examples say resultsPerPage and <id> and nest <address><id> (317, 321, 325). The emulator answers the examples\' names.',
    doc: doc('237-334'),
    defaultOn: true,
    operations: ['GET /branch', 'GET /branch/{id}'],
  }),
  quirk({
    id: 'aa-specialmode-body',
    description:
      'PUT and DELETE /auto-attendant/specialmode both send {"specialMode":"true"} (doc 173, 180): the method decides, not the body — PUT turns special mode on, DELETE turns it off even when its body says "true". The body is read (it must be well formed) and ignored.',
    doc: doc('167-180'),
    defaultOn: true,
    operations: ['PUT /auto-attendant/specialmode', 'DELETE /auto-attendant/specialmode'],
  }),
  quirk({
    id: 'aa-example-truncated',
    description:
      'The auto-attendant examples are truncated: <autoAttendants> (doc 126-136) and <specialAttendant> (165-166) are never closed. The emulator answers well-formed XML with both closed.',
    doc: doc('126-166'),
    defaultOn: true,
    operations: ['GET /auto-attendant', 'GET /auto-attendant/specialmode'],
  }),
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
    operations: ['GET /user/{id}', 'PUT /user/{id}', 'DELETE /user/{id}', 'GET /user-group/{id}', 'PUT /user-group/{id}', 'DELETE /user-group/{id}', 'GET /branch/{id}'],
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
    operations: ['PUT /{groupId}/up', 'PUT /{groupId}/down', 'GET /{groupId}/models', 'GET /{groupId}/model/{modelName}/settings', 'GET /{groupId}/model/{modelName}/settings/{path:.*}'],
  }),
  quirk({
    id: 'group-model-settings-copy-paste',
    description:
      'GET/PUT/DELETE /{groupId}/model/{modelName}/settings carry the phone group\'s own descriptions ("Retrieves the phone group with the specified ID.", "Updates the phone group.", "Deletes the phone group."): they act on the group\'s settings for the model; DELETE reverts them and the group stays. PUT ("plain text") takes path=value lines.',
    doc: doc('2908-2944'),
    defaultOn: true,
    operations: ['GET /{groupId}/model/{modelName}/settings', 'PUT /{groupId}/model/{modelName}/settings', 'DELETE /{groupId}/model/{modelName}/settings'],
  }),
  quirk({
    id: 'gateway-create-by-post',
    description:
      'Against the stated convention "PUT to create, POST to update" (doc 47-55), POST /gateways/{gatewayId} "Creates a new gateway with the specified ID" and PUT "Updates the gateway … Uses the same XML as for creation" (1049-1062): POST creates with the id of the path (400 when taken), PUT on an unknown id is 404 and creates nothing.',
    doc: doc('1049-1062'),
    defaultOn: true,
    operations: ['POST /gateways/{gatewayId}', 'PUT /gateways/{gatewayId}'],
  }),
  quirk({
    id: 'gateway-table-vs-json',
    description:
      'The gateway property table lists anonymous, ignoreUserInfo, transformUserExtensions (plural) and keepDigits as top-level properties (doc 959-973); the JSON nests them under callerAliasInfo and spells transformUserExtension (984). Answers follow the JSON; a create or update also reads the table\'s top-level names. Off = only callerAliasInfo is read.',
    doc: doc('959-984'),
    defaultOn: true,
    switchable: true,
    operations: ['POST /gateways/{gatewayId}', 'PUT /gateways/{gatewayId}', 'GET /gateways/{gatewayId}'],
  }),
  quirk({
    id: 'gateway-setting-path-copy-paste',
    description:
      'The property table of /api/gateways/{gatewayId}/settings/{path:.*} says the answer is "the gateway … same as the /gateways/{gatewayId} resource" (doc 1130-1136); the operation "Retrieve[s] the setting specified in the path" (1142), which is what it answers.',
    doc: doc('1122-1146'),
    defaultOn: true,
    operations: ['GET /gateways/{gatewayId}/settings/{path:.*}'],
  }),
  quirk({
    id: 'gateway-setting-booleans',
    description:
      'Boolean setting values are spelled "0"/"1" in the DNS example (doc 450) but "true"/"false" in the gateway example (1118): a SIP trunk\'s booleans are stored and answered "true"/"false" (1, 0, true, false accepted); every other tree answers 0/1. The type table of 1091 lists string, boolean and enum although 1118 shows "integer" too: integers are checked as whole numbers.',
    doc: doc('1085-1118', 'type table 1091; example 1118; DNS "0" at 450'),
    defaultOn: true,
    operations: ['PUT /gateways/{gatewayId}/settings/{path:.*}', 'GET /gateways/{gatewayId}/settings'],
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
  quirk({
    id: 'settings-leaf-unwrapped',
    description:
      'A settings read by path answers one setting object, unwrapped, when the path names a setting (MOH, doc 1482) and {"settings":[…]} when it names a subtree (DNS, doc 477); index A19, O2 ResponseUtils. Off = always the list.',
    doc: doc('470-482', 'subtree example 477; leaf example 1482'),
    defaultOn: true,
    switchable: true,
    operations: ['GET /dns/settings/{settingPath}', 'GET /moh/settings/{settingPath}', 'GET /mwi/settings/{settingPath}', 'GET /imbot/settings/{settingPath}', 'GET /proxy/settings/{settingPath}', 'GET /registrar/settings/{settingPath}', 'GET /restserver/settings/{settingPath}', 'GET /saa/settings/{settingPath}', 'GET /gateways/{gatewayId}/settings/{path:.*}', 'GET /gateways/{gatewayId}/port/{portId}/settings/{path:.*}', 'GET /phones/{phoneId}/settings/{settingPath}', 'GET /phones/{phoneId}/lines/{lineId}/settings/{settingPath}', 'GET /{groupId}/model/{modelName}/settings/{path:.*}'],
  }),
  quirk({
    id: 'settings-unlisted-methods-405',
    description:
      'Settings methods the document neither gives nor lists unsupported answer 405 like the listed ones (index A8, §6 item 16): PUT/POST/DELETE on /api/dns/settings (no Unsupported line, 441-450), POST on /mwi/settings/{settingPath} (1382-1416), DELETE on /imbot/settings/{settingPath} (1633) and /restserver/settings/{settingPath} (3382).',
    doc: doc('1604-1633'),
    defaultOn: true,
    operations: ['GET /dns/settings', 'PUT /mwi/settings/{settingPath}', 'PUT /imbot/settings/{settingPath}', 'PUT /restserver/settings/{settingPath}'],
  }),
  quirk({
    id: 'ivr-settings-without-path',
    description:
      'IVR documents PUT and DELETE on /ivr/settings itself, with the gateway\'s descriptions ("Updates the settings of the gateway. PUT data is plain text.", "Deletes the settings of the gateway."), and no {settingPath} route: PUT takes `path=value` lines (or the settings list as JSON/XML), all or nothing; DELETE reverts every IVR setting to its default.',
    doc: doc('1297-1310'),
    defaultOn: true,
    operations: ['PUT /ivr/settings', 'DELETE /ivr/settings'],
  }),
  quirk({
    id: 'license-uid-in-path',
    description:
      'The license Resource URI is /api/license (1316) but the UID update example POSTs to /api/license/508316691110519 (1343), and POST is the update here (against the PUT-updates convention of doc 47-55): POST /api/license/{uid} sets the UID and answers the license; POST /api/license is 405.',
    doc: doc('1337-1344'),
    defaultOn: true,
    operations: ['POST /license'],
  }),
  quirk({
    id: 'moh-settings-dns-properties',
    description:
      'The MOH settings property table lists dnsManager and dnsTestContext (doc 1432-1436, copied from DNS); the answer is the settings list of the example (doc 1447).',
    doc: doc('1428-1447'),
    defaultOn: true,
    operations: ['GET /moh/settings'],
  }),
  quirk({
    id: 'dns-advisor-naptr-misprint',
    description:
      'The DNS advisor example prints the UDP NAPTR order as `\\d` (`IN NAPTR \\d 0 "s" "SIP+D2U"`, doc 518); the emulator answers 2 (TCP is 1), keeping the rest of the layout (two spaces before `IN A`, no trailing dot on the host).',
    doc: doc('516-523'),
    defaultOn: true,
    operations: ['GET /dns/advisor/server/{serverId}'],
  }),
  quirk({
    id: 'user-permission-misprint',
    description:
      'The user-permission URI is printed /user-permission{id} (doc 3811, no slash; index A2); both /user-permission/{id} (the Restlet route, O4) and the printed form (/user-permission12) reach the same user. The route is the wildcard /user-permission*; what follows that is not an id (with or without one slash) is 404.',
    doc: doc('3809-3811'),
    defaultOn: true,
    operations: ['GET /user-permission{id}', 'PUT /user-permission{id}'],
  }),
  quirk({
    id: 'schedule-delete-description',
    description:
      'DELETE /schedules/{scheduleId} is described "Delete the description of the specified schedule ID" (doc 3519): it deletes the schedule (GET "View the description" shows the whole schedule). Off = only the schedule\'s description is cleared and the schedule stays.',
    doc: doc('3503-3523'),
    defaultOn: true,
    switchable: true,
    operations: ['DELETE /schedules/{scheduleId}'],
  }),
  quirk({
    id: 'registrations-start-limit',
    description:
      'GET /registrations and /registrations/user/{userId} take `start` ("Required. The start date.") and `limit` ("Required. The max number of results"): start is a 0-based row offset and limit the most rows (index A16); both optional; a value that is not a whole number is 400.',
    doc: doc('3126-3136'),
    defaultOn: true,
    operations: ['GET /registrations', 'GET /registrations/user/{userId}'],
  }),
  quirk({
    id: 'call-two-uris',
    description:
      'Click-to-call is documented as "Resource URI: /my/call/{to} or /call/{to}" (4134) and the intro calls /sipxconfig/rest/call/{phonenumber} (79): both URIs place the same call for the authenticated user.',
    doc: doc('4134-4134'),
    defaultOn: true,
    operations: ['PUT /my/call/{to}', 'PUT /call/{to}', 'GET /my/call/{to}', 'GET /call/{to}'],
  }),
  quirk({
    id: 'call-put-empty-body',
    description:
      '"PUT method requires a non empty body which is ignored" (4144), yet the intro example PUTs none (79) and sipxconfig adds a dummy entity to a bodiless PUT (index O5): an empty PUT places the call. Off = an empty PUT is 400.',
    doc: doc('4144-4144'),
    defaultOn: true,
    switchable: true,
    operations: ['PUT /my/call/{to}', 'PUT /call/{to}'],
  }),
  quirk({
    id: 'call-get',
    description:
      'The call section says "Supported as a GET for clients that do not handle PUT." (4144) and lists "Unsupported HTTP Method: GET, POST, DELETE" (4150): GET places the call as PUT does. Off = 405, as the Unsupported list and the legacy CallResource (allowGet false, index O5) have it.',
    doc: doc('4144-4150'),
    defaultOn: true,
    switchable: true,
    operations: ['GET /my/call/{to}', 'GET /call/{to}'],
  }),
  quirk({
    id: 'conferences-documented-twice',
    description:
      '/my/conferences is documented twice ("Filter conferences for a user ID" 5147, "View conference settings for all users" 5236) with different property tables and Unsupported lists (PUT, POST, DELETE vs POST, DELETE): one GET whose items carry the union of both tables (enabled, name, description, extension, accessCode) as <conference> elements; PUT, documented by neither, is 405.',
    doc: doc('5147-5268'),
    defaultOn: true,
    operations: ['GET /my/conferences'],
  }),
  quirk({
    id: 'conference-named',
    description: 'The conference settings table prints the property `named` (5284) where every other table says `name`: GET /my/conferences/{name} answers `named`; a PUT accepts `named` or `name` (neither renames).',
    doc: doc('5282-5286'),
    defaultOn: true,
    operations: ['GET /my/conferences/{name}', 'PUT /my/conferences/{name}'],
  }),
  quirk({
    id: 'conference-command-args',
    description:
      'FreeSWITCH commands take their arguments inside the path segment, joined with "&": "/{command}&{arg 1}&{arg 2}…" (5333), not as a query string; `{conference-name}` (5331) is the same variable as `{confName}` (5492). A "/" inside an argument (dial endpoints) is percent-encoded.',
    doc: doc('5329-5333'),
    defaultOn: true,
    operations: ['PUT /my/conference/{conference-name}/{command}'],
  }),
  quirk({
    id: 'faxprefs-documented-twice',
    description:
      '/my/faxprefs is documented twice: "View fax extensions and DID number" (5566, extension and did) and "View user details, password, and the servers\' hostname" (5660, login details with pin, im-location and fqdn, no HTTP Method line). The fax preferences are answered; off = the second section\'s {"logindetails":{…}} (index A5).',
    doc: doc('5566-5700'),
    defaultOn: true,
    switchable: true,
    operations: ['GET /my/faxprefs'],
  }),
  quirk({
    id: 'callfwd-schedule-403',
    description:
      '"Error 403 on PUT or DELETE and the schedule id not specified" is printed under /my/callfwdschedule (4254), which has no DELETE (4271): it applies to /my/callfwdsched/{id}; PUT, GET or DELETE /my/callfwdsched/ with an empty id is 403 ERROR_MISSING_ID. The 422 "save or update failed" of the same line applies to PUT /my/callfwdschedule and PUT /my/callfwdsched/{id}.',
    doc: doc('4254-4271'),
    defaultOn: true,
    operations: ['PUT /my/callfwdsched/{id}', 'DELETE /my/callfwdsched/{id}', 'GET /my/callfwdsched/{id}', 'PUT /my/callfwdschedule'],
  }),
  quirk({
    id: 'attendant-forward-delete-vm',
    description:
      'The personal attendant examples carry `forwardDeleteVM` (4559, 4566) although the property table does not list it (4536-4548); it is answered and saved. The example GET answers bare JSON (no named root) and the menu keys are digits, so the resource speaks JSON only (index A12).',
    doc: doc('4536-4566'),
    defaultOn: true,
    operations: ['GET /my/voicemail/attendant', 'PUT /my/voicemail/attendant'],
  }),
  quirk({
    id: 'active-greeting-fallback',
    description:
      'The rule "Plain text values should be none, standard, outofoffice, or extendedabsence. For other content the “none” greeting will be saved." sits where response codes go (5077-5079): an unknown {greeting} saves none with 200. Off = 400 for an unknown greeting. An empty greeting is 400 either way ("The greeting cannot be empty.", 5091).',
    doc: doc('5075-5091'),
    defaultOn: true,
    switchable: true,
    operations: ['PUT /my/mailbox/{user}/preferences/activegreeting/{greeting}'],
  }),
  quirk({
    id: 'nonstandard-statuses',
    description:
      'The document ties non-standard HTTP statuses to private phone book errors: 747 "when entryid is duplicated during save (POST)" (4730) and 743/744/745 for Google authentication/service/transport errors (4843-4847). They are answered literally, with the error envelope (index A24). PUT /my/phonebookentry/{internalid} copying an entry twice answers 747 as well.',
    doc: doc('4730-4847'),
    defaultOn: true,
    operations: ['POST /my/phonebook/entry/{entryId}', 'PUT /my/phonebookentry/{internalid}', 'POST /my/phonebook/googleImport'],
  }),
  quirk({
    id: 'phonebookentry-delete-listed-unsupported',
    description:
      'DELETE /my/phonebookentry/{internalid} is documented ("Deletes a private phone book entry.", 4808) and listed unsupported ("Unsupported HTTP Method: POST, DELETE", 4816): the HTTP Method block wins (index A7), DELETE removes the user\'s private entry with that internal id; POST is 405.',
    doc: doc('4808-4816'),
    defaultOn: true,
    operations: ['DELETE /my/phonebookentry/{internalid}'],
  }),
  quirk({
    id: 'google-import-offline',
    description:
      'POST /my/phonebook/googleImport needs Google: the emulator reaches no Google service (and Google retired the account + password sign-in such an import uses), so every import naming an account answers 743 (Google authentication error); no account is 400. 744 and 745 are reachable with fault injection.',
    doc: doc('4836-4857'),
    defaultOn: true,
    operations: ['POST /my/phonebook/googleImport'],
  }),
  quirk({
    id: 'user-services-copy-paste',
    description:
      'Descriptions copied from other resources: GET /my/vmprefs "Retrieves call forwarding schedules." (4491), GET /my/contact-information "Retrieves the etnries from the private phone book." (4919), GET /my/phonebook/entry/{entryId} "Retrieves all the entries from the private phone book." (4734) with an id in the URI, PUT /my/voicemail/operator "Resets … given the {operator} value" with no {operator} (4598), and /my/callfwdschedule\'s property table repeating the ring properties (4236-4250). Each answers what its section is about: voicemail settings, contact details, the one entry, a reset operator, the schedules.',
    doc: doc('4491-4919'),
    defaultOn: true,
    operations: ['GET /my/vmprefs', 'GET /my/contact-information', 'GET /my/phonebook/entry/{entryId}', 'PUT /my/voicemail/operator', 'GET /my/callfwdschedule'],
  }),
  quirk({
    id: 'phonebook-csv',
    description:
      'GET /rest/phonebook/{name} prints "the content of a phonebook … to standard CSV output" (73-75): the answer is text/comma-separated-values with a header line firstName,lastName,number (index A22), whatever Accept asks; GET /phonebook lists the names in XML or JSON.',
    doc: doc('73-75'),
    fieldEvidence: `${FIELD_EVIDENCE} (V): content negotiation includes text/comma-separated-values (phonebook)`,
    defaultOn: true,
    operations: ['GET /phonebook/{name}', 'GET /phonebook'],
  }),
  quirk({
    id: 'query-in-resource-uri',
    description:
      'Two Resource URIs carry their query string: /my/pagedphonebook?start={start-row}&end={end-row} (4662) and /my/search/phonebook?query={searchterm} (4765). They are served at /my/pagedphonebook and /my/search/phonebook with start, end and query as query parameters (rows from 0, end exclusive; a search needs a term).',
    doc: doc('4662-4765'),
    defaultOn: true,
    operations: ['GET /my/pagedphonebook', 'GET /my/search/phonebook'],
  }),
  quirk({
    id: 'put-documented-and-unsupported',
    description:
      'PUT is documented and listed in the same section\'s "Unsupported HTTP Method: PUT, POST" on /pagegroups/{pagegroupId} (1737 vs 1752), /pagegroups/settings (1795 vs 1806) and /orbits/{orbitId} and /orbits/{orbitId}/settings (1921 vs 1936, 1959/1997 vs 1974/2012): the HTTP Method block wins (index A7; sipxconfig declares the PUTs, O3), PUT updates; POST on those URIs is 405.',
    doc: doc('1737-1752'),
    defaultOn: true,
    operations: ['PUT /pagegroups/{pagegroupId}', 'PUT /pagegroups/settings', 'PUT /orbits/{orbitId}', 'PUT /orbits/{orbitId}/settings'],
  }),
  quirk({
    id: 'settings-path-forms',
    description:
      'The page group service settings (/pagegroups/settings, 1754-1806) and the orbit options (/orbits/{orbitId}/settings, 1938-2012) are printed without a setting path, yet DELETE "Deletes the paging group specified by path": each operation answers both at the bare URI (GET all; PUT path=value lines or {"settings":[…]}; DELETE reverts all) and at …/settings/{path} as sipxconfig serves it (GET a leaf or subtree; PUT the value as plain text; DELETE reverts that path).',
    doc: doc('1754-1806'),
    defaultOn: true,
    operations: ['GET /pagegroups/settings', 'PUT /pagegroups/settings', 'DELETE /pagegroups/settings', 'GET /orbits/{orbitId}/settings', 'PUT /orbits/{orbitId}/settings', 'DELETE /orbits/{orbitId}/settings'],
  }),
  quirk({
    id: 'orbit-settings-documented-twice',
    description:
      '/orbits/{orbitId}/settings is documented twice: "Manage park orbit options" (1938-1974, options of the orbit) and "Manage the park orbit service" (1976-2012, "general service options"). One operation each for GET, PUT and DELETE: the options of the orbit in the path; the park service\'s general options (sipxconfig\'s /orbits/settings, index A4) have no URI in the document and are not served (/orbits/settings is 404).',
    doc: doc('1938-2012'),
    defaultOn: true,
    operations: ['GET /orbits/{orbitId}/settings', 'PUT /orbits/{orbitId}/settings', 'DELETE /orbits/{orbitId}/settings'],
  }),
  quirk({
    id: 'orbits-prompt-descriptions',
    description:
      'GET /orbits is described as "Downloads prompts based upon file name." and POST /orbits as "Uploads a park orbit prompt based upon file name." (1885, 1892, copied from the prompts): the heading ("View park orbits") wins, GET lists the orbits and POST creates one from an orbit body; prompts are /orbits/prompts.',
    doc: doc('1869-1898'),
    defaultOn: true,
    operations: ['GET /orbits', 'POST /orbits'],
  }),
  quirk({
    id: 'moh-prompts-dns-properties',
    description:
      'The MOH prompts property table lists dnsManager and dnsTestContext (doc 1508-1512, copied from DNS): the list answers the prompt files ({"prompts":[{"name","size","contentType"}]}), the upload takes multipart/form-data.',
    doc: doc('1496-1531'),
    defaultOn: true,
    operations: ['GET /moh/prompts', 'POST /moh/prompts'],
  }),
  quirk({
    id: 'prompt-delete-undocumented',
    description:
      'Only MOH prompts document DELETE (1554); DELETE on /pagegroups/prompts/{promptName} and /orbits/prompts/{promptName} is neither documented nor listed unsupported (1851, 2057): it answers 405 like an unlisted method (index A8), although sipxconfig serves it (O3) — so their files stay once uploaded.',
    doc: doc('1835-1851'),
    defaultOn: true,
    operations: ['GET /pagegroups/prompts/{promptName}', 'GET /orbits/prompts/{promptName}'],
  }),
];
