// The progress window every long task shows: what it is doing, how far it is, the time left, and Cancel.
import { Button, Modal, Progress, Typography } from 'antd'
import { useCallback, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { emitSignal } from '@renderer/app/signals'
import { runWorkerTask, TaskCancelled, type TaskProgress, type TaskSpec } from '@renderer/lib/tasks'

interface RunningTask {
  title: string
  progress: TaskProgress | null
  startedAt: number
  /** milliseconds from the start to the latest progress event */
  elapsed: number
  cancelling: boolean
}

function formatDuration(ms: number, t: (key: 'common.seconds' | 'common.minutes', params: { n: number }) => string): string {
  const s = Math.max(1, Math.round(ms / 1000))
  return s < 90 ? t('common.seconds', { n: s }) : t('common.minutes', { n: Math.round(s / 60) })
}

/** Runs worker tasks with a progress modal; `modal` must be rendered by the caller. */
export type RunTask = <S extends TaskSpec>(title: string, worker: Worker, payload: S['payload']) => Promise<S['result']>

export function useTask(): { run: RunTask; modal: ReactNode; running: boolean } {
  const { t } = useTranslation()
  const [task, setTask] = useState<RunningTask | null>(null)
  const controller = useRef<AbortController | null>(null)

  const run = useCallback<RunTask>(async <S extends TaskSpec>(title: string, worker: Worker, payload: S['payload']) => {
    const abort = new AbortController()
    controller.current = abort
    setTask({ title, progress: null, startedAt: Date.now(), elapsed: 0, cancelling: false })
    try {
      const result = await runWorkerTask<S>(worker, payload, {
        signal: abort.signal,
        onProgress: (progress) => {
          const now = Date.now()
          setTask((prev) => (prev ? { ...prev, progress, elapsed: now - prev.startedAt } : prev))
        },
      })
      emitSignal('task-done', { title })
      return result
    } catch (error) {
      emitSignal(error instanceof TaskCancelled ? 'task-cancelled' : 'task-failed', { title })
      throw error
    } finally {
      controller.current = null
      setTask(null)
    }
  }, [])

  const cancel = () => {
    controller.current?.abort()
    setTask((prev) => (prev ? { ...prev, cancelling: true } : prev))
  }

  const p = task?.progress
  const percent = p && p.total > 0 ? Math.min(100, Math.floor((p.done / p.total) * 100)) : 0
  const left = task && p && p.done > 0 && p.total > p.done ? (task.elapsed * (p.total - p.done)) / p.done : null

  const modal = (
    <Modal
      open={task !== null}
      title={task?.title}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Button onClick={cancel} disabled={task?.cancelling} data-testid="task-cancel">
          {task?.cancelling ? t('common.cancelling') : t('common.cancel')}
        </Button>
      }
    >
      <div data-testid="task-progress">
        <Typography.Text>{p ? t(p.phase.key, p.phase.params) : t('common.starting')}</Typography.Text>
        <Progress percent={percent} status="active" />
        <Typography.Text type="secondary">
          {p ? t('common.progress', { done: p.done.toLocaleString(), total: p.total.toLocaleString() }) : ''}
          {left !== null ? ` · ${t('common.timeLeft', { time: formatDuration(left, t) })}` : ''}
        </Typography.Text>
      </div>
    </Modal>
  )
  return { run, modal, running: task !== null }
}
