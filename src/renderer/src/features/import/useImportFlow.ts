// The import page's state: the chosen platform, the files to import one after another, and for the file at
// hand its worker session (one worker per file) and the step it is at. Every call to the worker goes through
// here; the page's components only render this state and call these actions.
import { App } from 'antd'
import { startTransition, useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReportKind } from '@shared/domain/records'
import type { Report } from '@shared/domain/report'
import type { RuleRunResult } from '@renderer/features/findings/run-checks'
import type { Message } from '@shared/i18n'
import type { Mapping } from '@shared/import/header'
import { useDesk } from '@renderer/app/desk'
import { session as appSession } from '@renderer/app/session'
import { emitSignal } from '@renderer/app/signals'
import { useTask } from '@renderer/components/TaskProgressModal'
import { useHost } from '@renderer/host'
import { TaskCancelled, TaskFailed, WorkerSession } from '@renderer/lib/tasks'
import { baseName, uiLocale } from './format'
import type { ImportCalls, PreviewSummary, StageSummary } from './protocol'

export type Step = 'choose' | 'preview' | 'staged' | 'done'

export interface FlowState {
  step: Step
  platformId: string | null
  /** the files chosen or dropped together; `index` is the one at hand */
  batch: File[]
  index: number
  /** the file at hand is being opened or re-read */
  loading: boolean
  /** why the file at hand cannot be imported: its one message */
  notReport: Message | null
  preview: PreviewSummary | null
  mapping: Mapping
  staged: StageSummary | null
  report: Report | null
  /** what the rule checks found after the commit (null while running, or when they were cancelled) */
  rules: RuleRunResult | null
}

export interface CommitInput {
  periodStart: string
  periodEnd: string
  receivedOn: string
}

const INITIAL: FlowState = { step: 'choose', platformId: null, batch: [], index: 0, loading: false, notReport: null, preview: null, mapping: {}, staged: null, report: null, rules: null }

/** The platform last imported for, kept while the app runs so that the next import starts with it. */
let lastPlatformId: string | null = null

function userMessageOf(error: unknown): Message | null {
  return error instanceof TaskFailed ? error.userMessage : null
}

