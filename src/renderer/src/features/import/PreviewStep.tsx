// Step 2, the preview: what the file is (name, size, format, encoding, sheet, header row), which kind of
// report it was taken for (changeable), how its columns map onto the contract's fields, and its first rows.
import { Alert, Card, Descriptions, Flex, Radio, Select, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { REPORT_KINDS, type ReportKind } from '@shared/domain/records'
import type { Mapping } from '@shared/import/header'
import { fileSize, labelOf, missingRequired } from './format'
import { MappingEditor } from './MappingEditor'
import type { PreviewSummary } from './protocol'
import { SampleTable } from './SampleTable'

interface Props {
  preview: PreviewSummary
  platformName: string
  mapping: Mapping
  loading: boolean
  onKind: (kind: ReportKind) => void
  onSheet: (sheet: string) => void
  onField: (field: string, header: string | null) => void
}

export function PreviewStep({ preview, platformName, mapping, loading, onKind, onSheet, onField }: Props) {
  const { t, i18n } = useTranslation()
  const { kind } = preview
  const missing = missingRequired(kind, mapping)
  const used = new Set(Object.values(mapping))
  const unused = [...new Set(preview.headers)].filter((h) => h !== '' && !used.has(h))

  return (
    <Flex vertical gap={16}>
      <Card size="small" title={t('import.file.title')}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} data-testid="import-file-facts">
          <Descriptions.Item label={t('import.file.platform')}>{platformName}</Descriptions.Item>
          <Descriptions.Item label={t('import.file.name')}>
            <Typography.Text strong>{preview.fileName}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('import.file.size')}>{fileSize(t, preview.size)}</Descriptions.Item>
          <Descriptions.Item label={t('import.file.format')}>{t(`import.format.${preview.format}`)}</Descriptions.Item>
          <Descriptions.Item label={t('import.file.encoding')}>
            <span data-testid="import-encoding">{t(`import.encoding.${preview.encoding ?? 'none'}`)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('import.file.headerRow')}>{t('import.file.headerRowValue', { n: preview.headerRow })}</Descriptions.Item>
          {preview.sheetNames.length > 1 ? (
            <Descriptions.Item label={t('import.file.sheet')}>
              <Select<string>
                size="small"
                value={preview.sheet ?? undefined}
                options={preview.sheetNames.map((s) => ({ value: s, label: s }))}
                onChange={onSheet}
                disabled={loading}
                style={{ minWidth: 160 }}
                data-testid="import-sheet"
              />
            </Descriptions.Item>
          ) : null}
          {preview.titlePeriod ? (
            <Descriptions.Item label={t('import.file.titlePeriod')}>{`${preview.titlePeriod.start} ~ ${preview.titlePeriod.end}`}</Descriptions.Item>
          ) : null}
        </Descriptions>
        <Flex align="center" gap={12} wrap style={{ marginTop: 12 }}>
          <Typography.Text>{t('import.file.kind')}</Typography.Text>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            value={kind}
            disabled={loading}
            onChange={(e) => onKind(e.target.value as ReportKind)}
            options={REPORT_KINDS.map((k) => ({ value: k, label: `${t(`domain.reportKind.${k}`)} · ${t('import.kind.matched', { n: preview.scores[k] })}` }))}
            data-testid="import-kind"
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('import.kind.hint')}
          </Typography.Text>
        </Flex>
      </Card>

      <Card size="small" title={t('import.mapping.title')} extra={<Typography.Text type="secondary">{t('import.mapping.hint')}</Typography.Text>}>
        <Flex vertical gap={12}>
          {preview.remembered ? <Alert type="success" showIcon title={t('import.mapping.remembered', { kind: t(`domain.reportKind.${kind}`) })} data-testid="import-remembered" /> : null}
          {missing.length > 0 ? (
            <Alert type="error" showIcon title={t('import.mapping.missing', { fields: missing.map((f) => labelOf(kind, f, i18n.language)).join(i18n.language === 'en' ? ', ' : '、') })} />
          ) : null}
          <MappingEditor kind={kind} headers={preview.headers} mapping={mapping} sample={preview.sample} onChange={onField} disabled={loading} />
          {unused.length > 0 ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('import.mapping.unused', { columns: unused.join(i18n.language === 'en' ? ', ' : '、') })}
            </Typography.Text>
          ) : null}
        </Flex>
      </Card>

      <Card size="small" title={t('import.sample.title')} extra={<Tag variant="filled">{t('import.sample.hint', { n: preview.sample.length })}</Tag>}>
        <SampleTable kind={kind} headers={preview.headers} mapping={mapping} sample={preview.sample} />
      </Card>
    </Flex>
  )
}
