import { describe, expect, it } from 'vitest'
import type { ItemResult } from '../domain/findings'
import { articleScores, progressOf, scoreOf } from './scoring'

const item = (articleId: string, result: ItemResult) => ({ articleId, result })

describe('scoring', () => {
  it('counts compliant 1, partial 0.5, non-compliant 0, as a percentage with one decimal', () => {
    expect(scoreOf([item('N1', 'compliant'), item('N1', 'partial'), item('N1', 'nonCompliant')]).score).toBe(50)
    expect(scoreOf([item('N1', 'compliant'), item('N1', 'compliant'), item('N1', 'partial')]).score).toBe(83.3)
    expect(scoreOf([item('N1', 'nonCompliant')]).score).toBe(0)
  })

  it('leaves out not applicable and not assessed; nothing counted is no score, not zero', () => {
    expect(scoreOf([item('N1', 'compliant'), item('N1', 'notApplicable'), item('N1', 'notAssessed')]).score).toBe(100)
    expect(scoreOf([item('N1', 'notApplicable'), item('N1', 'notAssessed')]).score).toBeNull()
    expect(scoreOf([]).score).toBeNull()
  })

  it('tallies every result', () => {
    const s = scoreOf([item('N1', 'compliant'), item('N1', 'notApplicable'), item('N1', 'notAssessed'), item('N1', 'notAssessed')])
    expect(s.tally).toEqual({ compliant: 1, partial: 0, nonCompliant: 0, notApplicable: 1, notAssessed: 2 })
    expect(s.total).toBe(4)
  })

  it('scores each article on its own, in the notice’s order, the office’s own article last', () => {
    const scores = articleScores([
      item('custom', 'nonCompliant'),
      item('N10', 'compliant'),
      item('N2', 'partial'),
      item('N2', 'compliant'),
      item('N9', 'notAssessed'),
    ])
    expect(scores.map((s) => [s.articleId, s.score])).toEqual([
      ['N2', 75],
      ['N9', null],
      ['N10', 100],
      ['custom', 0],
    ])
  })

  it('progress counts every result but not assessed, not applicable included', () => {
    expect(progressOf([item('N1', 'notApplicable'), item('N1', 'compliant'), item('N1', 'notAssessed')])).toEqual({ assessed: 2, total: 3 })
    expect(progressOf([])).toEqual({ assessed: 0, total: 0 })
  })
})
