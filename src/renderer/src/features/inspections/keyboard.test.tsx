// Which key does what on the checklist page, and where keys are left alone.
import { describe, expect, it } from 'vitest'
import { commandFor, isTextEntry } from './keyboard'

const key = (k: string, target: EventTarget | null = document.body, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  commandFor({ key: k, ctrlKey: false, metaKey: false, altKey: false, target, ...mods })

function element(html: string): HTMLElement {
  const host = document.createElement('div')
  host.innerHTML = html
  document.body.append(host)
  return host.querySelector<HTMLElement>('[data-target]')!
}

describe('the checklist keys', () => {
  it('move, set results, go to notes, attach, help', () => {
    expect(key('j')).toEqual({ type: 'move', by: 1 })
    expect(key('ArrowDown')).toEqual({ type: 'move', by: 1 })
    expect(key('K')).toEqual({ type: 'move', by: -1 })
    expect(key('Home')).toEqual({ type: 'first' })
    expect(key('End')).toEqual({ type: 'last' })
    expect(['1', '2', '3', '4', '5'].map((k) => key(k))).toEqual(
      ['compliant', 'partial', 'nonCompliant', 'notApplicable', 'notAssessed'].map((result) => ({ type: 'result', result })),
    )
    expect(key('6')).toBeNull()
    expect(key('n')).toEqual({ type: 'notes' })
    expect(key('Enter')).toEqual({ type: 'notes' })
    expect(key('a')).toEqual({ type: 'attach' })
    expect(key('?')).toEqual({ type: 'help' })
  })

  it('leave typing, shortcuts of the browser, dialogs and buttons alone', () => {
    expect(key('1', element('<textarea data-target></textarea>'))).toBeNull()
    expect(key('j', element('<input data-target type="text">'))).toBeNull()
    expect(key('j', element('<div contenteditable="true" data-target></div>'))).toBeNull()
    expect(key('v', document.body, { ctrlKey: true })).toBeNull()
    expect(key('1', element('<div class="ant-modal-wrap"><button data-target>x</button></div>'))).toBeNull()
    // Enter on a button presses it; other keys still work there
    const button = element('<button data-target>x</button>')
    expect(key('Enter', button)).toBeNull()
    expect(key('2', button)).toEqual({ type: 'result', result: 'partial' })
    expect(isTextEntry(element('<input data-target type="checkbox">'))).toBe(false)
  })
})
