// The checklist's keyboard: which key does what, wherever focus is on the page — except where the key
// belongs to something else (typing in a text field, a dialog or dropdown that is open, Enter on a button).
import { useEffect, useRef } from 'react'
import type { ItemResult } from '@shared/domain/findings'

export type ChecklistCommand =
  | { type: 'move'; by: 1 | -1 }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'result'; result: ItemResult }
  | { type: 'notes' }
  | { type: 'attach' }
  | { type: 'help' }

/** 1–5, in the order the result buttons show. */
export const RESULT_KEYS: readonly ItemResult[] = ['compliant', 'partial', 'nonCompliant', 'notApplicable', 'notAssessed']

/** Overlays whose keys are their own. */
const OVERLAYS = '.ant-modal-wrap, .ant-drawer, .ant-select-dropdown, .ant-picker-dropdown, .ant-popover, .ant-dropdown, .ant-image-preview-wrap'

export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  // isContentEditable, where the browser knows it; the attribute itself, where it does not (jsdom)
  if (target.isContentEditable || target.closest('[contenteditable=""], [contenteditable="true"]')) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(target.type)
  return target.getAttribute('role') === 'combobox'
}

interface KeyLike {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  target: EventTarget | null
}

/** The command a key press stands for on the checklist page, or null to leave it alone. */
export function commandFor(e: KeyLike): ChecklistCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null
  if (isTextEntry(e.target)) return null
  if (e.target instanceof Element && e.target.closest(OVERLAYS)) return null
  const onControl = e.target instanceof HTMLElement && (e.target.tagName === 'BUTTON' || e.target.tagName === 'A' || e.target.getAttribute('role') === 'button')
  switch (e.key) {
    case 'ArrowDown':
    case 'j':
    case 'J':
      return { type: 'move', by: 1 }
    case 'ArrowUp':
    case 'k':
    case 'K':
      return { type: 'move', by: -1 }
    case 'Home':
      return { type: 'first' }
    case 'End':
      return { type: 'last' }
    case 'n':
    case 'N':
      return { type: 'notes' }
    case 'Enter':
      // Enter on a button presses it
      return onControl ? null : { type: 'notes' }
    case 'a':
    case 'A':
      return { type: 'attach' }
    case '?':
      return { type: 'help' }
    default: {
      const result = /^[1-5]$/.test(e.key) ? RESULT_KEYS[Number(e.key) - 1] : undefined
      return result ? { type: 'result', result } : null
    }
  }
}

/** Runs `onCommand` for the checklist's keys while mounted; the handler may change between renders. */
export function useChecklistKeys(onCommand: (command: ChecklistCommand) => void): void {
  const handler = useRef(onCommand)
  useEffect(() => {
    handler.current = onCommand
  })
  useEffect(() => {
    const listener = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return
      const command = commandFor(e)
      if (!command) return
      // Chromium grants no user activation to a key press whose default was prevented, and a file dialog
      // opens only with one: the attach key keeps its (empty) default action
      if (command.type !== 'attach') e.preventDefault()
      handler.current(command)
    }
    document.addEventListener('keydown', listener)
    return () => document.removeEventListener('keydown', listener)
  }, [])
}
