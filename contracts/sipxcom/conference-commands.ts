import { z } from 'zod';
import { sipxOperation } from './operation.ts';
import { pathId } from './shapes.ts';
import { doc } from './source.ts';

/**
 * FreeSWITCH conference commands (doc 5321-5542): PUT
 * `/sipxconfig/rest/my/conference/{conference-name}/{command}&{arg 1}&{arg 2}…` (5331-5333) sends a
 * command to the conference the authenticated user owns. The answer is FreeSWITCH's text output.
 */

/** The documented commands (5337-5489) with their usage, as the table prints it. */
export const CONFERENCE_COMMANDS = {
  bgdial: '<endpoint_module_name>/<destination> <callerid number> <callerid name>',
  deaf: '<[member_id|all]|last>',
  dial: '<endpoint_module_name>/<destination> <callerid number> <callerid name>',
  dtmf: '<[member_id|all|last]> <digits>',
  energy: '<member_id|all|last> [<newval>]',
  hup: '<[member_id|all|last]>',
  kick: '<[member_id|all|last]>',
  list: '[delim <string>]',
  lock: '',
  mute: '<[member_id|all]|last>',
  norecord: '<[filename|all]>',
  nopin: '',
  pin: '<pin#>',
  play: '<file_path> [async|<member_id>]',
  record: '<filename>',
  relate: '<member_id> <other_member_id> [nospeak|nohear|clear]',
  say: '<text>',
  saymember: '<member_id> <text>',
  stop: '<[current|all|async|last]> [<member_id>]',
  transfer: '<conference_name> <member id> […<member id>]',
  unmute: '<[member_id|all]|last>',
  undeaf: '<[member_id|all]|last>',
  unlock: '',
  volume_in: '<member_id|all|last> [<newval>]',
  volume_out: '<member_id|all|last> [<newval>]',
  xml_list: '',
} as const;

export type ConferenceCommand = keyof typeof CONFERENCE_COMMANDS;

export const conferenceCommandContracts = [
  sipxOperation({
    id: 'PUT /my/conference/{conference-name}/{command}',
    path: '/my/conference/{confName}/{command}',
    base: 'rest',
    baseNote: 'documented: "https://username:password@host.domain/sipxconfig/rest/my/conference/{conference-name}" (doc 5331)',
    summary: 'Sends a FreeSWITCH command with its arguments ("/{command}&{arg 1}&{arg 2}…") to the user\'s conference.',
    kind: 'write',
    doc: [doc('5321-5496'), doc('5498-5542', 'dial defaults and the list output format')],
    request: z.object({ confName: pathId, command: z.string().min(1).max(2000), body: z.unknown().optional() }),
    response: z.string(),
    produces: ['text'],
    consumes: ['text', 'json', 'xml'],
    access: 'user',
    errors: ['notFound', 'notConferenceOwner', 'badConferenceCommand', 'conferenceNotActive'],
    decisions: [
      {
        question: 'The path variable is printed `{conference-name}` (5331) and `{confName}` in the error list (5492).',
        choice: 'Served as /my/conference/{confName}/{command} (the router reads a hyphen as the end of a variable name); the URL is the same.',
      },
      {
        question: 'How are the arguments passed?',
        choice:
          'Inside the command segment, joined with "&" (5333): `kick&3`, `dial&sofia%2Fdefault%2F1000@softswitch&1234567890&FreeSWITCH_Conference` (a "/" inside an argument is percent-encoded, as the segment is one path segment). Quirk conference-command-args.',
        quirk: 'conference-command-args',
      },
      {
        question: 'Which commands, and what is "incorrect" (400, 5496)?',
        choice:
          'The 26 commands of the table (5337-5489); any other name (e.g. `invite`), a missing required argument, a member id the conference does not have, or a value out of range (volume -4..4, energy 0..10000, digits for pin/dtmf) is 400. A body is optional and ignored.',
      },
      {
        question: 'What does a command do to the conference (visible in GET /my/conferencedetails)?',
        choice:
          'lock/unlock → locked; mute/unmute → canSpeak; deaf/undeaf → canHear; energy → energyLevel; volume_in → volumeIn; kick/hup → the member leaves; transfer → the members move to the named conference; dial/bgdial → the destination joins at once as a new member (refused while the conference is locked, disabled or at maxMembers: the member does not join). A conference whose last member leaves ends (lock and pin are cleared).',
      },
      {
        question: 'A command to a conference with no participants?',
        choice: 'dial and bgdial start it; every other command is 406, as for the details (5224): FreeSWITCH knows no such conference.',
      },
      {
        question: 'What is answered?',
        choice:
          '200, text/plain, FreeSWITCH-like output (index A33): e.g. "OK <conf> locked", "OK mute 1", "Call Requested: result: [SUCCESS]"; `list` prints "<conference name> (<n> member[s][ locked])," then one CSV line per leg: id, register string, uuid, caller id number, status (hear|speak), volume in, volume out, energy level (5512-5542); `xml_list` prints the conference as XML. Dial defaults caller id number "00000000" and name "FreeSWITCH" (5500).',
      },
    ],
  }),
];