export function useImportFlow() {
  const { t, i18n } = useTranslation()
  const { db } = useDesk()
  const host = useHost()
  const { message } = App.useApp()
  const { track, modal } = useTask()
  const [initial] = useState<FlowState>(() => ({ ...INITIAL, platformId: lastPlatformId }))
  const [state, setState] = useState(initial)
  const worker = useRef<WorkerSession<ImportCalls> | null>(null)
  // the state as of the last change: async actions read it here, not from the render that started them
  const latest = useRef(initial)

  const patch = useCallback((p: Partial<FlowState>) => {
    latest.current = { ...latest.current, ...p }
    setState(latest.current)
  }, [])

  const endWorker = useCallback(() => {
    worker.current?.terminate()
    worker.current = null
  }, [])

  useEffect(() => endWorker, [endWorker])

  // signals for whoever watches (end-to-end tests) go out once the page shows the new state
  const { preview, notReport, staged, report } = state
  useEffect(() => {
    if (preview) emitSignal('import-previewed', { ok: true, kind: preview.kind, fileName: preview.fileName })
  }, [preview])
  useEffect(() => {
    if (notReport) emitSignal('import-previewed', { ok: false, reason: notReport.key })
  }, [notReport])
  useEffect(() => {
    if (staged) emitSignal('import-staged', { accepted: staged.accepted, rejected: staged.rejected, duplicates: staged.duplicates })
  }, [staged])
  useEffect(() => {
    if (report) emitSignal('import-committed', { reportId: report.id, accepted: report.counts.accepted })
  }, [report])
  const { rules } = state
  useEffect(() => {
    if (rules) emitSignal('rules-done', { findings: rules.findings, added: rules.added })
  }, [rules])

  const failure = useCallback(
    (error: unknown): string => {
      const m = userMessageOf(error)
      return m ? t(m.key, m.params) : t('import.message.failed', { detail: error instanceof Error ? error.message : String(error) })
    },
    [t],
  )

  const openFile = useCallback(
    async (file: File, platformId: string) => {
      endWorker()
      const session = new WorkerSession<ImportCalls>(new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }))
      worker.current = session
      patch({ step: 'preview', loading: true, notReport: null, preview: null, mapping: {}, staged: null, report: null, rules: null })
      try {
        await session.call('open', { dbName: db.name, file, fileName: file.name })
        const preview = await session.call('preview', { platformId })
        if (worker.current !== session) return
        patch({ loading: false, preview, mapping: preview.mapping })
      } catch (error) {
        if (worker.current !== session) return
        const m = userMessageOf(error)
        patch({ loading: false, notReport: m?.key.startsWith('import.notReport.') ? m : { key: 'import.message.failed', params: { detail: failure(error) } } })
      }
    },
    [db, endWorker, failure, patch],
  )

  /** Goes on with the file at `index` of the batch, or back to the start when the batch is done. */
  const goTo = useCallback(
    (batch: File[], index: number) => {
      const { platformId } = latest.current
      const file = batch[index]
      if (!file || platformId === null) {
        endWorker()
        patch({ ...INITIAL, platformId, batch: file ? batch : [], index: file ? index : 0 })
        return
      }
      patch({ batch, index })
      void openFile(file, platformId)
    },
    [endWorker, openFile, patch],
  )

  const addFiles = useCallback(
    (files: File[]) => {
      if (files.length === 0) return
      const s = latest.current
      const busy = s.step !== 'choose'
      if (busy) patch({ batch: [...s.batch, ...files] })
      else goTo([...s.batch.slice(s.index), ...files], 0)
    },
    [goTo, patch],
  )

  const setPlatformId = useCallback(
    (platformId: string | null) => {
      lastPlatformId = platformId
      patch({ platformId })
      // files dropped before a platform was chosen start now
      const s = latest.current
      if (platformId !== null && s.step === 'choose' && s.batch.length > s.index) goTo(s.batch, s.index)
    },
    [goTo, patch],
  )

  const repreview = useCallback(
    async (kind: ReportKind | undefined, sheet: string | undefined) => {
      const session = worker.current
      const { platformId } = latest.current
      if (!session || platformId === null) return
      patch({ loading: true })
      try {
        const preview = await session.call('preview', { platformId, kind, sheet })
        patch({ loading: false, preview, mapping: preview.mapping, notReport: null })
      } catch (error) {
        // the file itself was readable: keep what was shown (the sheet selector goes back) and say why
        patch({ loading: false })
        void message.error(failure(error))
      }
    },
    [failure, message, patch],
  )

  const changeKind = useCallback((kind: ReportKind) => void repreview(kind, latest.current.preview?.sheet ?? undefined), [repreview])
  const changeSheet = useCallback((sheet: string) => void repreview(undefined, sheet), [repreview])

  const setField = useCallback(
    (field: string, header: string | null) => {
      const rest = Object.entries(latest.current.mapping).filter(([key]) => key !== field)
      patch({ mapping: Object.fromEntries(header === null ? rest : [...rest, [field, header]]) })
    },
    [patch],
  )

  const validate = useCallback(async () => {
    const { preview, mapping, platformId } = latest.current
    const session = worker.current
    if (!session || !preview || platformId === null) return
    try {
      const staged = await track(t('import.task.stage'), (options) =>
        session.call('stage', { platformId, kind: preview.kind, mapping, sheet: preview.sheet ?? undefined }, options),
      )
      // the progress window closes at once; the result (tables, a form) renders in slices after it
      startTransition(() => patch({ step: 'staged', staged }))
    } catch (error) {
      if (error instanceof TaskCancelled) void message.info(t('import.message.stageCancelled'))
      else void message.error(failure(error))
    }
  }, [failure, message, patch, t, track])

  const backToMapping = useCallback(() => patch({ step: 'preview', staged: null }), [patch])

  const commit = useCallback(
    async (input: CommitInput) => {
      const session = worker.current
      if (!session) return
      try {
        const report = await track(t('import.task.commit'), (options) => session.call('commit', { actor: appSession.actor(), ...input }, options))
        void message.success(t('import.message.committed', { accepted: report.counts.accepted.toLocaleString() }))
        patch({ step: 'done', report, rules: null })
        // the rule checks run after every committed import; cancelling them keeps the import (they can be
        // run again from 问题清单)
        try {
          const rules = await track(t('import.task.rules'), (options) => session.call('checkRules', { actor: appSession.actor(), platformIds: [report.platformId] }, options))
          patch({ rules })
        } catch (error) {
          if (error instanceof TaskCancelled) void message.info(t('import.done.rulesNotRun'))
          else void message.error(failure(error))
        }
        endWorker()
      } catch (error) {
        if (error instanceof TaskCancelled) void message.info(t('import.message.commitCancelled'))
        else void message.error(failure(error))
      }
    },
    [endWorker, failure, message, patch, t, track],
  )

  const exportRejected = useCallback(
    async (format: 'csv' | 'xlsx') => {
      const session = worker.current
      const file = latest.current.batch[latest.current.index]
      if (!session || !file) return
      try {
        const blob = await session.call('exportRejected', { format, locale: uiLocale(i18n.language) })
        const name = t('import.rejected.fileName', { name: baseName(file.name), ext: format })
        const filter = { name: t(format === 'csv' ? 'import.rejected.csvFilter' : 'import.rejected.xlsxFilter'), extensions: [format] }
        const saved = await host.saveFile({ title: t('import.rejected.saveTitle'), suggestedName: name, filters: [filter], data: blob })
        if (saved.saved) void message.success(t('import.message.exported', { name: saved.name }))
      } catch (error) {
        void message.error(failure(error))
      }
    },
    [failure, host, i18n.language, message, t],
  )

  const discard = useCallback(() => {
    const s = latest.current
    const file = s.batch[s.index]
    endWorker()
    // a file that is no report had nothing to discard; one that was read is said to be dropped unwritten
    if (file && s.step !== 'done' && !s.notReport) void message.info(t('import.message.discarded', { name: file.name }))
    goTo(s.batch, s.index + 1)
  }, [endWorker, goTo, message, t])

  const next = useCallback(() => {
    const s = latest.current
    goTo(s.batch, s.index + 1)
  }, [goTo])

  const actions = { addFiles, setPlatformId, changeKind, changeSheet, setField, validate, backToMapping, commit, exportRejected, discard, next }
  return { state, actions, modal }
}

export type ImportFlow = ReturnType<typeof useImportFlow>
