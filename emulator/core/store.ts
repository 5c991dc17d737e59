import { Low, Memory } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { existsSync } from 'node:fs';

/**
 * State of every vendor of one emulator instance: plain JSON, so it can be dumped, snapshotted and
 * persisted as it is. Each vendor owns tables of records keyed by id and its id sequences.
 */
export interface VendorData {
  tables: Record<string, Record<string, unknown>>;
  sequences: Record<string, number>;
}

export interface StoreData {
  format: 'pbx-emulator/1';
  vendors: Record<string, VendorData>;
}

export class StoreLoadError extends Error {}

function emptyData(): StoreData {
  return { format: 'pbx-emulator/1', vendors: {} };
}

export class Store {
  private dirty = false;
  private changes = 0;
  private readonly scopes = new Map<string, VendorState>();

  private constructor(
    private readonly db: Low<StoreData>,
    /** The file state persists to, or undefined for memory only. */
    readonly file: string | undefined,
    /** True when the file held state from an earlier run (fixtures must not be seeded over it). */
    readonly restored: boolean,
  ) {}

  static memory(): Store {
    const db = new Low<StoreData>(new Memory<StoreData>(), emptyData());
    return new Store(db, undefined, false);
  }

  /** Opens (or creates) a lowdb JSON file. Writes are atomic: a temporary file renamed over the old one. */
  static async open(file: string): Promise<Store> {
    const db = new Low<StoreData>(new JSONFile<StoreData>(file), emptyData());
    const existed = existsSync(file);
    try {
      await db.read();
    } catch (error) {
      throw new StoreLoadError(
        `cannot read state file ${file}: ${(error as Error).message}. Move it aside or pass another --data file.`,
      );
    }
    if (db.data?.format !== 'pbx-emulator/1' || typeof db.data.vendors !== 'object') {
      if (existed && db.data && Object.keys(db.data).length > 0) {
        throw new StoreLoadError(`${file} is not a pbx-emulator state file (no "format": "pbx-emulator/1")`);
      }
      db.data = emptyData();
    }
    const restored = existed && Object.keys(db.data.vendors).length > 0;
    return new Store(db, file, restored);
  }

  get data(): StoreData {
    return this.db.data;
  }

  vendor(id: string): VendorState {
    let scope = this.scopes.get(id);
    if (!scope) {
      scope = new VendorState(this, id);
      this.scopes.set(id, scope);
    }
    return scope;
  }

  hasVendorData(id: string): boolean {
    return id in this.db.data.vendors;
  }

  /** @internal used by VendorState */
  vendorData(id: string): VendorData {
    let data = this.db.data.vendors[id];
    if (!data) {
      data = { tables: {}, sequences: {} };
      this.db.data.vendors[id] = data;
    }
    return data;
  }

  markDirty(): void {
    this.dirty = true;
    this.changes++;
  }

  /** Grows with every change; what was computed from the state at one version holds until it moves. */
  get version(): number {
    return this.changes;
  }

  /** Persists pending changes; a no-op for memory stores or when nothing changed. */
  async flush(): Promise<void> {
    if (!this.file || !this.dirty) return;
    this.dirty = false;
    await this.db.write();
  }

  snapshot(): StoreData {
    return structuredClone(this.db.data);
  }

  load(data: StoreData): void {
    if (data?.format !== 'pbx-emulator/1' || typeof data.vendors !== 'object') {
      throw new StoreLoadError('not a pbx-emulator snapshot (expected "format": "pbx-emulator/1")');
    }
    this.db.data = structuredClone(data);
    this.markDirty();
  }

  /** Replaces one vendor's whole state (snapshot load). */
  loadVendor(id: string, data: VendorData): void {
    if (!data || typeof data.tables !== 'object' || typeof data.sequences !== 'object') {
      throw new StoreLoadError(`not a snapshot of ${id}: expected {"tables": {…}, "sequences": {…}}`);
    }
    this.db.data.vendors[id] = structuredClone(data);
    this.markDirty();
  }

  resetVendor(id: string): void {
    delete this.db.data.vendors[id];
    this.markDirty();
  }
}

export class VendorState {
  constructor(
    private readonly store: Store,
    readonly vendor: string,
  ) {}

  private get data(): VendorData {
    return this.store.vendorData(this.vendor);
  }

  table<T>(name: string): Table<T> {
    return new Table<T>(this.store, () => {
      const tables = this.data.tables;
      return (tables[name] ??= {}) as Record<string, T>;
    });
  }

  /** Allocates the next id of a sequence (ids are never reused, even after a delete). */
  nextId(sequence: string, start = 1): number {
    const sequences = this.data.sequences;
    const next = Math.max(sequences[sequence] ?? start - 1, start - 1) + 1;
    sequences[sequence] = next;
    this.store.markDirty();
    return next;
  }

  /** Raises a sequence so the next allocation is above `id` (used when fixtures or clients choose ids). */
  reserveId(sequence: string, id: number): void {
    const sequences = this.data.sequences;
    if ((sequences[sequence] ?? 0) < id) sequences[sequence] = id;
    this.store.markDirty();
  }

  tableNames(): string[] {
    return Object.keys(this.data.tables);
  }

  dump(): VendorData {
    return structuredClone(this.data);
  }

  isEmpty(): boolean {
    return Object.keys(this.data.tables).length === 0;
  }

  markDirty(): void {
    this.store.markDirty();
  }
}

export class Table<T> {
  constructor(
    private readonly store: Store,
    private readonly rows: () => Record<string, T>,
  ) {}

  get(id: string | number): T | undefined {
    return Object.hasOwn(this.rows(), String(id)) ? this.rows()[String(id)] : undefined;
  }

  has(id: string | number): boolean {
    return Object.hasOwn(this.rows(), String(id));
  }

  set(id: string | number, row: T): T {
    this.rows()[String(id)] = row;
    this.store.markDirty();
    return row;
  }

  /** Merges `changes` into an existing row and returns it, or undefined when there is no such row. */
  update(id: string | number, changes: Partial<T>): T | undefined {
    const row = this.get(id);
    if (row === undefined) return undefined;
    const next = { ...row, ...changes };
    return this.set(id, next);
  }

  delete(id: string | number): boolean {
    const rows = this.rows();
    if (!Object.hasOwn(rows, String(id))) return false;
    delete rows[String(id)];
    this.store.markDirty();
    return true;
  }

  ids(): string[] {
    return Object.keys(this.rows());
  }

  values(): T[] {
    return Object.values(this.rows());
  }

  entries(): Array<[string, T]> {
    return Object.entries(this.rows());
  }

  find(predicate: (row: T, id: string) => boolean): [string, T] | undefined {
    for (const [id, row] of Object.entries(this.rows())) if (predicate(row, id)) return [id, row];
    return undefined;
  }

  filter(predicate: (row: T, id: string) => boolean): Array<[string, T]> {
    return Object.entries(this.rows()).filter(([id, row]) => predicate(row, id));
  }

  get size(): number {
    return Object.keys(this.rows()).length;
  }

  clear(): void {
    const rows = this.rows();
    for (const key of Object.keys(rows)) delete rows[key];
    this.store.markDirty();
  }
}
