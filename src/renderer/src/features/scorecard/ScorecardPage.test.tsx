import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { Route } from 'react-router'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { RULED_ARTICLES } from '@shared/scorecard/articles'
import { dispositionsByPlatform } from '@shared/scorecard/scorecard'
import { initI18n } from '@renderer/app/i18n'
import type { DataLayer } from '@renderer/db/data-layer'
import type { DeskDatabase } from '@renderer/db/database'
import { openDemoStore } from '@renderer/testing/demo-store'
import { renderRoutes } from '@renderer/testing/render'
import { ScorecardPage } from './ScorecardPage'

const actor = { name: '王五', office: '某市网信办' }
let db: DeskDatabase
let data: DataLayer

beforeAll(async () => {
  await initI18n('zh-CN')
  ;({ db, data } = await openDemoStore('scorecard-ui', actor))
}, 60_000)
afterEach(() => {
  cleanup()
})
afterAll(async () => {
  await db.delete()
})

function renderAt(path: string) {
  return renderRoutes({ db, data }, path, <Route path="/scorecard/*" element={<ScorecardPage />} />)
}

describe('the platform scorecard', () => {
  it('shows findings per thousand dispositions per platform and article, and a platform’s trend on click', async () => {
    renderAt('/scorecard')
    const platforms = await db.platforms.toArray()
    await waitFor(() => expect(screen.getAllByTestId('scorecard-cell')).toHaveLength(platforms.length * RULED_ARTICLES.length))

    expect(screen.getByTestId('scorecard-table').contains(screen.getAllByTestId('scorecard-cell')[0]!)).toBe(true)
    const findings = await db.findings.toArray()
    const dispositions = dispositionsByPlatform(await db.reports.toArray())
    const n9 = findings.filter((f) => f.rule === 'N9.earnings-suspension')
    const platformId = n9[0]!.platformId
    const cell = screen.getAllByTestId('scorecard-cell').find((c) => c.getAttribute('data-platform') === platformId && c.getAttribute('data-article') === 'N9')!
    const expected = findings.filter((f) => f.platformId === platformId && f.requirementId.startsWith('N9.')).length
    expect(Number(cell.getAttribute('data-count'))).toBe(expected)
    expect(Number(cell.getAttribute('data-rate'))).toBeCloseTo((expected * 1000) / dispositions.get(platformId)!, 6)

    const name = platforms.find((p) => p.id === platformId)!.name
    const row = screen.getAllByTestId('scorecard-row').find((r) => r.getAttribute('data-platform') === platformId)!
    fireEvent.click(row)
    await waitFor(() => expect(screen.getByTestId('scorecard-trend').getAttribute('data-platform')).toBe(name))
  })
})
