// Running the rule checks against the store: read what the rules need (the catalogue in force, the
// platforms' committed reports and their segments), run them, and replace the stored rule findings in
// scope in one audited write — keeping what users decided. Called by the rules worker and, after a
// commit, by the import worker; plain functions so that Node tests can run them.
import { activeCatalogue, parameterValues } from '@shared/catalogue/versions'
import type { Finding } from '@shared/domain/findings'
import { createTranslator } from '@shared/i18n'
import { mergeRuleFindings } from '@shared/rules/merge'
import { runRules, type PlatformInput } from '@shared/rules/run'
import { todayIso } from '@shared/util/dates'
import type { DataLayer } from '@renderer/db/data-layer'
import type { DeskDatabase } from '@renderer/db/database'

export interface CheckProgress {
  progress(done: number, total: number, phase: 'reading' | 'checking' | 'saving'): void
  checkCancelled(): void
}

export interface RuleRunResult {
  findings: number
  added: number
  kept: number
  stale: number
  removed: number
  catalogueId: string
  ms: number
  /** milliseconds spent reading the store, running the rules, and storing the findings */
  phases: { read: number; rules: number; save: number }
}

const NO_PROGRESS: CheckProgress = { progress: () => undefined, checkCancelled: () => undefined }

/** Every platform's committed reports and segments. */
export async function loadRuleInputs(db: DeskDatabase, ctx: CheckProgress = NO_PROGRESS): Promise<PlatformInput[]> {
  const [platforms, reports] = await Promise.all([db.platforms.toArray(), db.reports.where('status').equals('committed').toArray()])
  const withData = platforms.filter((p) => reports.some((r) => r.platformId === p.id))
  const out: PlatformInput[] = []
  for (const [i, p] of withData.entries()) {
    ctx.checkCancelled()
    const own = reports.filter((r) => r.platformId === p.id)
    const segments = (await Promise.all(own.map((r) => db.segments.where('reportId').equals(r.id).toArray()))).flat()
    out.push({ platformId: p.id, platformName: p.name, reports: own, segments })
    ctx.progress(i + 1, withData.length, 'reading')
  }
  return out
}

/**
 * Runs the rules and stores the findings. `platformIds` limits the per-platform rules to those platforms
 * (after an import: the importing platform); null runs everything.
 */
export async function runRuleChecks(data: DataLayer, platformIds: readonly string[] | null, ctx: CheckProgress = NO_PROGRESS, now: Date = new Date()): Promise<RuleRunResult> {
  const started = performance.now()
  const db = data.db
  const catalogue = activeCatalogue(await db.catalogues.toArray(), todayIso(now))
  if (!catalogue) throw new Error('no catalogue in force')
  const inputs = await loadRuleInputs(db, ctx)
  const read = performance.now()
  ctx.checkCancelled()
  const scope = platformIds ? new Set(platformIds) : null
  const fresh = runRules(inputs, parameterValues(catalogue), {
    ...(scope ? { scope } : {}),
    between: (done, total) => {
      ctx.progress(done, total, 'checking')
    },
  })
  ctx.checkCancelled()
  const checked = performance.now()
  const zh = await createTranslator('zh-CN')
  const inScope = (f: Finding) => f.source === 'rule' && (scope === null || scope.has(f.platformId) || f.rule === 'X.cross-platform')
  const stamp = now.toISOString()
  ctx.progress(0, 1, 'saving')
  const counts = await data.write(
    { action: 'findings.run', entity: 'findings', entityId: platformIds ? platformIds.join(',') : '*', summary: catalogue.id },
    ['findings'],
    async (tx) => {
      const existing = (await tx.table('findings').toArray()).filter(inScope)
      const merged = mergeRuleFindings(existing, fresh, (m) => zh.t(m.key, m.params), stamp)
      if (merged.remove.length > 0) await tx.bulkDelete('findings', merged.remove)
      if (merged.put.length > 0) await tx.bulkPut('findings', merged.put)
      return merged.counts
    },
  )
  ctx.progress(1, 1, 'saving')
  const done = performance.now()
  return {
    findings: fresh.length,
    ...counts,
    catalogueId: catalogue.id,
    ms: done - started,
    phases: { read: read - started, rules: checked - read, save: done - checked },
  }
}
