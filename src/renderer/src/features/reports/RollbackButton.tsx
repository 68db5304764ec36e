// 撤销导入: removes a committed report's rows after a confirmation that says exactly what goes (how many
// records, how many segments) and what stays (the report record, marked rolled back, and the audit entry).
import { UndoOutlined } from '@ant-design/icons'
import { App, Button, Modal, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Report } from '@shared/domain/report'
import { useDesk } from '@renderer/app/desk'
import { emitSignal } from '@renderer/app/signals'
import { rollbackReport } from '@renderer/db/reports'
import { showFailure } from '@renderer/lib/failure'

export function RollbackButton({ report }: { report: Report }) {
  const { t } = useTranslation()
  const { data } = useDesk()
  const { message } = App.useApp()
  const [open, setOpen] = useState(false)
  const [working, setWorking] = useState(false)

  const confirm = async () => {
    setWorking(true)
    try {
      await rollbackReport(data, report.id)
      setOpen(false)
      void message.success(t('reports.rollback.done', { name: report.fileName }))
      emitSignal('saved', { action: 'report.rollback', id: report.id })
    } catch (error) {
      showFailure(message, t, error)
    } finally {
      setWorking(false)
    }
  }

  if (report.status !== 'committed') return null
  return (
    <>
      <Button danger icon={<UndoOutlined />} onClick={() => setOpen(true)} data-testid="report-rollback">
        {t('reports.rollback.button')}
      </Button>
      <Modal
        open={open}
        title={t('reports.rollback.title', { name: report.fileName })}
        okText={t('reports.rollback.confirm')}
        okButtonProps={{ danger: true, loading: working, 'data-testid': 'report-rollback-confirm' }}
        cancelText={t('common.cancel')}
        onOk={() => void confirm()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>
          {t('reports.rollback.body', { rows: report.counts.accepted.toLocaleString(), kind: t(`domain.reportKind.${report.kind}`), segments: report.segments })}
        </Typography.Paragraph>
        <Typography.Paragraph type="warning" style={{ marginBottom: 0 }}>
          {t('reports.rollback.warning')}
        </Typography.Paragraph>
      </Modal>
    </>
  )
}
