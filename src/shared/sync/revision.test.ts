import { describe, expect, it } from 'vitest'
import type { Revisioned } from '../domain/findings'
import { compareRevisions, revise } from './revision'

interface Note extends Revisioned {
  id: string
  text: string
  updatedAt: string
}

const save = (text: string, previous?: Note, at = 't') => revise<Note>({ id: 'n1', text, updatedAt: at }, previous)

describe('revisions', () => {
  it('gives equal content the same revision whenever and by whomever it was saved', () => {
    expect(save('甲', undefined, 't1').rev).toBe(save('甲', undefined, 't2').rev)
    const a = save('甲')
    expect(save('甲', a, 'later')).toEqual({ ...a, updatedAt: 'later' })
  })

  it('tells an edit on top of another from edits made apart', () => {
    const base = save('现场检查记录')
    const field = save('现场检查记录：已取证', base)
    const office = save('现场检查记录：待补充', base)
    const fieldAgain = save('现场检查记录：已取证两项', field)
    expect(compareRevisions(base, field)).toBe('incomingNewer')
    expect(compareRevisions(fieldAgain, base)).toBe('localNewer')
    expect(compareRevisions(base, fieldAgain)).toBe('incomingNewer')
    expect(compareRevisions(field, office)).toBe('conflict')
    expect(compareRevisions(field, save('现场检查记录：已取证', base, 'other time'))).toBe('same')
  })
})
