import type { OperationContract } from '../core/index.ts';
import { phoneGroupContracts } from './phone-groups.ts';
import { phoneContracts } from './phones.ts';
import { userGroupContracts } from './user-groups.ts';
import { userContracts } from './users.ts';
import { voicemailContracts } from './voicemail.ts';

export { sipxcomErrors } from './errors.ts';
export { sipxcomQuirks } from './quirks.ts';
export { sipxMeta } from './operation.ts';

/**
 * Every sipXcom contract, one module per resource of the index. A new resource: add its module's
 * array here (emulator/sipxcom/README.md says the rest).
 */
export const sipxcomContracts: OperationContract[] = [
  ...phoneContracts,
  ...phoneGroupContracts,
  ...userContracts,
  ...userGroupContracts,
  ...voicemailContracts,
];
