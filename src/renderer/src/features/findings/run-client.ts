// How the findings page starts a rule run: by default in the rules worker (so the window never freezes);
// tests pass a runner that calls runRuleChecks in the same thread, since jsdom has no workers.
import { runWorkerTask, type RunOptions } from '@renderer/lib/tasks'
import type { RulesPayload, RulesTask } from './rules.worker'
import type { RuleRunResult } from './run-checks'

export type ChecksRunner = (payload: RulesPayload, options: Required<RunOptions>) => Promise<RuleRunResult>

export const workerRunner: ChecksRunner = (payload, options) =>
  runWorkerTask<RulesTask>(new Worker(new URL('./rules.worker.ts', import.meta.url), { type: 'module' }), payload, options)
