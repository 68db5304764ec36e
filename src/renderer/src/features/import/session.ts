// One import session as the import worker holds it: the file's bytes, the last preview, and after
// validation the staged report (which can hold a million rows, so it never leaves the worker). Each method
// answers one call of the page with a summary. Kept apart from the worker module so that Node tests can
// drive preview → stage → commit over fake-indexeddb.
import type { ReportKind } from '@shared/domain/records'
import type { Report } from '@shared/domain/report'
import { applyRemembered, periodFromTitle } from '@shared/import/header'
import { previewFile, stageFile, type FilePreview, type PreviewOptions, type StagedReport } from '@shared/import/stage'
import { NotAReport, openTable } from '@shared/import/table'
import type { DirectoryChunk } from '@shared/packing/directory'
import { isIsoDate } from '@shared/util/dates'
import { newId } from '@shared/util/hash'
import { DataLayer, UserError } from '@renderer/db/data-layer'
import type { DeskDatabase } from '@renderer/db/database'
import { storedKeys } from '@renderer/db/derived'
import { commitStaged, rememberedMapping } from '@renderer/db/imports'
import { runRuleChecks, type RuleRunResult } from '@renderer/features/findings/run-checks'
import { webSha256 } from '@renderer/lib/digest'
import { nextTurn } from '@renderer/lib/next-turn'
import type { TaskContext } from '@renderer/lib/tasks'
import { CELL_SHOWN, ERRORS_SHOWN, SAMPLE_SHOWN, type CheckRulesRequest, type CommitRequest, type ExportRequest, type PreviewRequest, type PreviewSummary, type StageRequest, type StageSummary } from './protocol'
import { localDirectoryFeed, type DirectoryFeed, type DirectoryFeedFactory } from './directory-feed'
import { rejectedFile } from './rejected-file'

/** How often a long synchronous stretch lets the worker's event loop turn, so that a Cancel gets in. */
const BREATHE_EVERY_MS = 40


/** Why a sheet may hold no report while another sheet of the same workbook does. */
const SHEET_MISSES = new Set(['import.notReport.noHeader', 'import.notReport.empty', 'import.notReport.noRows'])

const cut = (text: string) => (text.length > CELL_SHOWN ? `${text.slice(0, CELL_SHOWN)}…` : text)

export class ImportSession {
  private lastPreview: FilePreview | null = null
  private staged: StagedReport | null = null

  /** the staged report's own account directory, being finished beside it (see ./directory-feed.ts) */
  private directory: { feed: DirectoryFeed; chunks: Promise<DirectoryChunk[] | null> } | null = null

  constructor(
    private readonly db: DeskDatabase,
    readonly fileName: string,
    private readonly bytes: Uint8Array,
    private readonly directoryFeed: DirectoryFeedFactory = localDirectoryFeed,
  ) {}

  get size(): number {
    return this.bytes.length
  }

  /** Looks at the file: format, encoding, header, kind, the mapping (the one remembered for this platform
   * and kind, where there is one) and the first rows. Throws NotAReport with its one message. */
  async preview(request: PreviewRequest): Promise<PreviewSummary> {
    this.staged = null
    const p = await this.previewSomeSheet({ kind: request.kind, sheet: request.sheet })
    this.lastPreview = p
    const remembered = await rememberedMapping(new DataLayer(this.db, () => ({ name: '', office: '' })), request.platformId, p.kind)
    const mapping = remembered ? applyRemembered(p.kind, p.headers, remembered) : p.mapping
    return {
      fileName: this.fileName,
      size: this.bytes.length,
      format: p.format,
      encoding: p.encoding,
      sheetNames: p.sheetNames,
      sheet: p.sheet,
      headerRow: p.headerRow,
      headers: p.headers.map(cut),
      kind: p.kind,
      mapping,
      scores: p.scores,
      sample: p.sample.slice(0, SAMPLE_SHOWN).map((row) => row.map(cut)),
      titlePeriod: p.titlePeriod,
      remembered: remembered !== undefined,
    }
  }

  /** Previews the sheet asked for; when none was asked for and the first sheet holds no report (a
   * workbook often opens with a 填报说明 sheet), the first of the other sheets that does. */
  private async previewSomeSheet(options: PreviewOptions): Promise<FilePreview> {
    try {
      return await previewFile(this.bytes, this.fileName, options)
    } catch (error) {
      if (options.sheet !== undefined || !(error instanceof NotAReport) || !SHEET_MISSES.has(error.userMessage.key)) throw error
      const table = await openTable(this.bytes, this.fileName)
      for (const sheet of table.sheetNames.filter((name) => name !== table.sheet)) {
        const found = await previewFile(this.bytes, this.fileName, { ...options, sheet }).catch((e: unknown) => {
          if (e instanceof NotAReport) return null
          throw e
        })
        if (found) return found
      }
      throw error
    }
  }

