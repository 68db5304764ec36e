// Proves the host choice and the browser host in jsdom: the hidden file input (change and cancel), the
// download link, and the React provider.
import { renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { HostApi } from '@shared/host/api'
import { acceptFor, createBrowserHost } from './browser'
import { HostProvider, useHost } from './context'
import { chooseHost } from './select'

afterEach(() => {
  vi.restoreAllMocks()
  document.body.replaceChildren()
})

function fileInput(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>('input[type=file]')
  if (input === null) throw new Error('no file input')
  return input
}

describe('choosing a host', () => {
  it('uses the browser host without the bridge', () => {
    expect(chooseHost(window).kind).toBe('browser')
  })

  it('uses the Electron host when window.desk exists', () => {
    const withBridge = Object.create(window, { desk: { value: {} as HostApi } }) as Window
    expect(chooseHost(withBridge).kind).toBe('electron')
  })
})

describe('the browser host', () => {
  const request = { title: '导入', filters: [{ name: '表格', extensions: ['csv', 'XLSX'] }], multiple: true }

  it('opens files through a hidden file input', async () => {
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined)
    const pending = createBrowserHost().openFiles(request)
    const input = fileInput()
    expect(click).toHaveBeenCalled()
    expect(input.accept).toBe('.csv,.xlsx')
    expect(input.multiple).toBe(true)
    expect(input.hidden).toBe(true)
    const file = new File(['a,b'], 'a.csv', { type: 'text/csv' })
    Object.defineProperty(input, 'files', { value: [file] })
    input.dispatchEvent(new Event('change'))
    await expect(pending).resolves.toEqual([file])
    expect(document.querySelector('input')).toBeNull()
  })

  it('resolves [] when the picker is cancelled', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined)
    const pending = createBrowserHost().openFiles({ ...request, multiple: false })
    expect(fileInput().multiple).toBe(false)
    fileInput().dispatchEvent(new Event('cancel'))
    await expect(pending).resolves.toEqual([])
    expect(document.querySelector('input')).toBeNull()
  })

  it('accepts anything for a * filter', () => {
    expect(acceptFor([{ name: '全部', extensions: ['*'] }])).toBe('')
  })

  it('saves and backs up by downloading', async () => {
    const createObjectURL = vi.fn(() => 'blob:test/1')
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() })
    const downloads: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(`${this.download} ${this.href}`)
    })
    const host = createBrowserHost()
    await expect(host.saveFile({ title: '导出', suggestedName: '报告.pdf', filters: [], data: new Uint8Array([1]) })).resolves.toEqual({
      saved: true,
      name: '报告.pdf',
    })
    await expect(host.writeBackup('备份.zip', new Blob(['z']))).resolves.toBeNull()
    expect(downloads).toEqual(['报告.pdf blob:test/1', '备份.zip blob:test/1'])
    expect(document.querySelector('a')).toBeNull()
    await expect(host.listBackups()).resolves.toEqual([])
    await expect(host.info()).resolves.toMatchObject({ platform: 'web', electron: '', locale: navigator.language })
  })
})

describe('HostProvider', () => {
  it('hands the given host to useHost', () => {
    const host = createBrowserHost()
    const wrapper = ({ children }: { children: ReactNode }) => <HostProvider host={host}>{children}</HostProvider>
    expect(renderHook(() => useHost(), { wrapper }).result.current).toBe(host)
  })

  it('falls back to the window’s host without a provider', () => {
    expect(renderHook(() => useHost()).result.current.kind).toBe('browser')
  })
})
