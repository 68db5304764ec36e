// `npm run check -- [--platform NAME] [--kind accounts|dispositions|earnings] FILE... [--json] [--lang en]`
// Validates report files before they are sent or imported, with exactly the app's parsing, mapping,
// normalisation and validation code (src/shared/import), in memory. Exit 0: every file imported cleanly;
// 1: rows were rejected or the rule checks found something; 2: a file could not be read as a report.
import { createTranslator, type Locale } from '@shared/i18n'
import { FIELDS } from '@shared/import/fields'
import { parseArgs } from './args'
import { exitCode, runCheck } from './run-check'

async function main(): Promise<void> {
  const parsed = parseArgs(process.argv.slice(2))
  if ('error' in parsed) {
    console.error(parsed.error)
    process.exit(2)
  }
  const locale: Locale = parsed.lang
  const t = (await createTranslator(locale)).t
  const result = await runCheck(parsed, locale)
  if (parsed.json) {
    const files = result.files.map(({ unreadable, ...r }) => (unreadable === undefined ? r : { ...r, error: unreadable }))
    process.stdout.write(`${JSON.stringify({ files, findings: result.findings }, null, 2)}\n`)
  } else {
    for (const r of result.files) {
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
    if (result.findings.length > 0) console.log(t('import.check.findings', { count: result.findings.length }))
    for (const f of result.findings) console.log(`  [${f.severity}] ${f.rule} · ${f.platform}${f.account ? ` · ${f.account}` : ''} · ${f.explanation}`)
  }
  process.exitCode = exitCode(result)
}

if (process.argv[1] && /check\.(ts|js|mjs)$/.test(process.argv[1])) void main()