  /** Reads every row with the confirmed kind and mapping, checking each against the rows already stored
   * for the platform; progress by rows, cancellable between batches. */
  async stage(request: StageRequest, ctx: TaskContext): Promise<StageSummary> {
    this.staged = null
    this.dropDirectory()
    const existingKeys = await storedKeys(this.db, request.platformId, request.kind)
    let lastBreath = Date.now()
    const feed = this.directoryFeed(request.platformId, request.kind)
    const staging = stageFile<ReportKind>(this.bytes, this.fileName, {
      segments: feed,
      platformId: request.platformId,
      reportId: newId(),
      kind: request.kind,
      mapping: request.mapping,
      sheet: request.sheet,
      existingKeys,
      digest: webSha256,
      between: async (rowsDone, share) => {
        ctx.progress(Math.round(share * 1000), 1000, { key: 'import.phase.validating' }, { key: 'import.phase.rowsRead', params: { n: rowsDone.toLocaleString() } })
        if (Date.now() - lastBreath >= BREATHE_EVERY_MS) {
          await nextTurn()
          lastBreath = Date.now()
        }
        ctx.checkCancelled()
      },
    })
    let staged: StagedReport
    try {
      staged = await staging
      ctx.checkCancelled()
    } catch (error) {
      feed.dispose()
      throw error
    }
    // the directory worker finishes the last segments while the user looks at the result
    this.directory = { feed, chunks: feed.finish() }
    const same = (await this.db.reports.where('sha256').equals(staged.sha256).toArray()).find((r) => r.platformId === request.platformId && r.status === 'committed')
    this.staged = staged
    // a title row names the period best; a name such as 青禾资讯-2026Q3-处置记录.csv next; the rows' dates last
    const titled = this.lastPreview?.titlePeriod ?? null
    const named = titled ? null : periodFromTitle([[this.fileName]], 1)
    const period = named ?? staged.period
    return {
      reportId: staged.reportId,
      fileName: staged.fileName,
      sha256: staged.sha256,
      size: staged.size,
      kind: staged.kind,
      rows: staged.rows,
      accepted: staged.accepted,
      rejected: staged.rejected,
      duplicates: staged.duplicates,
      skipped: staged.skipped,
      errors: staged.errors.slice(0, ERRORS_SHOWN),
      errorCount: staged.errors.length,
      preview: staged.preview,
      period,
      periodSource: titled ? 'title' : named ? 'fileName' : staged.period ? 'rows' : null,
      sameFile: same ? { fileName: same.fileName, importedAt: same.importedAt } : null,
    }
  }

  /** Every rejected row (not only those shown) as a CSV or XLSX file. */
  async exportRejected(request: ExportRequest): Promise<Blob> {
    return rejectedFile(this.requireStaged(), request.format, request.locale)
  }

  /** Stores the staged report in one transaction; a cancel (or any failure) leaves the store as it was. */
  async commit(request: CommitRequest, ctx: TaskContext): Promise<Report> {
    const staged = this.requireStaged()
    const { periodStart, periodEnd, receivedOn } = request
    if (!isIsoDate(periodStart) || !isIsoDate(periodEnd) || !isIsoDate(receivedOn)) throw new UserError({ key: 'import.report.periodRequired' })
    if (periodEnd < periodStart) throw new UserError({ key: 'import.report.periodOrder' })
    const data = new DataLayer(this.db, () => request.actor)
    const ownDirectory = (await this.directory?.chunks) ?? undefined
    const report = await commitStaged(
      data,
      staged,
      { periodStart, periodEnd, receivedOn, importedBy: request.actor.name },
      {
        progress: (done, total) =>
          ctx.progress(done, total, { key: 'import.phase.writing' }, { key: 'import.phase.rowsWritten', params: { done: done.toLocaleString(), total: total.toLocaleString() } }),
        checkCancelled: () => ctx.checkCancelled(),
      },
      { ownDirectory },
    )
    // committed: the same rows can never be committed again from here
    this.staged = null
    this.dropDirectory()
    return report
  }

  /** The rule checks after a commit: the platforms imported into, and the cross-platform rule. */
  async checkRules(request: CheckRulesRequest, ctx: TaskContext): Promise<RuleRunResult> {
    const data = new DataLayer(this.db, () => request.actor)
    return runRuleChecks(data, request.platformIds, {
      progress: (done, total, phase) => ctx.progress(done, total, { key: `findings.phase.${phase}` }),
      checkCancelled: () => ctx.checkCancelled(),
    })
  }

  private dropDirectory(): void {
    this.directory?.feed.dispose()
    this.directory = null
  }

  dispose(): void {
    this.dropDirectory()
    this.staged = null
    this.lastPreview = null
  }

  private requireStaged(): StagedReport {
    if (!this.staged) throw new Error('nothing staged')
    return this.staged
  }
}
