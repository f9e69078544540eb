// Earlier saved versions of a matter; restoring one saves it as the newest revision.
import { App as AntApp, Button, Empty, List, Modal, Spin } from 'antd'
import { useEffect, useState } from 'react'
import type { VersionInfo } from '../../../core/ipc/contract'
import { call, errorText } from '../api'
import { useI18n } from '../i18n'

const fmtTime = (iso: string): string => {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('zh-CN', { hour12: false })
}

export function VersionsModal({ open, matterId, onClose, onRestored }: {
  open: boolean; matterId: string | null; onClose: () => void; onRestored: (id: string) => void
}) {
  const { t } = useI18n()
  const { message } = AntApp.useApp()
  const [versions, setVersions] = useState<VersionInfo[] | null>(null)
  useEffect(() => {
    if (!open || !matterId) return
    setVersions(null)
    call('matters:versions', { id: matterId }).then((v) => setVersions([...v].sort((a, b) => b.revision - a.revision)), (e) => {
      message.error(errorText(e))
      setVersions([])
    })
  }, [open, matterId, message])
  const restore = async (revision: number) => {
    if (!matterId) return
    try {
      const r = await call('matters:restoreVersion', { id: matterId, revision })
      message.success(t('versions.restored'))
      onRestored(r.summary.id)
    } catch (e) {
      message.error(errorText(e))
    }
  }
  return (
    <Modal open={open} onCancel={onClose} footer={null} title={t('versions.title')} data-testid="versions-modal">
      {versions === null ? <Spin /> : versions.length === 0 ? <Empty description={t('versions.empty')} /> : (
        <List size="small" dataSource={versions} data-testid="versions-list"
          renderItem={(v) => (
            <List.Item actions={[<Button key="r" size="small" onClick={() => void restore(v.revision)}>{t('versions.restore')}</Button>]} data-testid="version-item">
              <List.Item.Meta title={`${t('versions.revision')} ${v.revision} · ${v.title}`} description={`${t('versions.savedAt')}：${fmtTime(v.savedAt)}`} />
            </List.Item>
          )} />
      )}
    </Modal>
  )
}
