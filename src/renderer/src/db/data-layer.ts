// The one way to write to the store. Every change runs in a transaction that also appends a hash-chained
// audit entry (who, when, what: each record's state before and after), so the audit trail, the guards that
// refuse forbidden changes (e.g. a closed inspection) and a later undo all hook in here and nowhere else.
import type { Table } from 'dexie'
import { GENESIS_HASH, sealEntry, type Actor, type AuditChange } from '@shared/audit/chain'
import type { Message } from '@shared/i18n'
import type { DeskDatabase, TableName } from './database'
import { installDomainGuards } from './guards'

type RecordOf<T extends TableName> = DeskDatabase[T] extends Table<infer R, infer _K, infer _I> ? R : never
type KeyOf<T extends TableName> = DeskDatabase[T] extends Table<unknown, infer K> ? K : never

/** An error to show the user as it is: its message is translated, never a stack trace. */
export class UserError extends Error {
  constructor(readonly userMessage: Message) {
    super(userMessage.key)
    this.name = 'UserError' // not 'DataError': Dexie rewraps errors that bear IndexedDB's own names
  }
}

/** A check that may refuse a change: return a message to refuse, null to allow. */
export type Guard<T extends TableName = TableName> = (
  tx: WriteTx,
  before: RecordOf<T> | undefined,
  after: RecordOf<T> | undefined,
) => Promise<Message | null>

export interface WriteMeta {
  /** a dotted verb, e.g. `platform.create` */
  action: string
  entity: string
  entityId: string
  /** a short description of the object, e.g. the platform's name */
  summary: string
}

/** Fields kept out of audit copies: blobs are recorded by their hash elsewhere, not copied. */
function auditCopy(value: unknown): unknown {
  if (value === undefined || value === null || typeof value !== 'object') return value ?? null
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) {
    if (typeof Blob !== 'undefined' && v instanceof Blob) out[k] = { blob: v.size }
    else if (ArrayBuffer.isView(v)) out[k] = { bytes: v.byteLength }
    else out[k] = v
  }
  return out
}

function keyText(key: unknown): string {
  return typeof key === 'string' ? key : JSON.stringify(key)
}

/** The handle a write function gets: reads and writes within the transaction, recorded for the audit. */
export class WriteTx {
  readonly changes: AuditChange[] = []

  constructor(
    private readonly db: DeskDatabase,
    private readonly guards: ReadonlyMap<TableName, Guard[]>,
  ) {}

  table<T extends TableName>(name: T): DeskDatabase[T] {
    return this.db[name]
  }

  async get<T extends TableName>(name: T, key: KeyOf<T>): Promise<RecordOf<T> | undefined> {
    return (await (this.db[name] as unknown as Table<RecordOf<T>, KeyOf<T>>).get(key)) ?? undefined
  }

  private primaryKey<T extends TableName>(name: T, record: RecordOf<T>): KeyOf<T> {
    const path = this.db[name].schema.primKey.keyPath
    const rec = record as Record<string, unknown>
    const key = Array.isArray(path) ? path.map((p) => rec[p]) : typeof path === 'string' ? rec[path] : undefined
    if (key === undefined) throw new Error(`record for ${name} has no primary key`)
    return key as KeyOf<T>
  }

  private async check<T extends TableName>(name: T, before: RecordOf<T> | undefined, after: RecordOf<T> | undefined): Promise<void> {
    for (const guard of this.guards.get(name) ?? []) {
      const refusal = await (guard as Guard<T>)(this, before, after)
      if (refusal) throw new UserError(refusal)
    }
  }

  /** Adds or replaces one record. */
  async put<T extends TableName>(name: T, record: RecordOf<T>): Promise<void> {
    const key = this.primaryKey(name, record)
    const before = await this.get(name, key)
    await this.check(name, before, record)
    await (this.db[name] as unknown as Table<RecordOf<T>, KeyOf<T>>).put(record)
    this.changes.push({ table: name, key: keyText(key), before: auditCopy(before), after: auditCopy(record) })
  }

  /** Deletes one record; deleting what is not there records nothing. */
  async delete<T extends TableName>(name: T, key: KeyOf<T>): Promise<void> {
    const before = await this.get(name, key)
    if (before === undefined) return
    await this.check(name, before, undefined)
    await (this.db[name] as unknown as Table<RecordOf<T>, KeyOf<T>>).delete(key)
    this.changes.push({ table: name, key: keyText(key), before: auditCopy(before), after: null })
  }

