// The full-window drop overlay: dragging files over the window shows it, dropping them hands them to the
// import page and goes there. Mount it once in the shell (any page) — the import page mounts one as well,
// which stays idle while another is mounted.
import { InboxOutlined } from '@ant-design/icons'
import { Typography, theme } from 'antd'
import { useEffect, useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { activeTarget, carriesFiles, handOver, onTargetsChanged, registerTarget } from './drop'

export function ImportDropTarget() {
  const { t } = useTranslation()
  const { token } = theme.useToken()
  const navigate = useNavigate()
  const [id] = useState(() => Symbol('drop-target'))
  const active = useSyncExternalStore(onTargetsChanged, activeTarget) === id
  const [dragging, setDragging] = useState(false)

  useEffect(() => registerTarget(id), [id])

  useEffect(() => {
    if (!active) return
    // dragenter/dragleave fire for every element crossed; count them to know when the drag has left
    let depth = 0
    const onEnter = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      e.preventDefault()
      depth++
      setDragging(true)
    }
    const onOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      // without this the browser (or Electron) would open the file in place of the app
      e.preventDefault()
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
    }
    const onLeave = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0 || e.relatedTarget === null) {
        depth = 0
        setDragging(false)
      }
    }
    const onDrop = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      e.preventDefault()
      depth = 0
      setDragging(false)
      const files = Array.from(e.dataTransfer?.files ?? [])
      if (files.length === 0) return
      handOver(files)
      void navigate('/import')
    }
    window.addEventListener('dragenter', onEnter)
    window.addEventListener('dragover', onOver)
    window.addEventListener('dragleave', onLeave)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragenter', onEnter)
      window.removeEventListener('dragover', onOver)
      window.removeEventListener('dragleave', onLeave)
      window.removeEventListener('drop', onDrop)
      setDragging(false)
    }
  }, [active, navigate])

  if (!active || !dragging) return null
  return (
    <div
      data-testid="import-drop-overlay"
      style={{
        position: 'fixed',
        inset: 0,
        zIndex: 2000,
        background: 'rgba(255,255,255,0.88)',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 32,
      }}
    >
      <div
        style={{
          width: '100%',
          height: '100%',
          border: `2px dashed ${token.colorPrimary}`,
          borderRadius: token.borderRadiusLG * 2,
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'center',
          justifyContent: 'center',
          gap: 8,
          pointerEvents: 'none',
        }}
      >
        <InboxOutlined style={{ fontSize: 56, color: token.colorPrimary }} />
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('import.drop.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('import.drop.hint')}</Typography.Text>
      </div>
    </div>
  )
}
