// Writing platforms 网站平台: create, update, archive, restore. Each is one audited write; the checks that
// depend on what is stored (uniqueness, existence) run inside that write's transaction, so two windows saving
// the same name at once cannot both succeed.
import type { Problem } from '@shared/i18n'
import type { Platform } from '@shared/domain/platform'
import { uniquenessProblems, validatePlatformInput, type PlatformInput } from '@shared/platform/validate'
import { UserError, type DataLayer, type WriteTx } from '@renderer/db/data-layer'

/** A refusal naming the fields at fault, so that a form can show each message next to its field. */
export class PlatformRejected extends UserError {
  constructor(readonly problems: readonly [Problem, ...Problem[]]) {
    super(problems[0])
  }
}

export interface ServiceOptions {
  now?: () => Date
  newId?: () => string
}

function validated(input: unknown): PlatformInput {
  const result = validatePlatformInput(input)
  if (!result.ok) throw rejection(result.problems)
  return result.value
}

function rejection(problems: readonly Problem[]): PlatformRejected {
  const [first, ...rest] = problems
  return new PlatformRejected(first ? [first, ...rest] : [{ path: '', key: 'validation.platform.notAnObject' }])
}

async function ensureUnique(tx: WriteTx, candidate: Pick<Platform, 'id' | 'name' | 'creditCode' | 'archived'>): Promise<void> {
  // A full read: names compare case- and width-insensitively, which no index can answer; an office oversees
  // hundreds of platforms at most.
  const problems = uniquenessProblems(candidate, await tx.table('platforms').toArray())
  if (problems.length > 0) throw rejection(problems)
}

async function stored(tx: WriteTx, id: string): Promise<Platform> {
  const platform = await tx.table('platforms').get(id)
  if (!platform) throw new UserError({ key: 'validation.platform.notFound' })
  return platform
}

const EDITABLE = ['name', 'operator', 'creditCode', 'types', 'jurisdiction', 'contacts', 'note'] as const satisfies readonly (keyof PlatformInput)[]

function sameInput(a: PlatformInput, b: PlatformInput): boolean {
  return EDITABLE.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]))
}

/** Validates the input (the form did too; the service trusts no caller) and stores a new platform. */
export async function createPlatform(data: DataLayer, input: unknown, options: ServiceOptions = {}): Promise<Platform> {
  const value = validated(input)
  const id = (options.newId ?? (() => crypto.randomUUID()))()
  const at = (options.now ?? (() => new Date()))().toISOString()
  const platform: Platform = { id, ...value, archived: false, createdAt: at, updatedAt: at }
  return data.write({ action: 'platform.create', entity: 'platform', entityId: id, summary: value.name }, ['platforms'], async (tx) => {
    await ensureUnique(tx, platform)
    await tx.put('platforms', platform)
    return platform
  })
}

/** Replaces the editable fields of a platform; saving unchanged fields writes nothing and logs nothing. */
export async function updatePlatform(data: DataLayer, id: string, input: unknown, options: ServiceOptions = {}): Promise<Platform> {
  const value = validated(input)
  const at = (options.now ?? (() => new Date()))().toISOString()
  return data.write({ action: 'platform.update', entity: 'platform', entityId: id, summary: value.name }, ['platforms'], async (tx) => {
    const before = await stored(tx, id)
    if (sameInput(before, value)) return before
    const after: Platform = { ...before, ...value, updatedAt: at }
    await ensureUnique(tx, after)
    await tx.put('platforms', after)
    return after
  })
}

async function setArchived(data: DataLayer, id: string, archived: boolean, options: ServiceOptions): Promise<Platform> {
  const at = (options.now ?? (() => new Date()))().toISOString()
  const current = await data.db.platforms.get(id)
  const meta = { action: archived ? 'platform.archive' : 'platform.restore', entity: 'platform', entityId: id, summary: current?.name ?? id }
  return data.write(meta, ['platforms'], async (tx) => {
    const before = await stored(tx, id)
    if (before.archived === archived) return before
    const after: Platform = { ...before, archived, updatedAt: at }
    // restoring takes the name back, which another platform may have been given in the meantime
    if (!archived) await ensureUnique(tx, after)
    await tx.put('platforms', after)
    return after
  })
}

/** Archives a platform: it leaves the active list; its reports and findings stay. */
export function archivePlatform(data: DataLayer, id: string, options: ServiceOptions = {}): Promise<Platform> {
  return setArchived(data, id, true, options)
}

/** Makes an archived platform active again, unless an active platform has taken its name since. */
export function restorePlatform(data: DataLayer, id: string, options: ServiceOptions = {}): Promise<Platform> {
  return setArchived(data, id, false, options)
}
