import { envelope, fail, notFound, self, type SipxCall, type SipxHandler } from '../call.ts';
import {
  conferences,
  conferenceSessions,
  conferenceSettingsView,
  conferenceSummaryView,
  findConference,
  memberView,
  membersOf,
  type ConferenceRow,
} from '../models/conferences.ts';

/** The caller's own conference by name: 404 unknown (doc 5220), 403 someone else's (5222). */
export function ownConference(call: SipxCall, name: string): ConferenceRow {
  const [userId] = self(call);
  const conference = findConference(call.context, name) ?? notFound(call, `conference ${name}`);
  if (conference.ownerId !== userId) fail('notConferenceOwner', `The authenticated user is not the owner of ${name}`);
  return conference;
}

type SettingsChanges = Partial<Omit<ConferenceRow, 'id' | 'ownerId' | 'description' | 'extension' | 'accessCode'>> & { named?: string };

export const conferenceHandlers: Record<string, SipxHandler> = {
  'GET /my/conferences': (call: SipxCall) => {
    const [userId] = self(call);
    const mine = conferences(call.context)
      .values()
      .filter((c) => c.ownerId === userId)
      .sort((a, b) => a.name.localeCompare(b.name));
    return { conferences: mine.map(conferenceSummaryView) };
  },

  'GET /my/conferencedetails/{confName}': (call: SipxCall<{ confName: string }>) => {
    const conference = ownConference(call, call.args.confName);
    const session = conferenceSessions(call.context).get(conference.id);
    const members = membersOf(call.context, conference.id);
    if (!session || members.length === 0) fail('conferenceNotActive', `${conference.name} is found but not active (no participants)`);
    return { conference: { extension: conference.extension, locked: session.locked, members: members.map(memberView) } };
  },

  'GET /my/conferences/{name}': (call: SipxCall<{ name: string }>) => ({ conference: conferenceSettingsView(ownConference(call, call.args.name)) }),

  'PUT /my/conferences/{name}': (call: SipxCall<{ name: string; body: SettingsChanges }>) => {
    const conference = ownConference(call, call.args.name);
    const { named, name, ...changes } = call.args.body;
    for (const given of [named, name]) {
      if (given !== undefined && given !== conference.name) fail('validationFailed', `Failed input validation: a PUT does not rename the conference (${conference.name})`);
    }
    conferences(call.context).update(conference.id, changes);
    return envelope('SUCCESS_UPDATED');
  },
};
