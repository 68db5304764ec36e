// Importing a bundle: the button, then whichever step the import is at — refused (one message, nothing
// written), the preview with its conflicts, or the summary of what was written.
import { ImportOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Flex, Statistic, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ImportSummary } from './apply'
import { CountsTable } from './CountsTable'
import { ImportPreview } from './ImportPreview'
import { useBundleImport } from './useBundleImport'

const SUMMARY_COUNTS = ['added', 'updated', 'unchanged', 'keptLocal', 'conflicts'] as const

function Summary({ fileName, summary, onAgain }: { fileName: string; summary: ImportSummary; onAgain: () => void }) {
  const { t } = useTranslation()
  const wrote = summary.added + summary.updated + summary.tookIncoming > 0
  return (
    <Flex
      vertical
      gap={16}
      data-testid="bundle-summary"
      data-added={summary.added}
      data-updated={summary.updated}
      data-unchanged={summary.unchanged}
      data-kept-local={summary.keptLocal}
      data-conflicts={summary.conflicts}
      data-took-incoming={summary.tookIncoming}
      data-findings={summary.findings}
    >
      <Alert
        type={wrote ? 'success' : 'info'}
        showIcon
        title={t('bundles.summary.title')}
        description={wrote || summary.conflicts > 0 ? t('bundles.summary.text', { name: fileName, ...summary }) : t('bundles.summary.nothing', { name: fileName })}
      />
      <Flex gap={48} wrap>
        {SUMMARY_COUNTS.map((key) => (
          <Statistic key={key} title={t(`bundles.counts.${key}`)} value={summary[key]} />
        ))}
      </Flex>
      <CountsTable counts={summary.byKind} />
      {summary.findings > 0 ? <Typography.Text type="secondary">{t('bundles.summary.findings', { count: summary.findings })}</Typography.Text> : null}
      <Flex justify="flex-end">
        <Button onClick={onAgain}>{t('bundles.summary.again')}</Button>
      </Flex>
    </Flex>
  )
}

export function ImportCard() {
  const { t } = useTranslation()
  const importer = useBundleImport()
  const { state } = importer

  return (
    <Card
      title={t('bundles.import.title')}
      extra={
        <Button type="primary" icon={<ImportOutlined />} onClick={() => void importer.open()} disabled={importer.running} data-testid="bundle-import">
          {t('bundles.import.button')}
        </Button>
      }
    >
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">{t('bundles.import.hint')}</Typography.Text>
        {state.step === 'refused' ? (
          <Alert
            type="error"
            showIcon
            closable={{ onClose: importer.reset }}
            title={t('bundles.refused.title', { name: state.fileName })}
            description={t(state.problem.key, state.problem.params)}
            data-testid="bundle-refused"
            data-reason={state.problem.key}
          />
        ) : null}
        {state.step === 'preview' ? (
          <ImportPreview
            preview={state.preview}
            choices={state.choices}
            openConflicts={state.open}
            undecided={importer.undecided}
            busy={importer.running}
            onChoose={importer.choose}
            onApply={() => void importer.apply()}
            onDiscard={importer.reset}
          />
        ) : null}
        {state.step === 'done' ? <Summary fileName={state.fileName} summary={state.summary} onAgain={importer.reset} /> : null}
      </Flex>
      {importer.modal}
    </Card>
  )
}
