// The progress window every long task shows: what it is doing, how far it is, the time left, and Cancel.
// `run` starts a one-off worker task; `track` shows the same window over any cancellable call (e.g. one
// call of a long-lived worker session). Progress arrives ~10 times a second: it re-renders the window
// only, through a small store, never the page that started the task (which may hold large tables).
import { Button, Modal, Progress, Typography } from 'antd'
import { useCallback, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { emitSignal } from '@renderer/app/signals'
import { runWorkerTask, TaskCancelled, type RunOptions, type TaskProgress, type TaskSpec } from '@renderer/lib/tasks'

interface RunningTask {
  title: string
  progress: TaskProgress | null
  startedAt: number
  /** milliseconds from the start to the latest progress event */
  elapsed: number
  cancelling: boolean
}

/** The running task, outside React state: the window subscribes to it, the page does not. */
class TaskStore {
  private task: RunningTask | null = null
  private readonly listeners = new Set<() => void>()
  private controller: AbortController | null = null

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  readonly get = () => this.task

  private set(update: (prev: RunningTask | null) => RunningTask | null): void {
    this.task = update(this.task)
    for (const listener of this.listeners) listener()
  }

  begin(title: string, controller: AbortController): void {
    this.controller = controller
    this.set(() => ({ title, progress: null, startedAt: Date.now(), elapsed: 0, cancelling: false }))
  }

  progress(progress: TaskProgress): void {
    const now = Date.now()
    this.set((prev) => (prev ? { ...prev, progress, elapsed: now - prev.startedAt } : prev))
  }

  end(): void {
    this.controller = null
    this.set(() => null)
  }

  cancel(): void {
    this.controller?.abort()
    this.set((prev) => (prev ? { ...prev, cancelling: true } : prev))
  }
}

function formatDuration(ms: number, t: (key: 'common.seconds' | 'common.minutes', params: { n: number }) => string): string {
  const s = Math.max(1, Math.round(ms / 1000))
  return s < 90 ? t('common.seconds', { n: s }) : t('common.minutes', { n: Math.round(s / 60) })
}

/** The bar moves in steps, ten a second, rather than gliding to each, and without the moving shine of an
 * "active" bar: either animation has the page laid out or painted at every frame of a long task, which on
 * a two-core machine takes a good part of a core from the workers doing the task. */
const STEP = { transition: 'none' }

function TaskModal({ store }: { store: TaskStore }) {
  const { t } = useTranslation()
  const task = useSyncExternalStore(store.subscribe, store.get)
  const p = task?.progress
  const percent = p && p.total > 0 ? Math.min(100, Math.floor((p.done / p.total) * 100)) : 0
  const left = task && p && p.done > 0 && p.total > p.done ? (task.elapsed * (p.total - p.done)) / p.done : null

  return (
    <Modal
      open={task !== null}
      title={task?.title}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Button onClick={() => store.cancel()} disabled={task?.cancelling} data-testid="task-cancel">
          {task?.cancelling ? t('common.cancelling') : t('common.cancel')}
        </Button>
      }
    >
      <div data-testid="task-progress">
        <Typography.Text>{p ? t(p.phase.key, p.phase.params) : t('common.starting')}</Typography.Text>
        <Progress percent={percent} styles={{ track: STEP }} />
        <Typography.Text type="secondary">
          {p?.detail ? t(p.detail.key, p.detail.params) : p ? t('common.progress', { done: p.done.toLocaleString(), total: p.total.toLocaleString() }) : ''}
          {left !== null ? ` · ${t('common.timeLeft', { time: formatDuration(left, t) })}` : ''}
        </Typography.Text>
      </div>
    </Modal>
  )
}

/** Runs worker tasks with a progress modal; `modal` must be rendered by the caller. */
export type RunTask = <S extends TaskSpec>(title: string, worker: Worker, payload: S['payload']) => Promise<S['result']>

/** Shows the progress window while `start` runs; `start` must honour the signal and report progress. */
export type TrackTask = <R>(title: string, start: (options: Required<RunOptions>) => Promise<R>) => Promise<R>

export function useTask(): { run: RunTask; track: TrackTask; modal: ReactNode; running: boolean } {
  const [store] = useState(() => new TaskStore())
  // the page re-renders when a task starts and ends, not on its progress
  const [running, setRunning] = useState(false)

  const track = useCallback<TrackTask>(
    async <R,>(title: string, start: (options: Required<RunOptions>) => Promise<R>) => {
      const abort = new AbortController()
      store.begin(title, abort)
      setRunning(true)
      try {
        const result = await start({
          signal: abort.signal,
          onProgress: (progress) => store.progress(progress),
        })
        emitSignal('task-done', { title })
        return result
      } catch (error) {
        emitSignal(error instanceof TaskCancelled ? 'task-cancelled' : 'task-failed', { title })
        throw error
      } finally {
        store.end()
        setRunning(false)
      }
    },
    [store],
  )

  const run = useCallback<RunTask>(
    <S extends TaskSpec>(title: string, worker: Worker, payload: S['payload']) => track(title, (options) => runWorkerTask<S>(worker, payload, options)),
    [track],
  )

  const modal = useMemo(() => <TaskModal store={store} />, [store])
  return { run, track, modal, running }
}
