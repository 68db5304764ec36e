// The problems that kept a catalogue file out, listed in the user's language; nothing was imported.
import { Alert, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useProblemText } from './display'
import type { FailedImport } from './useCatalogueTransfer'

/** All problems found, counting those the list stopped short of. */
function total(failed: FailedImport): number {
  return failed.problems.reduce((n, p) => n + (p.key === 'validation.catalogue.tooManyProblems' ? Number(p.params?.count ?? 0) : 1), 0)
}

export function ImportProblems({ failed, onClose }: { failed: FailedImport; onClose: () => void }) {
  const { t } = useTranslation()
  const text = useProblemText()
  return (
    <Alert
      type="error"
      showIcon
      closable={{ onClose }}
      data-testid="catalogue-problems"
      title={t('catalogue.import.failedTitle', { file: failed.fileName, count: total(failed) })}
      description={
        <>
          <Typography.Text type="secondary">{t('catalogue.import.failedHint')}</Typography.Text>
          <ol style={{ margin: '8px 0 0', paddingInlineStart: 20 }}>
            {failed.problems.map((problem, index) => (
              <li key={index} data-testid="catalogue-problem" data-key={problem.key}>
                {text.full(problem)}
              </li>
            ))}
          </ol>
        </>
      }
      style={{ marginBottom: 16 }}
    />
  )
}
