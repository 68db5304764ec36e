// Proves the IPC layer: one handler per channel, wrong senders and malformed arguments refused before any
// work, and the dialog and backup handlers doing their job (bytes in and out, never paths).
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcMainInvokeEvent } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { HOST_CHANNEL_LIST } from '@shared/host/api'
import type { BackupInfo, HostChannel, PickedFile, SaveFileResult } from '@shared/host/api'
import type { HandlerMap } from './ipc'

type Listener = (event: IpcMainInvokeEvent, raw?: unknown) => Promise<unknown>

const electron = vi.hoisted(() => ({
  listeners: new Map<string, Listener>(),
  userData: '',
  showOpenDialog: vi.fn<() => Promise<{ canceled: boolean; filePaths: string[] }>>(),
  showSaveDialog: vi.fn<() => Promise<{ canceled: boolean; filePath?: string }>>(),
}))

vi.mock('electron', () => ({
  app: {
    getPath: (name: string) => join(electron.userData, name),
    getVersion: () => '0.1.0',
    getLocale: () => 'zh-CN',
  },
  BrowserWindow: { fromWebContents: () => null },
  dialog: { showOpenDialog: electron.showOpenDialog, showSaveDialog: electron.showSaveDialog },
  ipcMain: { handle: (channel: string, listener: Listener) => electron.listeners.set(channel, listener) },
}))

const { handlers, registerIpc } = await import('./ipc')
const { MAX_OPEN_BYTES } = await import('./files')
const { BACKUP_KEEP } = await import('./backups')

const APP = 'oversight://desk/index.html'
const DEV = 'http://localhost:5173'

function eventFrom(url: string | null): IpcMainInvokeEvent {
  return { senderFrame: url === null ? null : { url }, sender: {} } as unknown as IpcMainInvokeEvent
}

function call(channel: HostChannel, raw?: unknown, from: string | null = APP): Promise<unknown> {
  const listener = electron.listeners.get(channel)
  if (!listener) throw new Error(`no handler for ${channel}`)
  return listener(eventFrom(from), raw)
}

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oversight-ipc-'))
  electron.userData = dir
  electron.listeners.clear()
  electron.showOpenDialog.mockReset()
  electron.showSaveDialog.mockReset()
  registerIpc(undefined)
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('the handler map', () => {
  it('is typed so that a missing or extra channel does not compile (checked by tsc)', () => {
    // @ts-expect-error every channel must have a handler
    const missing: HandlerMap = { 'app:info': handlers['app:info'] }
    // @ts-expect-error no handler for a channel the contract does not have
    const extra: HandlerMap = { ...handlers, 'app:quit': handlers['app:info'] }
    expect(missing).toBeDefined()
    expect(extra).toBeDefined()
  })

  it('covers every channel, and only those', () => {
    expect(Object.keys(handlers).sort()).toEqual([...HOST_CHANNEL_LIST].sort())
    expect([...electron.listeners.keys()].sort()).toEqual([...HOST_CHANNEL_LIST].sort())
  })
})

describe('senders', () => {
  it.each(HOST_CHANNEL_LIST)('%s refuses frames that are not the app', async (channel) => {
    for (const from of ['https://example.com/', 'file:///tmp/x.html', 'oversight://other/', DEV + '/', null]) {
      await expect(call(channel, undefined, from)).rejects.toThrow('拒绝请求：请求不是来自本应用的页面。')
    }
    expect(electron.showOpenDialog).not.toHaveBeenCalled()
  })

  it('accepts the dev server only in dev', async () => {
    electron.listeners.clear()
    registerIpc(DEV)
    await expect(call('app:info', undefined, DEV + '/')).resolves.toMatchObject({ version: '0.1.0' })
  })
})

describe('arguments', () => {
  const file = new Uint8Array([1, 2, 3])
  it.each<[HostChannel, unknown]>([
    ['app:info', { x: 1 }],
    ['backup:list', 'all'],
    ['dialog:openFiles', undefined],
    ['dialog:openFiles', { title: '打开', filters: [], multiple: 'yes' }],
    ['dialog:openFiles', { title: '打开', filters: [{ name: 'CSV', extensions: ['../csv'] }], multiple: true }],
    ['dialog:openFiles', { title: '打开', filters: [], multiple: true, defaultPath: '/etc' }],
    ['dialog:saveFile', { title: '保存', suggestedName: 'a.csv', filters: [], data: [1, 2, 3] }],
    ['dialog:saveFile', { title: '保存', suggestedName: 'a.csv', filters: [], data: 'abc' }],
    ['dialog:saveFile', { title: 'x'.repeat(1000), suggestedName: 'a.csv', filters: [], data: file }],
    ['backup:write', { name: 42, data: file }],
    ['backup:write', { name: 'a.zip' }],
  ])('%s refuses %j', async (channel, raw) => {
    await expect(call(channel, raw)).rejects.toThrow('拒绝请求：参数格式不正确。')
    expect(electron.showOpenDialog).not.toHaveBeenCalled()
    expect(electron.showSaveDialog).not.toHaveBeenCalled()
  })
})

