// 运行规则检查: runs the rules over every platform with the progress window, then says what changed
// (added, still found, gone, kept as stale). Cancel aborts the worker's one transaction, so the findings
// stay as they were — and the page says so.
import { PlayCircleOutlined } from '@ant-design/icons'
import { Alert, App, Button } from 'antd'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useDesk } from '@renderer/app/desk'
import { session } from '@renderer/app/session'
import { emitSignal } from '@renderer/app/signals'
import { useTask } from '@renderer/components/TaskProgressModal'
import { TaskCancelled, TaskFailed } from '@renderer/lib/tasks'
import { useCatalogueInForce } from './hooks'
import type { ChecksRunner } from './run-client'
import type { RuleRunResult } from './run-checks'

export interface RuleRun {
  start: () => Promise<void>
  running: boolean
  result: RuleRunResult | null
  clear: () => void
  /** the progress window; render it once */
  modal: ReactNode
}

export function useRuleRun(runner: ChecksRunner): RuleRun {
  const { t } = useTranslation()
  const { db } = useDesk()
  const { message } = App.useApp()
  const { track, modal, running } = useTask()
  const [result, setResult] = useState<RuleRunResult | null>(null)

  const start = async () => {
    setResult(null)
    try {
      const done = await track(t('findings.run.title'), (options) => runner({ dbName: db.name, actor: session.actor(), platformIds: null }, options))
      setResult(done)
      emitSignal('rules-done', { ...done })
    } catch (error) {
      if (error instanceof TaskCancelled) {
        void message.info(t('findings.run.cancelled'))
        return
      }
      const userMessage = error instanceof TaskFailed ? error.userMessage : null
      const detail = userMessage ? t(userMessage.key, userMessage.params) : error instanceof Error ? error.message : String(error)
      void message.error(t('findings.run.failed', { detail }))
    }
  }
  return { start, running, result, clear: () => setResult(null), modal }
}

export function RunButton({ run }: { run: RuleRun }) {
  const { t } = useTranslation()
  return (
    <Button type="primary" icon={<PlayCircleOutlined />} loading={run.running} onClick={() => void run.start()} data-testid="findings-run">
      {t('findings.run.button')}
    </Button>
  )
}

export function RunResult({ run }: { run: RuleRun }) {
  const { t, i18n } = useTranslation()
  const inForce = useCatalogueInForce()
  const r = run.result
  if (!r) return null
  const catalogue =
    inForce.id === r.catalogueId ? t('findings.catalogueName', { title: i18n.language.startsWith('zh') ? inForce.titleZh : inForce.titleEn, version: inForce.version }) : r.catalogueId
  return (
    <Alert
      type="success"
      showIcon
      closable={{ onClose: run.clear }}
      title={t('findings.run.resultTitle')}
      description={
        <>
          <div data-testid="findings-run-counts">{t('findings.run.result', { added: r.added, kept: r.kept, removed: r.removed, stale: r.stale })}</div>
          <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>
            {t('findings.run.meta', { findings: r.findings.toLocaleString(), catalogue, seconds: (r.ms / 1000).toFixed(1) })}
          </div>
        </>
      }
      data-testid="findings-run-result"
    />
  )
}
