// `npm run check -- [--platform NAME] [--kind accounts|dispositions|earnings] FILE... [--json] [--lang en]`
// Validates report files before they are sent or imported, with exactly the app's parsing, mapping,
// normalisation and validation code (src/shared/import), in memory. Exit 0: every file imported cleanly;
// 1: rows were rejected; 2: a file could not be read as a report at all.
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { ReportKind } from '@shared/domain/records'
import { createTranslator, type Locale } from '@shared/i18n'
import { FIELDS } from '@shared/import/fields'
import { previewFile, stageFile } from '@shared/import/stage'
import { NotAReport } from '@shared/import/table'
import { parseArgs, type CheckArgs } from './args'

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

export async function checkFiles(args: CheckArgs, locale: Locale): Promise<FileResult[]> {
  const t = (await createTranslator(locale)).t
  const results: FileResult[] = []
  // keys seen per platform and kind across the files of this run, so a row sent twice is a duplicate
  const seen = new Map<string, Set<string>>()
  for (const { path, platform, kind } of args.files) {
    const file = basename(path)
    const base: FileResult = { file, platform, kind: kind ?? null, encoding: null, rows: 0, accepted: 0, rejected: 0, duplicates: 0, errors: [] }
    try {
      const bytes = new Uint8Array(await readFile(path))
      const preview = await previewFile(bytes, file, kind ? { kind } : {})
      const platformId = platform ?? ''
      const scope = `${platformId}\u0000${preview.kind}`
      const existing = seen.get(scope) ?? new Set<string>()
      const staged = await stageFile(bytes, file, { platformId, reportId: 'check', kind: preview.kind, existingKeys: existing })
      for (const key of staged.keys) existing.add(key)
      seen.set(scope, existing)
      results.push({
        ...base,
        kind: preview.kind,
        encoding: staged.encoding ?? staged.format,
        rows: staged.rows,
        accepted: staged.accepted,
        rejected: staged.rejected,
        duplicates: staged.duplicates,
        errors: staged.errors.map((e) => ({ row: e.row, field: e.field, value: e.value, reason: t(e.reason.key, e.reason.params) })),
      })
    } catch (error) {
      const reason =
        error instanceof NotAReport
          ? t(error.userMessage.key, error.userMessage.params)
          : (error as NodeJS.ErrnoException).code === 'ENOENT'
            ? t('import.check.noSuchFile')
            : t('import.check.unreadable', { detail: error instanceof Error ? error.message : String(error) })
      results.push({ ...base, unreadable: reason })
    }
  }
  return results
}

export function exitCode(results: readonly FileResult[]): number {
  if (results.some((r) => r.unreadable !== undefined)) return 2
  if (results.some((r) => r.rejected > 0)) return 1
  return 0
}

async function main(): Promise<void> {
  const parsed = parseArgs(process.argv.slice(2))
  if ('error' in parsed) {
    console.error(parsed.error)
    process.exit(2)
  }
  const locale: Locale = parsed.lang
  const t = (await createTranslator(locale)).t
  const results = await checkFiles(parsed, locale)
  if (parsed.json) {
    const files = results.map(({ unreadable, ...r }) => (unreadable === undefined ? r : { ...r, error: unreadable }))
    process.stdout.write(`${JSON.stringify({ files }, null, 2)}\n`)
  } else {
    for (const r of results) {
      if (r.unreadable !== undefined) {
        console.log(`✗ ${r.file}: ${r.unreadable}`)
        continue
      }
      console.log(
        `${r.rejected > 0 ? '!' : '✓'} ${r.file}${r.platform ? ` [${r.platform}]` : ''} · ${t(`domain.reportKind.${r.kind ?? 'dispositions'}`)} · ${r.encoding ?? ''}`,
      )
      console.log(`  ${t('import.check.counts', { rows: r.rows, accepted: r.accepted, rejected: r.rejected, duplicates: r.duplicates })}`)
      const kind = r.kind ?? 'dispositions'
      const label = (field: string) => FIELDS[kind].find((f) => f.key === field)?.[locale === 'en' ? 'labelEn' : 'labelZh'] ?? field
      for (const e of r.errors) console.log(`  ${t('import.check.errorLine', { row: e.row, field: label(e.field), value: e.value, reason: e.reason })}`)
    }
  }
  process.exitCode = exitCode(results)
}


if (process.argv[1] && /check\.(ts|js|mjs)$/.test(process.argv[1])) void main()
