// Showing validation problems next to their fields: a problem's dotted path (`contacts.1.phone`) is matched
// to a form item, and its message is translated at render time, so it follows a change of language.
import type { FormItemProps } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Problem } from '@shared/i18n'

/** The problem for a field; one about a part of it (`types.1`) counts for the field. */
export function problemAt(problems: readonly Problem[], path: string): Problem | undefined {
  return problems.find((p) => p.path === path) ?? problems.find((p) => p.path.startsWith(`${path}.`))
}

/** A problem's path as an antd name path, for scrolling to the field. */
export function namePath(path: string): (string | number)[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part))
}

export function FieldError({ problem }: { problem: Problem }) {
  const { t } = useTranslation()
  return (
    <span data-testid="platform-field-error" data-path={problem.path}>
      {t(problem.key, problem.params)}
    </span>
  )
}

export type Feedback = (path: string) => Pick<FormItemProps, 'validateStatus' | 'help'>

/** Props for a form item that show the problem at `path`, if there is one. */
export function feedbackFor(problems: readonly Problem[]): Feedback {
  return (path) => {
    const problem = problemAt(problems, path)
    return problem ? { validateStatus: 'error', help: <FieldError problem={problem} /> } : {}
  }
}