describe('app:info', () => {
  it('describes the shell', async () => {
    await expect(call('app:info')).resolves.toMatchObject({ version: '0.1.0', platform: process.platform, locale: 'zh-CN' })
  })
})

describe('dialog:openFiles', () => {
  const request = { title: '导入处置记录', filters: [{ name: '表格', extensions: ['csv', 'xlsx'] }], multiple: true }

  it('returns names and bytes, never paths', async () => {
    await writeFile(join(dir, 'a.csv'), 'a,b\n1,2\n')
    await writeFile(join(dir, 'b.csv'), 'x')
    electron.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [join(dir, 'a.csv'), join(dir, 'b.csv')] })
    const files = (await call('dialog:openFiles', request)) as PickedFile[]
    expect(files.map((f) => f.name)).toEqual(['a.csv', 'b.csv'])
    expect(new TextDecoder().decode(files[0]!.data)).toBe('a,b\n1,2\n')
    expect(JSON.stringify(files.map((f) => f.name))).not.toContain(dir)
    expect(electron.showOpenDialog).toHaveBeenCalledWith({
      title: '导入处置记录',
      filters: request.filters,
      properties: ['openFile', 'multiSelections'],
    })
  })

  it('returns [] when cancelled', async () => {
    electron.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    await expect(call('dialog:openFiles', request)).resolves.toEqual([])
  })

  it('refuses files over 2 GiB with a Chinese message', async () => {
    const huge = join(dir, '超大.csv')
    await writeFile(huge, '')
    await truncate(huge, MAX_OPEN_BYTES + 1) // sparse: takes no disk space
    electron.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [huge] })
    await expect(call('dialog:openFiles', request)).rejects.toThrow('文件“超大.csv”超过 2 GiB，无法打开')
  })
})

describe('dialog:saveFile', () => {
  const request = (suggestedName: string) => ({
    title: '导出报告',
    suggestedName,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    data: new TextEncoder().encode('%PDF-1.7'),
  })

  it('writes the bytes atomically where the user chose', async () => {
    const target = join(dir, 'report.pdf')
    await writeFile(target, 'old')
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
    const result = (await call('dialog:saveFile', request('../../报告.pdf'))) as SaveFileResult
    expect(result).toEqual({ saved: true, name: 'report.pdf' })
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7')
    expect(await readdir(dir)).toEqual(['report.pdf'])
    const [options] = electron.showSaveDialog.mock.calls[0] as unknown as [{ defaultPath: string }]
    expect(options.defaultPath).toBe(join(dir, 'documents', '报告.pdf'))
  })

  it('reports a cancelled save', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: true })
    await expect(call('dialog:saveFile', request('a.pdf'))).resolves.toEqual({ saved: false })
  })
})

describe('backups', () => {
  const backups = () => join(dir, 'userData', 'backups')

  it('lists nothing before the first backup', async () => {
    await expect(call('backup:list')).resolves.toEqual([])
  })

  it('writes into userData/backups under a plain file name', async () => {
    const info = (await call('backup:write', { name: '../../../etc/备份-2024.zip', data: new Uint8Array([1, 2]) })) as BackupInfo
    expect(info).toMatchObject({ name: '备份-2024.zip', size: 2 })
    expect(await readdir(backups())).toEqual(['备份-2024.zip'])
  })

  it('refuses names that are not .zip or .json', async () => {
    for (const name of ['notes.txt', '.zip', '..', '']) {
      await expect(call('backup:write', { name, data: new Uint8Array([1]) })).rejects.toThrow('备份文件名无效')
    }
  })

  it(`keeps the newest ${BACKUP_KEEP}`, async () => {
    await writeFile(join(dir, 'keep.txt'), 'not a backup')
    for (let i = 1; i <= BACKUP_KEEP + 3; i += 1) {
      const name = `backup-${String(i).padStart(2, '0')}.${i % 2 === 0 ? 'json' : 'zip'}`
      await call('backup:write', { name, data: new Uint8Array([i]) })
    }
    const listed = (await call('backup:list')) as BackupInfo[]
    expect(listed).toHaveLength(BACKUP_KEEP)
    expect(listed[0]!.name).toBe('backup-23.zip')
    expect(listed.map((b) => b.name)).not.toContain('backup-03.zip')
    expect(listed.map((b) => b.name)).toContain('backup-04.json')
    expect((await readdir(backups())).length).toBe(BACKUP_KEEP)
  })
})
