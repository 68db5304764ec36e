// Long tasks run in workers so the window never freezes. This is the one protocol between a window and a
// task worker: start with a payload, progress events, a result, an error, or cancellation on request.
import type { Message } from '@shared/i18n'

export interface TaskProgress {
  done: number
  total: number
  /** a translation key naming the current phase */
  phase: Message
}

/** A task's types: what the window sends and what the worker returns. Each worker module exports its own,
 * e.g. `export type DemoTask = TaskSpec<DemoPayload, DemoResult>`. */
export interface TaskSpec<P = unknown, R = unknown> {
  payload: P
  result: R
}

export type TaskRequest<P> = { type: 'start'; payload: P } | { type: 'cancel' }

export type TaskEvent<R> =
  | ({ type: 'progress' } & TaskProgress)
  | { type: 'done'; result: R }
  | { type: 'cancelled' }
  | { type: 'error'; message: Message | null; detail: string }

export class TaskCancelled extends Error {
  constructor() {
    super('cancelled')
    this.name = 'TaskCancelled'
  }
}

export class TaskFailed extends Error {
  constructor(
    readonly userMessage: Message | null,
    detail: string,
  ) {
    super(detail)
    this.name = 'TaskFailed'
  }
}

export interface RunOptions {
  onProgress?: (progress: TaskProgress) => void
  signal?: AbortSignal
}

/** Runs one task in a fresh worker and terminates the worker when the task ends. */
export function runWorkerTask<S extends TaskSpec>(worker: Worker, payload: S['payload'], options: RunOptions = {}): Promise<S['result']> {
  type R = S['result']
  type P = S['payload']
  return new Promise<R>((resolve, reject) => {
    const finish = (fn: () => void) => {
      options.signal?.removeEventListener('abort', onAbort)
      worker.terminate()
      fn()
    }
    const onAbort = () => {
      worker.postMessage({ type: 'cancel' } satisfies TaskRequest<P>)
    }
    worker.onmessage = (event: MessageEvent<TaskEvent<R>>) => {
      const msg = event.data
      switch (msg.type) {
        case 'progress':
          options.onProgress?.({ done: msg.done, total: msg.total, phase: msg.phase })
          break
        case 'done':
          finish(() => resolve(msg.result))
          break
        case 'cancelled':
          finish(() => reject(new TaskCancelled()))
          break
        case 'error':
          finish(() => reject(new TaskFailed(msg.message, msg.detail)))
          break
      }
    }
    worker.onerror = (event) => {
      finish(() => reject(new TaskFailed(null, event.message)))
    }
    if (options.signal?.aborted) {
      finish(() => reject(new TaskCancelled()))
      return
    }
    options.signal?.addEventListener('abort', onAbort)
    worker.postMessage({ type: 'start', payload } satisfies TaskRequest<P>)
  })
}

export interface TaskContext {
  progress(done: number, total: number, phase: Message): void
  /** throws TaskCancelled once the window asked to cancel; call it between steps */
  checkCancelled(): void
}

/**
 * The worker side: call once at the top of a worker module. Progress messages are throttled to ~10 a
 * second. A task that throws TaskCancelled (or any error) must leave the store as it was: write in one
 * transaction, which the throw aborts.
 */
export function serveTask<S extends TaskSpec>(handler: (payload: S['payload'], ctx: TaskContext) => Promise<S['result']>): void {
  type R = S['result']
  type P = S['payload']
  const scope = globalThis as unknown as {
    onmessage: ((e: MessageEvent<TaskRequest<P>>) => void) | null
    postMessage: (msg: TaskEvent<R>) => void
  }
  let cancelled = false
  let lastProgress = 0
  const ctx: TaskContext = {
    progress(done, total, phase) {
      const now = Date.now()
      if (now - lastProgress < 100 && done < total) return
      lastProgress = now
      scope.postMessage({ type: 'progress', done, total, phase })
    },
    checkCancelled() {
      if (cancelled) throw new TaskCancelled()
    },
  }
  scope.onmessage = (event) => {
    const msg = event.data
    if (msg.type === 'cancel') {
      cancelled = true
      return
    }
    handler(msg.payload, ctx).then(
      (result) => scope.postMessage({ type: 'done', result }),
      (error: unknown) => {
        if (error instanceof TaskCancelled || cancelled) scope.postMessage({ type: 'cancelled' })
        else {
          const userMessage = (error as { userMessage?: Message }).userMessage ?? null
          scope.postMessage({ type: 'error', message: userMessage, detail: error instanceof Error ? error.message : String(error) })
        }
      },
    )
  }
}
