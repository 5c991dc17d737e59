import { CONFERENCE_COMMANDS, type ConferenceCommand } from '../../../contracts/sipxcom/conference-commands.ts';
import { fail, type SipxCall, type SipxHandler } from '../call.ts';
import {
  conferenceMembers,
  conferenceSessions,
  findConference,
  join,
  leave,
  legUuid,
  membersOf,
  type ConferenceMemberRow,
  type ConferenceRow,
  type ConferenceSessionRow,
} from '../models/conferences.ts';
import { findUser } from '../models/users.ts';
import { ownConference } from './conferences.ts';

/** What a command runs with: the conference, its running state and members, the arguments. */
interface Run {
  call: SipxCall;
  conference: ConferenceRow;
  session: ConferenceSessionRow;
  members: ConferenceMemberRow[];
  args: string[];
}

const bad = (message: string): never => fail('badConferenceCommand', `The command is incorrect: ${message}`);

function usage(command: ConferenceCommand): string {
  return `usage: ${command} ${CONFERENCE_COMMANDS[command]}`.trim();
}

/** Members named by `<member_id|all|last>`; a member id the conference does not have is incorrect. */
function select(run: Run, token: string | undefined, command: ConferenceCommand, allowAll = true): ConferenceMemberRow[] {
  if (token === undefined || token === '') return bad(usage(command));
  if (token === 'all' && allowAll) return run.members;
  if (token === 'last') return run.members.slice(-1);
  const member = /^\d{1,9}$/.test(token) ? run.members.find((m) => m.memberId === Number(token)) : undefined;
  return member ? [member] : bad(`no member ${token} in ${run.conference.name}`);
}

function integer(text: string, min: number, max: number, what: string): number {
  if (!/^-?\d{1,6}$/.test(text) || Number(text) < min || Number(text) > max) bad(`${what} must be a whole number from ${min} to ${max}`);
  return Number(text);
}

function update(run: Run, members: ConferenceMemberRow[], changes: Partial<ConferenceMemberRow>, line: (m: ConferenceMemberRow) => string): string {
  for (const m of members) conferenceMembers(run.call.context).update(m.id, changes);
  return members.map(line).join('\n');
}

const setSession = (run: Run, changes: Partial<ConferenceSessionRow>) => conferenceSessions(run.call.context).update(run.conference.id, changes);

/** A flag per member (mute/unmute, deaf/undeaf). */
const flag = (command: ConferenceCommand, changes: Partial<ConferenceMemberRow>) => (run: Run) =>
  update(run, select(run, run.args[0], command), changes, (m) => `OK ${command} ${m.memberId}`);

/** A level per member, read without a value and set with one (energy, volume_in, volume_out). */
const level =
  (command: ConferenceCommand, field: 'energyLevel' | 'volumeIn' | 'volumeOut', label: string, min: number, max: number) => (run: Run) => {
    const members = select(run, run.args[0], command);
    if (run.args[1] === undefined) return members.map((m) => `${label} ${m.memberId} = ${m[field]}`).join('\n');
    const value = integer(run.args[1], min, max, label);
    return update(run, members, { [field]: value }, (m) => `${label} ${m.memberId} = ${value}`);
  };

/** Admission of a new member: a locked, disabled or full conference lets nobody in. */
function admission(conference: ConferenceRow, session: ConferenceSessionRow | undefined, count: number): string {
  if (!conference.enabled) return 'CONFERENCE_DISABLED';
  if (session?.locked) return 'CONFERENCE_LOCKED';
  if (conference.maxMembers > 0 && count >= conference.maxMembers) return 'CONFERENCE_FULL';
  return 'SUCCESS';
}

