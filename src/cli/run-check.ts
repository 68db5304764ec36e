// What the `check` command computes, apart from printing it: each file staged with the app's own import
// pipeline, then the app's own rule checks over all files of the run together, so that findings that need
// two files (a platform's dispositions and earnings changes, or two platforms) are found.
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { noticeCatalogue } from '@shared/catalogue/notice-2023'
import { parameterValues } from '@shared/catalogue/versions'
import type { ReportKind } from '@shared/domain/records'
import type { Report } from '@shared/domain/report'
import { createTranslator, type Locale } from '@shared/i18n'
import { previewFile, stageFile, type StagedReport } from '@shared/import/stage'
import { NotAReport } from '@shared/import/table'
import { unpackSegment, type Segment } from '@shared/packing/columns'
import { unpackText } from '@shared/packing/text'
import { runRules, type PlatformInput } from '@shared/rules/run'
import type { Severity } from '@shared/domain/findings'
import { todayIso } from '@shared/util/dates'
import type { CheckArgs } from './args'

export interface FileResult {
  file: string
  platform: string | null
  kind: ReportKind | null
  encoding: string | null
  rows: number
  accepted: number
  rejected: number
  duplicates: number
  /** `field` is the canonical field key (e.g. `violation_date`); the text output shows its label */
  errors: { row: number; field: string; value: string; reason: string }[]
  /** set when the file could not be read as a report at all */
  unreadable?: string
}

export interface CheckFinding {
  rule: string
  requirement: string
  platform: string
  account: string | null
  holder: string | null
  severity: Severity
  explanation: string
  /** `file#row` of each record that proves it (or a file name for findings about a whole file) */
  evidence: string[]
}

export interface CheckResult {
  files: FileResult[]
  findings: CheckFinding[]
}

/** A platform name for files given without --platform: the findings still group them as one platform. */
const UNNAMED = '(未指定平台)'

export async function runCheck(args: CheckArgs, locale: Locale, today: string = todayIso()): Promise<CheckResult> {
  const t = (await createTranslator(locale)).t
  const files: FileResult[] = []
  const staged: { platform: string; stage: StagedReport }[] = []
  // keys seen per platform and kind across the files of this run, so a row sent twice is a duplicate
  const seen = new Map<string, Set<string>>()
  for (const [n, { path, platform, kind }] of args.files.entries()) {
    const file = basename(path)
    const base: FileResult = { file, platform, kind: kind ?? null, encoding: null, rows: 0, accepted: 0, rejected: 0, duplicates: 0, errors: [] }
    try {
      const bytes = new Uint8Array(await readFile(path))
      const preview = await previewFile(bytes, file, kind ? { kind } : {})
      const platformId = platform ?? UNNAMED
      const scope = `${platformId}\u0000${preview.kind}`
      const existing = seen.get(scope) ?? new Set<string>()
      const stage = await stageFile(bytes, file, { platformId, reportId: `f${n}`, kind: preview.kind, existingKeys: existing })
      for (const key of unpackText(stage.keys)) existing.add(key)
      seen.set(scope, existing)
      staged.push({ platform: platformId, stage })
      files.push({
        ...base,
        kind: preview.kind,
        encoding: stage.encoding ?? stage.format,
        rows: stage.rows,
        accepted: stage.accepted,
        rejected: stage.rejected,
        duplicates: stage.duplicates,
        errors: stage.errors.map((e) => ({ row: e.row, field: e.field, value: e.value, reason: t(e.reason.key, e.reason.params) })),
      })
    } catch (error) {
      const reason =
        error instanceof NotAReport
          ? t(error.userMessage.key, error.userMessage.params)
          : (error as NodeJS.ErrnoException).code === 'ENOENT'
            ? t('import.check.noSuchFile')
            : t('import.check.unreadable', { detail: error instanceof Error ? error.message : String(error) })
      files.push({ ...base, unreadable: reason })
    }
  }
  return { files, findings: await findingsOf(staged, locale, today) }
}

/** The rule checks over the staged files, with evidence named by file and row. */
async function findingsOf(staged: readonly { platform: string; stage: StagedReport }[], locale: Locale, today: string): Promise<CheckFinding[]> {
  const t = (await createTranslator(locale)).t
  const names = new Map<string, string>()
  const inputs = new Map<string, PlatformInput & { reports: Report[]; segments: Segment[] }>()
  staged.forEach(({ platform, stage }, i) => {
    names.set(stage.reportId, stage.fileName)
    const input = inputs.get(platform) ?? { platformId: platform, platformName: platform, reports: [], segments: [] }
    inputs.set(platform, input)
    input.reports.push({
      id: stage.reportId, platformId: platform, kind: stage.kind, periodStart: stage.period?.start ?? today, periodEnd: stage.period?.end ?? today,
      receivedOn: today, fileName: stage.fileName, sha256: stage.sha256, encoding: stage.encoding ?? stage.format, mapping: stage.mapping,
      counts: { rows: stage.rows, accepted: stage.accepted, rejected: stage.rejected, duplicates: stage.duplicates }, stats: stage.stats,
      importedBy: 'check', importedAt: new Date(Date.UTC(2000, 0, 1, 0, 0, i)).toISOString(), status: 'committed', segments: stage.segments.length,
    })
    input.segments.push(...stage.segments.map((s) => unpackSegment<ReportKind>(s)))
  })
  const segments = new Map(staged.flatMap(({ stage }) => stage.segments.map((s) => [s.id, s] as const)))
  // `segmentId#index` → `file#row`; a bare report id → its file name
  const where = (ref: string): string => {
    const [segmentId, index] = ref.split('#')
    const segment = segments.get(segmentId ?? '')
    if (segment && index !== undefined) return `${names.get(segment.reportId) ?? segment.reportId}#${segment.sourceRows[Number(index)] ?? '?'}`
    return names.get(ref) ?? ref
  }
  const findings = runRules([...inputs.values()], parameterValues(noticeCatalogue()))
  return findings.map((f) => ({
    rule: f.rule,
    requirement: f.requirementId,
    platform: f.platformId,
    account: f.accountId,
    holder: f.holderKey,
    severity: f.severity,
    explanation: t(f.message.key, f.message.params),
    evidence: f.evidence.map(where),
  }))
}

export function exitCode({ files, findings }: CheckResult): number {
  if (files.some((r) => r.unreadable !== undefined)) return 2
  if (files.some((r) => r.rejected > 0) || findings.length > 0) return 1
  return 0
}
