// Importing a bundle, step by step: open (the worker unzips, verifies and plans; a refusal is one message
// and nothing is written), decide (a choice for every open conflict), apply (one audited write in the
// worker), and the summary. The worker lives from open to apply and holds the bundle meanwhile.
import { App } from 'antd'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { BUNDLE_EXTENSION } from '@shared/bundles/format'
import { openConflicts, type Choice } from '@shared/bundles/resolve'
import type { Message } from '@shared/i18n'
import { useDesk } from '@renderer/app/desk'
import { emitSignal } from '@renderer/app/signals'
import { useTask } from '@renderer/components/TaskProgressModal'
import { useHost } from '@renderer/host'
import { TaskCancelled, type WorkerSession } from '@renderer/lib/tasks'
import { startBundleWorker } from './client'
import { errorText } from './labels'
import type { ImportSummary } from './apply'
import type { BundleCalls, ImportPreview } from './protocol'

export type ImportState =
  | { step: 'idle' }
  | { step: 'refused'; fileName: string; problem: Message }
  | { step: 'preview'; preview: ImportPreview; choices: ReadonlyMap<string, Choice>; open: readonly string[] }
  | { step: 'done'; fileName: string; summary: ImportSummary }

export function useBundleImport() {
  const { t } = useTranslation()
  const { db, settings } = useDesk()
  const host = useHost()
  const { message } = App.useApp()
  const { track, modal, running } = useTask()
  const [state, setState] = useState<ImportState>({ step: 'idle' })
  const session = useRef<WorkerSession<BundleCalls> | null>(null)

  const end = useCallback(() => {
    session.current?.terminate()
    session.current = null
  }, [])
  useEffect(() => end, [end])

  const open = async (): Promise<void> => {
    const [file] = await host.openFiles({
      title: t('bundles.import.dialogTitle'),
      filters: [{ name: t('bundles.import.filterName'), extensions: [BUNDLE_EXTENSION] }],
      multiple: false,
    })
    if (!file) return
    end()
    setState({ step: 'idle' })
    const worker = startBundleWorker()
    session.current = worker
    try {
      const result = await track(t('bundles.import.task'), (options) => worker.call('open', { dbName: db.name, file }, options))
      if (!result.ok) {
        end()
        setState({ step: 'refused', fileName: file.name, problem: result.problem })
        emitSignal('bundle-refused', { name: file.name, reason: result.problem.key })
        return
      }
      setState({ step: 'preview', preview: result.preview, choices: new Map(), open: openConflicts(result.preview.plan) })
      emitSignal('bundle-opened', { name: file.name })
    } catch (error) {
      end()
      if (error instanceof TaskCancelled) void message.info(t('bundles.import.cancelled'))
      else void message.error(t('bundles.import.failed', { detail: errorText(t, error) }))
    }
  }

  const choose = (keys: readonly string[], choice: Choice): void => {
    setState((s) => {
      if (s.step !== 'preview') return s
      const choices = new Map(s.choices)
      for (const key of keys) choices.set(key, choice)
      return { ...s, choices }
    })
  }

  const apply = async (): Promise<void> => {
    const worker = session.current
    if (state.step !== 'preview' || !worker) return
    const { preview, choices } = state
    try {
      const summary = await track(t('bundles.import.applyTask'), (options) =>
        worker.call('apply', { dbName: db.name, actor: settings.actor, signature: preview.signature, choices: [...choices] }, options),
      )
      end()
      setState({ step: 'done', fileName: preview.fileName, summary })
      emitSignal('bundle-imported', { name: preview.fileName, added: summary.added, updated: summary.updated, conflicts: summary.conflicts, findings: summary.findings })
    } catch (error) {
      // the plan the user saw no longer holds (or the write failed): nothing was written; start again
      end()
      setState({ step: 'idle' })
      if (error instanceof TaskCancelled) void message.info(t('bundles.import.cancelled'))
      else void message.error(t('bundles.import.failed', { detail: errorText(t, error) }), 8)
    }
  }

  const reset = (): void => {
    end()
    setState({ step: 'idle' })
  }

  const undecided = state.step === 'preview' ? state.open.filter((key) => !state.choices.has(key)).length : 0
  return { state, open, choose, apply, reset, undecided, modal, running }
}
