// One piece of evidence: a thumbnail for raster images (through an object URL, which the CSP allows for
// images; content is never rendered as HTML), otherwise a file icon; its name, size, whether its SHA-256
// still matches, and its details — hash, type, capture time, source link (shown as text, never followed).
import { DeleteOutlined, DownloadOutlined, FileOutlined, InfoCircleOutlined, LinkOutlined, SafetyCertificateOutlined, WarningOutlined } from '@ant-design/icons'
import { Button, Descriptions, Flex, Input, Modal, Popconfirm, Popover, Tag, Tooltip, Typography } from 'antd'
import dayjs from 'dayjs'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Attachment } from '@renderer/db/database'
import { useHost } from '@renderer/host'
import { formatBytes, hasThumbnail } from './evidence'
import type { ChecklistActions } from './useChecklistActions'
import type { Verification } from './useVerification'

/** Sets an <img>'s source to an object URL of `blob` for as long as the element lives. */
function useBlobImage(blob: Blob) {
  return useCallback(
    (img: HTMLImageElement | null) => {
      if (!img) return
      const url = URL.createObjectURL(blob)
      img.src = url
      return () => URL.revokeObjectURL(url)
    },
    [blob],
  )
}

function VerificationTag({ state }: { state: Verification }) {
  const { t } = useTranslation()
  if (state === 'verified') {
    return (
      <Tag color="success" icon={<SafetyCertificateOutlined />} style={{ marginInlineEnd: 0 }}>
        {t('inspections.attachment.verified')}
      </Tag>
    )
  }
  if (state === 'mismatch') {
    return (
      <Tag color="error" variant="solid" icon={<WarningOutlined />} style={{ marginInlineEnd: 0 }}>
        {t('inspections.attachment.mismatch')}
      </Tag>
    )
  }
  return <Tag style={{ marginInlineEnd: 0 }}>{t('inspections.attachment.checking')}</Tag>
}

function Details({ attachment, editable, actions }: { attachment: Attachment; editable: boolean; actions: ChecklistActions | undefined }) {
  const { t } = useTranslation()
  const [source, setSource] = useState(attachment.sourceUrl ?? '')
  const mono = { fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' } as const
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      style={{ width: 460 }}
      styles={{ label: { whiteSpace: 'nowrap', width: 96 } }}
      items={[
        { key: 'sha', label: t('inspections.attachment.sha256'), children: <Typography.Text copyable style={mono}>{attachment.sha256}</Typography.Text> },
        { key: 'type', label: t('inspections.attachment.type'), children: attachment.type },
        { key: 'size', label: t('inspections.attachment.size'), children: formatBytes(attachment.size) },
        { key: 'captured', label: t('inspections.attachment.capturedAt'), children: dayjs(attachment.capturedAt).format('YYYY-MM-DD HH:mm:ss') },
        {
          key: 'source',
          label: t('inspections.attachment.sourceUrl'),
          children: editable && actions ? (
            <Input
              size="small"
              prefix={<LinkOutlined />}
              placeholder={t('inspections.attachment.sourceUrlPlaceholder')}
              value={source}
              onChange={(e) => setSource(e.target.value)}
              onBlur={() => {
                if (source.trim() !== (attachment.sourceUrl ?? '')) void actions.setSource(attachment.id, source)
              }}
              onPressEnter={(e) => e.currentTarget.blur()}
              data-testid="attachment-source"
            />
          ) : attachment.sourceUrl ? (
            <Typography.Text copyable style={mono}>{attachment.sourceUrl}</Typography.Text>
          ) : (
            <Typography.Text type="secondary">{t('inspections.attachment.noSource')}</Typography.Text>
          ),
        },
      ]}
    />
  )
}

interface Props {
  attachment: Attachment
  verification: Verification
  editable: boolean
  /** none where the evidence is only shown (a finding's detail) */
  actions?: ChecklistActions
}

export function AttachmentCard({ attachment, verification, editable, actions }: Props) {
  const { t } = useTranslation()
  const host = useHost()
  const [previewing, setPreviewing] = useState(false)
  const thumb = useBlobImage(attachment.data)
  const image = hasThumbnail(attachment)
  const mismatch = verification === 'mismatch'

  const saveCopy = () =>
    void host.saveFile({ title: t('inspections.attachment.save'), suggestedName: attachment.name, filters: [], data: attachment.data }).catch((e: unknown) => console.error(e))

  return (
    <Flex
      gap={8}
      align="center"
      style={{ width: 272, padding: 6, border: `1px solid ${mismatch ? '#ff4d4f' : 'rgba(5,5,5,0.08)'}`, borderRadius: 4, background: mismatch ? '#fff1f0' : '#fff' }}
      data-testid="attachment"
      data-id={attachment.id}
      data-sha256={attachment.sha256}
      data-verified={verification}
    >
      {image ? (
        <button type="button" onClick={() => setPreviewing(true)} style={{ padding: 0, border: 'none', background: 'none', cursor: 'zoom-in', flex: 'none' }} aria-label={attachment.name}>
          <img ref={thumb} alt="" width={48} height={48} style={{ objectFit: 'cover', borderRadius: 3, display: 'block', background: '#f5f5f5' }} data-testid="attachment-thumbnail" />
        </button>
      ) : (
        <Flex align="center" justify="center" style={{ width: 48, height: 48, background: '#f5f5f5', borderRadius: 3, flex: 'none' }}>
          <FileOutlined style={{ fontSize: 22, color: '#8c8c8c' }} />
        </Flex>
      )}
      <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
        <Typography.Text ellipsis={{ tooltip: attachment.name }} style={{ fontSize: 13 }}>
          {attachment.name}
        </Typography.Text>
        <Flex gap={6} align="center">
          <VerificationTag state={verification} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatBytes(attachment.size)}
          </Typography.Text>
        </Flex>
      </Flex>
      <Flex vertical gap={0}>
        <Popover trigger="click" title={attachment.name} content={<Details attachment={attachment} editable={editable} actions={actions} />}>
          <Button type="text" size="small" icon={<InfoCircleOutlined />} aria-label={t('inspections.attachment.sha256')} data-testid="attachment-details" />
        </Popover>
        <Tooltip title={t('inspections.attachment.save')}>
          <Button type="text" size="small" icon={<DownloadOutlined />} onClick={saveCopy} aria-label={t('inspections.attachment.save')} />
        </Tooltip>
      </Flex>
      {editable && actions ? (
        <Popconfirm title={t('inspections.attachment.removeConfirm', { name: attachment.name })} onConfirm={() => void actions.removeAttachment(attachment.id)} okButtonProps={{ danger: true }}>
          <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('inspections.attachment.remove')} data-testid="attachment-remove" />
        </Popconfirm>
      ) : null}
      {image ? (
        <Modal open={previewing} onCancel={() => setPreviewing(false)} footer={null} title={attachment.name} width={960} destroyOnHidden centered>
          <PreviewImage blob={attachment.data} name={attachment.name} />
        </Modal>
      ) : null}
    </Flex>
  )
}

function PreviewImage({ blob, name }: { blob: Blob; name: string }) {
  const ref = useBlobImage(blob)
  return <img ref={ref} alt={name} style={{ maxWidth: '100%', maxHeight: '75vh', display: 'block', margin: '0 auto' }} />
}
