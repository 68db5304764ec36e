// The scorecard's look: heat colours by level (see heatLevel in @shared/scorecard), how a rate is printed,
// and one colour per article for the trend lines.
import type { CSSProperties } from 'react'

/** From "none" to the table's worst, in the app's red. */
const HEAT: readonly { background: string; color: string }[] = [
  { background: 'transparent', color: 'rgba(0,0,0,0.45)' },
  { background: '#fdecea', color: 'rgba(0,0,0,0.88)' },
  { background: '#f8c4bc', color: 'rgba(0,0,0,0.88)' },
  { background: '#ec8b7c', color: '#fff' },
  { background: '#c0392b', color: '#fff' },
]

export function heatStyle(level: number): CSSProperties {
  return HEAT[level] ?? HEAT[0] ?? {}
}

export const HEAT_LEVELS = [1, 2, 3, 4] as const

/** Per-thousand rates are small numbers: one decimal, and "<0.1" rather than a misleading 0.0. */
export function formatRate(rate: number): string {
  if (rate === 0) return '0'
  if (rate < 0.1) return '<0.1'
  return rate.toFixed(1)
}

const ARTICLE_COLOURS: Record<string, string> = {
  N2: '#7c5cbf',
  N7: '#3b6ea8',
  N8: '#2e8b6e',
  N9: '#c0392b',
  N10: '#d08c2b',
  N11: '#4aa3b5',
  N12: '#b5577a',
}

export function articleColour(article: string): string {
  return ARTICLE_COLOURS[article] ?? '#5c6b7a'
}
