/**
 * Names of the Grandstream state tables (what `GET /__emulator/state` shows and what the control API's
 * `seed` writes). Declared in one place so sections that reference each other's records (routes → trunks,
 * dialQueue → queues, CDR → recordings) agree on them. Phase-2 sections add theirs here.
 */
export const TABLES = {
  /** Emulator settings: row `login` (lockout, whitelist, session TTL), see models/settings.ts. */
  settings: 'api_settings',
  /** API users besides the one from the credentials (`user`/`password`), keyed by user name. */
  apiUsers: 'api_users',
  /** Configuration changes waiting for applyChanges, keyed by sequence. */
  pendingChanges: 'pending_changes',
  /** Extensions (SIP, IAX, FXS accounts), keyed by extension number. */
  extensions: 'extensions',
  /** Users (admin and one per extension), keyed by user_name. */
  users: 'users',
  /** Departments, keyed by department_id. */
  departments: 'departments',
  // Phase 2 (reserved names): sipTrunks, analogTrunks, digitalTrunks, outboundRoutes, inboundRoutes,
  // pinSets, blacklist, queues, queueAgents, pagingGroups, ivrs, ringGroups, extensionGroups, cdr,
  // recordings, pmsRooms, minibars, minibarGoods, minibarWaiters, wakeups.
  sipTrunks: 'sip_trunks',
  analogTrunks: 'analog_trunks',
  digitalTrunks: 'digital_trunks',
  outboundRoutes: 'outbound_routes',
  inboundRoutes: 'inbound_routes',
  pinSets: 'pin_sets',
  blacklist: 'inbound_blacklist',
  queues: 'queues',
  pagingGroups: 'paging_groups',
  ivrs: 'ivrs',
  ringGroups: 'ring_groups',
  extensionGroups: 'extension_groups',
  cdr: 'cdr',
  recordings: 'recordings',
  pmsRooms: 'pms_rooms',
  /** Group 3: queue agent state (login/pause and their history), keyed `<queue>:<agent>`. */
  queueAgents: 'queue_agents',
  /** Group 3: PMS minibars (by barcode), goods (by goods code), waiters (by maid code), wake-up calls, settings. */
  minibars: 'pms_minibars',
  minibarGoods: 'pms_minibar_goods',
  minibarWaiters: 'pms_minibar_waiters',
  roomGoods: 'pms_room_goods',
  wakeups: 'pms_wakeups',
  pmsSettings: 'pms_settings',
  /** Group 3: Wave chat history per extension; message broadcasts sent. */
  waveChats: 'wave_chats',
  messageBroadcasts: 'message_broadcasts',
} as const;
