import type { SipxHandler } from '../call.ts';
import { phoneGroupHandlers } from './phone-groups.ts';
import { phoneHandlers } from './phones.ts';
import { userGroupHandlers } from './user-groups.ts';
import { userHandlers } from './users.ts';
import { voicemailHandlers } from './voicemail.ts';

/** Every sipXcom handler by operation id; one module per resource (README.md). */
export const sipxcomHandlers: Record<string, SipxHandler> = {
  ...phoneHandlers,
  ...phoneGroupHandlers,
  ...userHandlers,
  ...userGroupHandlers,
  ...voicemailHandlers,
};
