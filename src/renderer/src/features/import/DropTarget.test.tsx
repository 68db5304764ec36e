import { act, cleanup, render, screen } from '@testing-library/react'
import { useEffect, useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { MemoryRouter, Route, Routes, useLocation } from 'react-router'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { i18n, initI18n } from '@renderer/app/i18n'
import { onDropped, takeDropped } from './drop'
import { ImportDropTarget } from './DropTarget'

beforeAll(async () => {
  await initI18n('zh-CN')
})
afterEach(() => {
  cleanup()
  takeDropped()
})

/** jsdom has no DataTransfer: a drag event carrying files, as far as the target reads it. */
function drag(type: string, files: File[]): Event {
  return Object.assign(new Event(type, { bubbles: true, cancelable: true }), { dataTransfer: { types: ['Files'], files, dropEffect: 'none' }, relatedTarget: document.body })
}

/** Stands in for the import page: shows where it is and takes what was dropped. */
function Where() {
  const location = useLocation()
  const [names, setNames] = useState<string[]>([])
  useEffect(() => {
    const take = () => setNames((n) => [...n, ...takeDropped().map((f) => f.name)])
    take()
    return onDropped(take)
  }, [])
  return <div data-testid="where" data-path={location.pathname} data-files={names.join('|')} />
}

function renderShell(path: string, pageTarget: boolean) {
  render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>
        <ImportDropTarget />
        <Routes>
          <Route path="/import" element={pageTarget ? <><ImportDropTarget /><Where /></> : <Where />} />
          <Route path="*" element={<Where />} />
        </Routes>
      </MemoryRouter>
    </I18nextProvider>,
  )
}

describe('dropping files on the window', () => {
  it('shows the overlay while files are dragged over, and goes to the import page with them on drop', () => {
    renderShell('/reports', false)
    const file = new File(['账号ID,变更类型,生效日期'], '报送.csv')
    expect(screen.queryByTestId('import-drop-overlay')).toBeNull()
    act(() => {
      window.dispatchEvent(drag('dragenter', [file]))
    })
    expect(screen.getByTestId('import-drop-overlay').textContent).toContain('松开鼠标')
    const drop = drag('drop', [file])
    act(() => {
      window.dispatchEvent(drop)
    })
    expect(drop.defaultPrevented).toBe(true)
    expect(screen.queryByTestId('import-drop-overlay')).toBeNull()
    expect(screen.getByTestId('where').dataset.path).toBe('/import')
    expect(screen.getByTestId('where').dataset.files).toBe('报送.csv')
  })

  it('hands a drop over once when the shell and the import page both mount a target', () => {
    renderShell('/import', true)
    act(() => {
      window.dispatchEvent(drag('dragenter', [new File(['x'], 'a.csv')]))
    })
    expect(screen.getAllByTestId('import-drop-overlay')).toHaveLength(1)
    act(() => {
      window.dispatchEvent(drag('drop', [new File(['x'], 'a.csv'), new File(['y'], 'b.xlsx')]))
    })
    expect(screen.getByTestId('where').dataset.files).toBe('a.csv|b.xlsx')
  })

  it('ignores drags that carry no files (text or links dragged within the page)', () => {
    renderShell('/reports', false)
    act(() => {
      window.dispatchEvent(Object.assign(new Event('dragenter', { bubbles: true }), { dataTransfer: { types: ['text/plain'], files: [] } }))
    })
    expect(screen.queryByTestId('import-drop-overlay')).toBeNull()
  })
})
