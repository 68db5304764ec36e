// The `check` command's arguments: each --platform and --kind applies to the files after it.
import { REPORT_KINDS, type ReportKind } from '@shared/domain/records'
import type { Locale } from '@shared/i18n'

export interface CheckArgs {
  files: { path: string; platform: string | null; kind: ReportKind | null }[]
  json: boolean
  lang: Locale
}

export const USAGE = 'usage: npm run check -- [--platform NAME] [--kind accounts|dispositions|earnings] FILE... [--json] [--lang zh-CN|en]'

export function parseArgs(argv: readonly string[]): CheckArgs | { error: string } {
  const out: CheckArgs = { files: [], json: false, lang: 'zh-CN' }
  let platform: string | null = null
  let kind: ReportKind | null = null
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    const value = () => {
      const v = argv[++i]
      if (v === undefined) throw new Error(`${arg} needs a value`)
      return v
    }
    try {
      if (arg === '--json') out.json = true
      else if (arg === '--platform') platform = value()
      else if (arg === '--kind') {
        const k = value()
        if (!(REPORT_KINDS as readonly string[]).includes(k)) return { error: `unknown kind: ${k}\n${USAGE}` }
        kind = k as ReportKind
      } else if (arg === '--lang') {
        const l = value()
        if (l !== 'zh-CN' && l !== 'en') return { error: `unknown language: ${l}\n${USAGE}` }
        out.lang = l
      } else if (arg.startsWith('--')) return { error: `unknown option: ${arg}\n${USAGE}` }
      else out.files.push({ path: arg, platform, kind })
    } catch (error) {
      return { error: `${error instanceof Error ? error.message : String(error)}\n${USAGE}` }
    }
  }
  if (out.files.length === 0) return { error: USAGE }
  return out
}
