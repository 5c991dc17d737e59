import type { PackContext } from '../../core/pack.ts';
import type { SettingsTree } from './settings-tree.ts';
import { TABLES } from './tables.ts';

/** A park orbit (doc 1867-1936); `music` is a file of the park orbit prompts. */
export interface ParkOrbitRow {
  id: number;
  name: string;
  extension: string;
  description: string | null;
  enabled: boolean;
  music: string;
}

type StateContext = Pick<PackContext, 'state'>;

export const parkOrbits = (context: StateContext) => context.state.table<ParkOrbitRow>(TABLES.parkOrbits);

export const orderedParkOrbits = (context: StateContext) => parkOrbits(context).values().sort((a, b) => a.id - b.id);

export const parkOrbitView = (row: ParkOrbitRow) => ({
  id: row.id,
  name: row.name,
  extension: row.extension,
  description: row.description,
  enabled: row.enabled,
  music: row.music,
});

/** The options of each orbit (contracts/sipxcom/park-orbits.ts decisions), owner = the orbit id. */
export const PARK_ORBIT_TREE: SettingsTree = {
  key: 'park-orbit',
  definitions: [
    { path: 'general/enableTimeout', type: 'boolean', defaultValue: '1', label: 'Enable timeout', description: 'Return a parked call to the parker when the park timeout passes.' },
    { path: 'general/parkTimeout', type: 'integer', defaultValue: '120', label: 'Park timeout', description: 'Seconds a call stays parked before it returns.' },
    { path: 'general/multipleCalls', type: 'boolean', defaultValue: '0', label: 'Multiple calls', description: 'Allow more than one call parked on this orbit.' },
    { path: 'general/allowTransfer', type: 'boolean', defaultValue: '0', label: 'Allow transfer', description: 'Let a parked caller transfer back with the transfer key.' },
    { path: 'general/transferKey', type: 'string', defaultValue: '0', label: 'Transfer key', description: 'The key a parked caller presses to transfer back.' },
  ],
};
