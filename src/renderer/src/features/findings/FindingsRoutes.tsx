// The findings feature's pages: the list at `findings`, one finding at `findings/:id` (a drawer over the
// list, so that a link can point at one finding). `runner` replaces the rules worker in tests.
import { Route, Routes } from 'react-router'
import { FindingsPage } from './FindingsPage'
import { workerRunner, type ChecksRunner } from './run-client'

export function FindingsRoutes({ runner = workerRunner }: { runner?: ChecksRunner }) {
  return (
    <Routes>
      {/* one route for both, so that opening a finding keeps the list mounted (its reads, page, last run) */}
      <Route path=":id?" element={<FindingsPage runner={runner} />} />
    </Routes>
  )
}
