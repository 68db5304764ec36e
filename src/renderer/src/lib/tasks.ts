// Long tasks run in workers so the window never freezes. This is the one protocol between a window and a
// task worker: start with a payload, progress events, a result, an error, or cancellation on request.
// A one-off task runs in a fresh worker (runWorkerTask/serveTask); a worker that holds state across
// several requests (an import session) serves named calls, each with its own progress and cancel
// (WorkerSession/serveSession).
import type { Message } from '@shared/i18n'

export interface TaskProgress {
  done: number
  total: number
  /** a translation key naming the current phase */
  phase: Message
  /** shown instead of "done / total" when those are not counts a person reads (e.g. a share of bytes) */
  detail?: Message
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
          options.onProgress?.(progressOf(msg))
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
  progress(done: number, total: number, phase: Message, detail?: Message): void
  /** throws TaskCancelled once the window asked to cancel; call it between steps */
  checkCancelled(): void
}

function progressOf(msg: TaskProgress): TaskProgress {
  return msg.detail ? { done: msg.done, total: msg.total, phase: msg.phase, detail: msg.detail } : { done: msg.done, total: msg.total, phase: msg.phase }
}

/** A task context whose progress messages are throttled to ~10 a second (the last one always goes). */
function throttledContext(isCancelled: () => boolean, post: (progress: TaskProgress) => void): TaskContext {
  let lastProgress = 0
  return {
    progress(done, total, phase, detail) {
      const now = Date.now()
      if (now - lastProgress < 100 && done < total) return
      lastProgress = now
      post(detail ? { done, total, phase, detail } : { done, total, phase })
    },
    checkCancelled() {
      if (isCancelled()) throw new TaskCancelled()
    },
  }
}

/** The error event for a failure: a UserError-like `userMessage` crosses as it is, anything else as text. */
function errorEvent(error: unknown): { type: 'error'; message: Message | null; detail: string } {
  const userMessage = (error as { userMessage?: Message } | null)?.userMessage ?? null
  return { type: 'error', message: userMessage, detail: error instanceof Error ? error.message : String(error) }
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
  const ctx = throttledContext(
    () => cancelled,
    (progress) => scope.postMessage({ type: 'progress', ...progress }),
  )
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
        else scope.postMessage(errorEvent(error))
      },
    )
  }
}

/** A worker serving several named calls over its life: method name → the call's payload and result. */
export type SessionSpec = Record<string, TaskSpec>

export type SessionRequest = { type: 'call'; id: number; method: string; payload: unknown } | { type: 'cancel'; id: number }

export type SessionEvent = TaskEvent<unknown> & { id: number }

interface PendingCall {
  resolve: (result: unknown) => void
  reject: (error: Error) => void
  onProgress?: (progress: TaskProgress) => void
  cleanup: () => void
}

/**
 * The window side of a long-lived worker: `call` sends one request and resolves with its result; aborting
 * the call's signal asks the worker to cancel that call only. The worker keeps its state between calls
 * (that is the point: what it holds never has to cross to the window) until `terminate`.
 */
export class WorkerSession<M extends SessionSpec> {
  private nextId = 1
  private readonly pending = new Map<number, PendingCall>()
  private failure: TaskFailed | null = null

  constructor(private readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent<SessionEvent>) => this.receive(event.data)
    worker.onerror = (event) => {
      event.preventDefault()
      this.failAll(new TaskFailed(null, event.message || 'worker error'))
    }
  }

  call<K extends keyof M & string>(method: K, payload: M[K]['payload'], options: RunOptions = {}): Promise<M[K]['result']> {
    if (this.failure) return Promise.reject(this.failure)
    if (options.signal?.aborted) return Promise.reject(new TaskCancelled())
    const id = this.nextId++
    return new Promise<M[K]['result']>((resolve, reject) => {
      const onAbort = () => this.worker.postMessage({ type: 'cancel', id } satisfies SessionRequest)
      options.signal?.addEventListener('abort', onAbort)
      this.pending.set(id, {
        resolve: (result) => resolve(result),
        reject,
        onProgress: options.onProgress,
        cleanup: () => options.signal?.removeEventListener('abort', onAbort),
      })
      this.worker.postMessage({ type: 'call', id, method, payload } satisfies SessionRequest)
    })
  }

  /** Ends the worker; calls still running are rejected as cancelled. */
  terminate(): void {
    this.worker.terminate()
    this.failAll(new TaskCancelled())
  }

  private receive(msg: SessionEvent): void {
    const call = this.pending.get(msg.id)
    if (!call) return
    if (msg.type === 'progress') {
      call.onProgress?.(progressOf(msg))
      return
    }
    this.pending.delete(msg.id)
    call.cleanup()
    if (msg.type === 'done') call.resolve(msg.result)
    else if (msg.type === 'cancelled') call.reject(new TaskCancelled())
    else call.reject(new TaskFailed(msg.message, msg.detail))
  }

  private failAll(error: TaskFailed | TaskCancelled): void {
    if (error instanceof TaskFailed) this.failure = error
    for (const call of this.pending.values()) {
      call.cleanup()
      call.reject(error)
    }
    this.pending.clear()
  }
}

export type SessionHandlers<M extends SessionSpec> = {
  [K in keyof M]: (payload: M[K]['payload'], ctx: TaskContext) => Promise<M[K]['result']>
}

/** The worker side of a WorkerSession: call once at the top of a worker module with one handler per method. */
export function serveSession<M extends SessionSpec>(handlers: SessionHandlers<M>): void {
  const scope = globalThis as unknown as {
    onmessage: ((e: MessageEvent<SessionRequest>) => void) | null
    postMessage: (msg: SessionEvent) => void
  }
  const cancelled = new Set<number>()
  scope.onmessage = (event) => {
    const msg = event.data
    if (msg.type === 'cancel') {
      cancelled.add(msg.id)
      return
    }
    const { id } = msg
    const ctx = throttledContext(
      () => cancelled.has(id),
      (progress) => scope.postMessage({ id, type: 'progress', ...progress }),
    )
    const handler = handlers[msg.method]
    const run = handler ? handler(msg.payload, ctx) : Promise.reject(new Error(`unknown method ${msg.method}`))
    void run
      .then(
      (result) => scope.postMessage({ id, type: 'done', result }),
      (error: unknown) => scope.postMessage(error instanceof TaskCancelled || cancelled.has(id) ? { id, type: 'cancelled' } : { id, ...errorEvent(error) }),
    ).finally(() => cancelled.delete(id))
  }
}
