// The import page (导入报送): four steps — choose the platform and the file, check the columns, validate,
// commit — over one worker session per file. Files chosen or dropped together are imported one after
// another. This component lays the steps out; useImportFlow holds the state and talks to the worker.
import { Alert, Button, Card, Flex, Result, Spin, Steps, Tag, Typography, theme } from 'antd'
import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Platform } from '@shared/domain/platform'
import { useDesk } from '@renderer/app/desk'
import { useHost } from '@renderer/host'
import { ChooseStep } from './ChooseStep'
import { DoneStep } from './DoneStep'
import { onDropped, takeDropped } from './drop'
import { missingRequired, REPORT_EXTENSIONS } from './format'
import { PreviewStep } from './PreviewStep'
import { initialPeriod, periodProblem, StagedStep, type PeriodInput } from './StagedStep'
import { useImportFlow, type Step } from './useImportFlow'

const STEP_INDEX: Record<Step, number> = { choose: 0, preview: 1, staged: 2, done: 3 }

/** The one platform whose name appears in the file names, if exactly one does. */
function guessPlatform(files: readonly File[], platforms: readonly Platform[]): string | null {
  const named = platforms.filter((p) => files.some((f) => f.name.includes(p.name)))
  return named.length === 1 ? (named[0]?.id ?? null) : null
}

