import { afterEach, describe, expect, it } from 'vitest'
import { serveSession, TaskCancelled, TaskFailed, WorkerSession, type SessionHandlers, type TaskProgress, type TaskSpec } from './tasks'

type Calls = {
  echo: TaskSpec<string, string>
  count: TaskSpec<number, number>
  fail: TaskSpec<null, null>
}

const scope = globalThis as unknown as { onmessage: ((e: { data: unknown }) => void) | null; postMessage?: (msg: unknown) => void }

/** Both ends of a worker in one process: messages are delivered on a later turn, as between threads. */
function connect(handlers: SessionHandlers<Calls>): { session: WorkerSession<Calls>; terminated: () => boolean } {
  let ended = false
  const fake = {
    onmessage: null as ((e: { data: unknown }) => void) | null,
    onerror: null as unknown,
    postMessage: (data: unknown) => setTimeout(() => scope.onmessage?.({ data }), 0),
    terminate: () => {
      ended = true
    },
  }
  scope.postMessage = (data) => setTimeout(() => fake.onmessage?.({ data }), 0)
  serveSession<Calls>(handlers)
  return { session: new WorkerSession<Calls>(fake as unknown as Worker), terminated: () => ended }
}

const turn = () => new Promise((resolve) => setTimeout(resolve, 0))

afterEach(() => {
  scope.onmessage = null
  delete scope.postMessage
})

const handlers: SessionHandlers<Calls> = {
  echo: (text) => Promise.resolve(text.toUpperCase()),
  count: async (n, ctx) => {
    for (let i = 1; i <= n; i++) {
      ctx.progress(i, n, { key: 'import.phase.validating' }, { key: 'import.phase.rowsRead', params: { n: i } })
      await turn()
      ctx.checkCancelled()
    }
    return n
  },
  fail: () => Promise.reject(Object.assign(new Error('refused'), { userMessage: { key: 'import.notReport.empty' } })),
}

describe('a worker session', () => {
  it('answers several calls over its life, each with its own result and progress', async () => {
    const { session } = connect(handlers)
    const seen: TaskProgress[] = []
    const [a, b, c] = await Promise.all([session.call('echo', 'a'), session.call('count', 3, { onProgress: (p) => seen.push(p) }), session.call('echo', 'b')])
    expect([a, b, c]).toEqual(['A', 3, 'B'])
    // the first and the last progress always go through the throttle
    expect(seen[0]).toMatchObject({ done: 1, total: 3, detail: { key: 'import.phase.rowsRead' } })
    expect(seen.at(-1)).toMatchObject({ done: 3, total: 3 })
  })

  it('cancels one call on its signal and keeps serving the next', async () => {
    const { session } = connect(handlers)
    const abort = new AbortController()
    const long = session.call('count', 1000, { signal: abort.signal })
    await turn()
    abort.abort()
    await expect(long).rejects.toBeInstanceOf(TaskCancelled)
    expect(await session.call('echo', 'still here')).toBe('STILL HERE')
  })

  it('passes a user message of a failure through', async () => {
    const { session } = connect(handlers)
    const error = await session.call('fail', null).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TaskFailed)
    expect(error).toMatchObject({ userMessage: { key: 'import.notReport.empty' }, message: 'refused' })
  })

  it('rejects calls still running when terminated', async () => {
    const { session, terminated } = connect(handlers)
    const long = session.call('count', 1000)
    session.terminate()
    await expect(long).rejects.toBeInstanceOf(TaskCancelled)
    expect(terminated()).toBe(true)
  })
})