  /** Adds many immutable records (packed report rows) at once; the audit records their number. Guards of
   * bulk tables see each record. */
  async bulkAdd<T extends TableName>(name: T, records: readonly RecordOf<T>[]): Promise<void> {
    if (this.guards.has(name)) for (const r of records) await this.check(name, undefined, r)
    await (this.db[name] as unknown as Table<RecordOf<T>, KeyOf<T>>).bulkAdd(records)
    this.mergeBulk(name, 'add', records.length)
  }

  /** Like bulkAdd, but returns the store's own promise at once, so that several writes can be in flight
   * in one transaction (Dexie follows its own promises awaited out of order; an async wrapper's, such as
   * bulkAdd's, it loses, and the transaction commits under the writes that follow). Not for guarded tables. */
  bulkAddInFlight<T extends TableName>(name: T, records: readonly RecordOf<T>[]): PromiseLike<unknown> {
    if (this.guards.has(name)) throw new Error(`${name} is guarded: use bulkAdd`)
    this.mergeBulk(name, 'add', records.length)
    return (this.db[name] as unknown as Table<RecordOf<T>, KeyOf<T>>).bulkAdd(records)
  }

  /** Replaces many derived records at once (e.g. the account directory, rebuilt from the rows); the audit
   * records their number, not their contents, which the rows they derive from already account for. */
  async bulkPut<T extends TableName>(name: T, records: readonly RecordOf<T>[]): Promise<void> {
    if (this.guards.has(name)) for (const r of records) await this.check(name, undefined, r)
    await (this.db[name] as unknown as Table<RecordOf<T>, KeyOf<T>>).bulkPut([...records])
    this.mergeBulk(name, 'put', records.length)
  }

  /** Deletes many records by key (rolling back an import). */
  async bulkDelete<T extends TableName>(name: T, keys: readonly KeyOf<T>[]): Promise<void> {
    await (this.db[name] as unknown as Table<RecordOf<T>, KeyOf<T>>).bulkDelete([...keys])
    this.mergeBulk(name, 'delete', keys.length)
  }

  private mergeBulk(table: string, bulk: 'add' | 'put' | 'delete', n: number): void {
    const last = this.changes.find((c) => 'bulk' in c && c.table === table && c.bulk === bulk)
    if (last && 'bulk' in last) last.count += n
    else this.changes.push({ table, bulk, count: n })
  }
}

export class DataLayer {
  private readonly guards = new Map<TableName, Guard[]>()
  /** tables a table's guards read, which every write to it must therefore lock too */
  private readonly guardReads = new Map<TableName, TableName[]>()

  constructor(
    readonly db: DeskDatabase,
    private readonly actor: () => Actor,
    private readonly now: () => Date = () => new Date(),
  ) {
    // the store's own invariants hold for every writer, in the window and in workers alike
    installDomainGuards(this)
  }

  /** Registers a guard for a table, with the tables it reads. */
  guard<T extends TableName>(name: T, guard: Guard<T>, reads: readonly TableName[] = []): void {
    const list = this.guards.get(name) ?? []
    list.push(guard)
    this.guards.set(name, list)
    this.guardReads.set(name, [...new Set([...(this.guardReads.get(name) ?? []), ...reads])])
  }

  /**
   * Runs `fn` in one read-write transaction over `tables` and the audit log, then appends one audit entry
   * describing every change it made. Either all of it is stored or none of it.
   */
  async write<R>(meta: WriteMeta, tables: readonly TableName[], fn: (tx: WriteTx) => Promise<R>): Promise<R> {
    const scope = [...new Set<TableName>([...tables, ...tables.flatMap((t) => this.guardReads.get(t) ?? []), 'auditLog'])]
    return this.db.transaction('rw', scope, async () => {
      const tx = new WriteTx(this.db, this.guards)
      const result = await fn(tx)
      if (tx.changes.length > 0) await this.append(meta, tx.changes)
      return result
    })
  }

  private async append(meta: WriteMeta, changes: AuditChange[]): Promise<void> {
    const last = await this.db.auditLog.orderBy('seq').last()
    const entry = sealEntry(last?.hash ?? GENESIS_HASH, {
      ...meta,
      at: this.now().toISOString(),
      actor: this.actor(),
      changes,
    })
    await this.db.auditLog.add(entry)
  }
}