export function ImportPage() {
  const { t, i18n } = useTranslation()
  const { token } = theme.useToken()
  const { db } = useDesk()
  const host = useHost()
  const platforms = useLiveQuery(() => db.platforms.filter((p) => !p.archived).toArray(), [db])
  const { state, actions, modal } = useImportFlow()
  const { step, preview, staged, report, notReport, loading, batch, index } = state
  const [period, setPeriod] = useState<{ reportId: string; value: PeriodInput } | null>(null)
  const platform = platforms?.find((p) => p.id === state.platformId)
  const { setPlatformId, addFiles } = actions

  // a platform remembered from the last import that has been archived since is no choice any more
  useEffect(() => {
    if (platforms && state.platformId !== null && !platforms.some((p) => p.id === state.platformId)) setPlatformId(null)
  }, [platforms, state.platformId, setPlatformId])

  const receive = useCallback(
    (files: File[]) => {
      if (files.length === 0) return
      if (state.platformId === null && platforms) {
        const guess = guessPlatform(files, platforms)
        if (guess !== null) setPlatformId(guess)
      }
      addFiles(files)
    },
    [addFiles, platforms, setPlatformId, state.platformId],
  )

  // files dropped on any page arrive here (once the platforms are known, so that one can be guessed)
  useEffect(() => {
    if (!platforms) return
    const take = () => receive(takeDropped())
    take()
    return onDropped(take)
  }, [platforms, receive])

  const choose = async () => {
    const files = await host.openFiles({ title: t('import.choose.dialogTitle'), filters: [{ name: t('import.choose.filterName'), extensions: REPORT_EXTENSIONS }], multiple: true })
    receive(files)
  }

  const file = batch[index]
  const remaining = batch.slice(index + 1)
  // a file named after another platform than the chosen one is most likely meant for that one
  const otherPlatform = file && (step === 'preview' || step === 'staged') && !notReport ? platforms?.find((p) => p.id !== state.platformId && file.name.includes(p.name)) : undefined

  const currentPeriod = staged ? (period?.reportId === staged.reportId ? period.value : initialPeriod(staged)) : null
  const separator = i18n.language === 'en' ? ', ' : '、'

  const body = (() => {
    if (platforms === undefined) return <Spin />
    if (step === 'choose') return <ChooseStep platforms={platforms} platformId={state.platformId} onPlatform={setPlatformId} onChoose={() => void choose()} pending={batch.slice(index)} />
    if (step === 'done' && report) return <DoneStep report={report} rules={state.rules} platformName={platform?.name ?? report.platformId} nextFile={remaining[0]} onNext={actions.next} />
    if (notReport)
      return (
        <Card>
          <Result
            status="error"
            title={t('import.notReportTitle')}
            subTitle={
              <Flex vertical gap={4}>
                <Typography.Text strong>{file?.name}</Typography.Text>
                <span data-testid="import-not-report">{t(notReport.key, notReport.params)}</span>
              </Flex>
            }
          />
        </Card>
      )
    if (step === 'staged' && staged && currentPeriod)
      return <StagedStep staged={staged} period={currentPeriod} onPeriod={(value) => setPeriod({ reportId: staged.reportId, value })} onExport={(f) => void actions.exportRejected(f)} />
    if (preview)
      return (
        <Spin spinning={loading}>
          <PreviewStep
            preview={preview}
            platformName={platform?.name ?? ''}
            mapping={state.mapping}
            loading={loading}
            onKind={actions.changeKind}
            onSheet={actions.changeSheet}
            onField={actions.setField}
          />
        </Spin>
      )
    return (
      <Card>
        <Flex vertical align="center" gap={12} style={{ padding: 48 }}>
          <Spin />
          <Typography.Text type="secondary">{t('import.file.reading')}</Typography.Text>
        </Flex>
      </Card>
    )
  })()

  const problem = currentPeriod ? periodProblem(currentPeriod) : null
  const commit = () => {
    if (!currentPeriod?.start || !currentPeriod.end || !currentPeriod.received || problem) return
    void actions.commit({ periodStart: currentPeriod.start.format('YYYY-MM-DD'), periodEnd: currentPeriod.end.format('YYYY-MM-DD'), receivedOn: currentPeriod.received.format('YYYY-MM-DD') })
  }
  const showBar = step === 'preview' || step === 'staged'

  return (
    <Flex vertical gap={16} data-testid="import-page" data-step={step}>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('import.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('import.subtitle')}</Typography.Text>
        </div>
        {batch.length > 1 && step !== 'choose' ? (
          <Flex vertical align="flex-end" gap={4}>
            <Tag color="processing">{t('import.queue.position', { n: index + 1, total: batch.length })}</Tag>
            {remaining.length > 0 ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('import.queue.remaining', { count: remaining.length, names: remaining.map((f) => f.name).join(separator) })}
              </Typography.Text>
            ) : null}
          </Flex>
        ) : null}
      </Flex>
      <Card size="small">
        <Steps
          size="small"
          current={STEP_INDEX[step]}
          status={notReport ? 'error' : step === 'done' ? 'finish' : 'process'}
          items={[{ title: t('import.steps.choose') }, { title: t('import.steps.mapping') }, { title: t('import.steps.validate') }, { title: t('import.steps.commit') }]}
        />
      </Card>
      {otherPlatform && platform ? (
        <Alert type="warning" showIcon title={t('import.otherPlatform', { named: otherPlatform.name, chosen: platform.name })} data-testid="import-other-platform" />
      ) : null}
      {body}
      {showBar ? (
        <Flex
          justify="flex-end"
          gap={8}
          style={{ position: 'sticky', bottom: 0, zIndex: 3, padding: '12px 16px', background: token.colorBgContainer, borderTop: `1px solid ${token.colorBorderSecondary}`, boxShadow: '0 -4px 12px rgba(0,0,0,0.04)' }}
        >
          {step === 'staged' ? (
            <Button onClick={actions.backToMapping} data-testid="import-back">
              {t('import.actions.back')}
            </Button>
          ) : null}
          <Button onClick={actions.discard} data-testid="import-discard">
            {notReport ? t(remaining.length > 0 ? 'import.queue.next' : 'import.actions.chooseAgain') : t('import.actions.discard')}
          </Button>
          {step === 'preview' && !notReport ? (
            <Button type="primary" onClick={() => void actions.validate()} disabled={loading || !preview || missingRequired(preview.kind, state.mapping).length > 0} data-testid="import-validate">
              {t('import.actions.validate')}
            </Button>
          ) : null}
          {step === 'staged' && staged ? (
            <Button type="primary" onClick={commit} disabled={staged.sameFile !== null || problem !== null} data-testid="import-commit">
              {t('import.actions.commit')}
            </Button>
          ) : null}
        </Flex>
      ) : null}
      {modal}
    </Flex>
  )
}
