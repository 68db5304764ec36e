// Proves the Electron host converts between the page's types (File, Blob) and the bridge's bytes, sends
// exactly the contract's fields, and shows main's errors without Electron's wrapper text.
import { describe, expect, it, vi } from 'vitest'
import type { HostApi } from '@shared/host/api'
import { createElectronHost, unwrapRemoteError } from './electron-host'

function fakeBridge(overrides: Partial<HostApi> = {}): HostApi {
  return {
    'app:info': () => Promise.resolve({ version: '0.1.0', platform: 'win32', electron: '45.5.0', locale: 'zh-CN' }),
    'dialog:openFiles': () => Promise.resolve([{ name: '处置记录.csv', data: new TextEncoder().encode('a,b\n') }]),
    'dialog:saveFile': (request) => Promise.resolve({ saved: true, name: request.suggestedName }),
    'backup:write': (request) => Promise.resolve({ name: request.name, size: request.data.byteLength, modifiedAt: '2024-01-01T00:00:00.000Z' }),
    'backup:list': () => Promise.resolve([]),
    ...overrides,
  }
}

describe('the Electron host', () => {
  it('turns picked files into File objects', async () => {
    const [file] = await createElectronHost(fakeBridge()).openFiles({ title: '导入', filters: [], multiple: false })
    expect(file).toBeInstanceOf(File)
    expect(file!.name).toBe('处置记录.csv')
    expect(file!.type).toBe('text/csv')
    expect(await file!.text()).toBe('a,b\n')
  })

  it('sends only the contract fields', async () => {
    const openFiles = vi.fn<HostApi['dialog:openFiles']>(() => Promise.resolve([]))
    const request = { title: '导入', filters: [{ name: '表格', extensions: ['csv'], extra: 1 }], multiple: true, extra: 2 }
    await createElectronHost(fakeBridge({ 'dialog:openFiles': openFiles })).openFiles(request)
    expect(openFiles).toHaveBeenCalledWith({ title: '导入', filters: [{ name: '表格', extensions: ['csv'] }], multiple: true })
  })

  it('sends Blobs as bytes', async () => {
    const saveFile = vi.fn<HostApi['dialog:saveFile']>(() => Promise.resolve({ saved: false }))
    const host = createElectronHost(fakeBridge({ 'dialog:saveFile': saveFile }))
    await host.saveFile({ title: '导出', suggestedName: 'r.csv', filters: [], data: new Blob(['x,y']) })
    expect(saveFile.mock.calls[0]![0].data).toEqual(new TextEncoder().encode('x,y'))
    const info = await host.writeBackup('b.json', new Blob(['{}']))
    expect(info).toMatchObject({ name: 'b.json', size: 2 })
  })

  it('shows main’s message without Electron’s wrapper', async () => {
    const failing = fakeBridge({
      'dialog:openFiles': () =>
        Promise.reject(new Error("Error invoking remote method 'dialog:openFiles': Error: 文件“a.csv”超过 2 GiB，无法打开。")),
    })
    await expect(createElectronHost(failing).openFiles({ title: '', filters: [], multiple: false })).rejects.toThrow(
      /^文件“a.csv”超过 2 GiB，无法打开。$/,
    )
    const plain = new Error('plain')
    expect(unwrapRemoteError(plain)).toBe(plain)
  })
})