/** dial / bgdial: `<endpoint_module_name>/<destination> [<callerid number>] [<callerid name>]` (doc 5343-5351, 5498-5510). */
function dial(call: SipxCall, conference: ConferenceRow, command: 'dial' | 'bgdial', args: string[]): string {
  const endpoint = (args[0] ?? '').replace(/^\{[^}]*\}/, '');
  const parts = endpoint.split('/');
  if (parts.length < 2 || parts.some((p) => p === '') || !/^[\w.@:+*#-]+$/.test(parts.at(-1)!)) bad(usage(command));
  const destination = parts.at(-1)!;
  const number = destination.split('@')[0];
  const user = findUser(call.context, number);
  const session = conferenceSessions(call.context).get(conference.id);
  const result = admission(conference, session, membersOf(call.context, conference.id).length);
  if (result === 'SUCCESS') join(call.context, conference, { name: user ? [user.firstName, user.lastName].filter(Boolean).join(' ') || number : number, number, imID: user?.username ?? '', register: endpoint });
  if (command === 'bgdial') return `OK Job-UUID: ${legUuid(conference.id, 0, call.context.clock.now(), membersOf(call.context, conference.id).length)}`;
  // The caller id the destination sees (defaults "00000000" / "FreeSWITCH", doc 5500) is not part of the conference's state.
  return `Call Requested: result: [${result}]`;
}

function listing(run: Run): string {
  const { conference, session, members } = run;
  let delim = ',';
  if (run.args.length > 0) {
    if (run.args[0] !== 'delim' || !run.args[1]) bad(usage('list'));
    delim = run.args[1];
  }
  const header = `${conference.name} (${members.length} member${members.length === 1 ? '' : 's'}${session.locked ? ' locked' : ''}),`;
  const legs = members.map((m) =>
    [m.memberId, m.register, m.uuid, m.number, [m.canHear ? 'hear' : '', m.canSpeak ? 'speak' : ''].filter(Boolean).join('|'), m.volumeIn, m.volumeOut, m.energyLevel].join(delim),
  );
  return [header, ...legs].join('\n');
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

function xmlListing(run: Run): string {
  const { conference, session, members } = run;
  const items = members
    .map(
      (m) =>
        `<member type="caller"><id>${m.memberId}</id><uuid>${m.uuid}</uuid><caller_id_name>${escapeXml(m.name)}</caller_id_name><caller_id_number>${escapeXml(m.number)}</caller_id_number><flags><can_hear>${m.canHear}</can_hear><can_speak>${m.canSpeak}</can_speak></flags><volume_in>${m.volumeIn}</volume_in><volume_out>${m.volumeOut}</volume_out><energy>${m.energyLevel}</energy></member>`,
    )
    .join('');
  return `<?xml version="1.0"?><conferences><conference name="${escapeXml(conference.name)}" member-count="${members.length}" locked="${session.locked}"><members>${items}</members></conference></conferences>`;
}

function transfer(run: Run): string {
  const [targetName, ...ids] = run.args;
  if (!targetName || ids.length === 0) bad(usage('transfer'));
  const target = findConference(run.call.context, targetName);
  if (!target) return bad(`no conference ${targetName}`);
  if (target.id === run.conference.id) bad('a member cannot be transferred to the conference it is in');
  const moving = ids.map((id) => select(run, id, 'transfer', false)[0]);
  const result = admission(target, conferenceSessions(run.call.context).get(target.id), membersOf(run.call.context, target.id).length);
  if (result !== 'SUCCESS') bad(`${target.name} admits nobody (${result})`);
  for (const m of moving) {
    join(run.call.context, target, { name: m.name, number: m.number, imID: m.imID, register: m.register });
  }
  leave(run.call.context, run.conference.id, moving.map((m) => m.id));
  return moving.map((m) => `OK Member '${m.memberId}' sent to conference ${target.name}.`).join('\n');
}

/** Every documented command but dial/bgdial, which run before the conference need be active. */
const COMMANDS: Record<Exclude<ConferenceCommand, 'dial' | 'bgdial'>, (run: Run) => string> = {
  lock: (run) => (setSession(run, { locked: true }), `OK ${run.conference.name} locked`),
  unlock: (run) => (setSession(run, { locked: false }), `OK ${run.conference.name} unlocked`),
  mute: flag('mute', { canSpeak: false }),
  unmute: flag('unmute', { canSpeak: true }),
  deaf: flag('deaf', { canHear: false }),
  undeaf: flag('undeaf', { canHear: true }),
  energy: level('energy', 'energyLevel', 'Energy', 0, 10000),
  volume_in: level('volume_in', 'volumeIn', 'Volume IN', -4, 4),
  volume_out: level('volume_out', 'volumeOut', 'Volume OUT', -4, 4),
  kick: (run) => {
    const members = select(run, run.args[0], 'kick');
    leave(run.call.context, run.conference.id, members.map((m) => m.id));
    return members.map((m) => `OK kicked ${m.memberId}`).join('\n');
  },
  hup: (run) => {
    const members = select(run, run.args[0], 'hup');
    leave(run.call.context, run.conference.id, members.map((m) => m.id));
    return members.map((m) => `OK hup ${m.memberId}`).join('\n');
  },
  dtmf: (run) => {
    const members = select(run, run.args[0], 'dtmf');
    const digits = run.args[1] ?? '';
    if (!/^[0-9*#A-Da-d]{1,64}$/.test(digits)) bad(usage('dtmf'));
    return members.map((m) => `OK sent ${digits} to ${m.memberId}`).join('\n');
  },
  pin: (run) => {
    const pin = run.args[0] ?? '';
    if (!/^\d{1,16}$/.test(pin)) bad(usage('pin'));
    setSession(run, { pin });
    return `Pin for conference ${run.conference.name} set: ${pin}`;
  },
  nopin: (run) => (setSession(run, { pin: null }), `Pin for conference ${run.conference.name} deleted`),
  record: (run) => {
    const file = run.args[0] ?? '';
    if (file === '') bad(usage('record'));
    setSession(run, { recording: file });
    return `Record file ${file}`;
  },
  norecord: (run) => {
    const which = run.args[0] ?? '';
    if (which === '') bad(usage('norecord'));
    const stopped = run.session.recording !== null && (which === 'all' || which === run.session.recording) ? 1 : 0;
    if (stopped) setSession(run, { recording: null });
    return `Stopped recording ${stopped} file${stopped === 1 ? '' : 's'}`;
  },
  play: (run) => {
    const [file, to] = run.args;
    if (!file) bad(usage('play'));
    if (to !== undefined && to !== 'async') select(run, to, 'play', false);
    return `(play) Playing file ${file}${to && to !== 'async' ? ` to member ${to}` : ''}`;
  },
  stop: (run) => {
    const [which, member] = run.args;
    if (which !== undefined && !['current', 'all', 'async', 'last'].includes(which)) bad(usage('stop'));
    if (member !== undefined) select(run, member, 'stop', false);
    return 'Stopped 0 files';
  },
  say: (run) => (run.args.join(' ').trim() === '' ? bad(usage('say')) : '(say) OK'),
  saymember: (run) => {
    select(run, run.args[0], 'saymember', false);
    if (run.args.slice(1).join(' ').trim() === '') bad(usage('saymember'));
    return '(saymember) OK';
  },
  relate: (run) => {
    const [a] = select(run, run.args[0], 'relate', false);
    const [b] = select(run, run.args[1], 'relate', false);
    const how = run.args[2] ?? 'clear';
    if (!['nospeak', 'nohear', 'clear'].includes(how)) bad(usage('relate'));
    return `ok ${a.memberId}->${b.memberId} ${how === 'clear' ? 'cleared' : 'set'}`;
  },
  transfer,
  list: listing,
  xml_list: xmlListing,
};

export const conferenceCommandHandlers: Record<string, SipxHandler> = {
  'PUT /my/conference/{conference-name}/{command}': (call: SipxCall<{ confName: string; command: string }>) => {
    const conference = ownConference(call, call.args.confName);
    const [name, ...args] = call.args.command.split('&');
    if (name === '') bad('no {command} is specified');
    if (!Object.hasOwn(CONFERENCE_COMMANDS, name)) bad(`unknown command ${name.slice(0, 40)}; the commands are ${Object.keys(CONFERENCE_COMMANDS).join(', ')}`);
    const command = name as ConferenceCommand;
    if (command === 'dial' || command === 'bgdial') return dial(call, conference, command, args);
    const session = conferenceSessions(call.context).get(conference.id);
    const members = membersOf(call.context, conference.id);
    if (!session || members.length === 0) fail('conferenceNotActive', `${conference.name} is not active (no participants)`);
    return COMMANDS[command]({ call, conference, session, members, args });
  },
};
