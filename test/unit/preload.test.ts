// Proves the preload exposes one frozen object under `desk`, with a method per host channel that forwards
// its argument and returns only main's answer.
import { describe, expect, it, vi } from 'vitest'
import { HOST_CHANNEL_LIST } from '@shared/host/api'
import type { HostApi } from '@shared/host/api'

const electron = vi.hoisted(() => ({
  exposed: [] as [string, unknown][],
  invoke: vi.fn((channel: string, request: unknown) => Promise.resolve({ channel, request })),
}))

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: unknown) => electron.exposed.push([name, api]) },
  ipcRenderer: { invoke: electron.invoke },
}))

await import('../../src/preload/index')

describe('the preload bridge', () => {
  it('exposes exactly one object, as desk, with a method per channel', () => {
    expect(electron.exposed).toHaveLength(1)
    const [name, api] = electron.exposed[0]!
    expect(name).toBe('desk')
    expect(Object.keys(api as object).sort()).toEqual([...HOST_CHANNEL_LIST].sort())
    expect(Object.isFrozen(api)).toBe(true)
  })

  it('forwards the request on its channel and returns only the result', async () => {
    const api = electron.exposed[0]![1] as HostApi
    const request = { title: '打开', filters: [], multiple: false }
    await expect(api['dialog:openFiles'](request)).resolves.toEqual({ channel: 'dialog:openFiles', request })
    expect(electron.invoke).toHaveBeenLastCalledWith('dialog:openFiles', request)
    await api['backup:list']()
    expect(electron.invoke).toHaveBeenLastCalledWith('backup:list', undefined)
  })
})
