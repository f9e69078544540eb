// Earlier saved versions of a matter, each named by how it came about, when, and what changed (edits
// saved while typing are one version, from its first to its last save); restoring one saves it as the
// newest revision.
import { App as AntApp, Button, Empty, List, Modal, Spin } from 'antd'
import { useEffect, useState } from 'react'
import type { VersionInfo } from '../../../core/ipc/contract'
import { CHANGE_SECTION_LABELS } from '../../../core/matter/changes'
import { call, errorText } from '../api'
import { useI18n, type I18n } from '../i18n'

const locale = (lang: I18n['lang']) => (lang === 'zh' ? 'zh-CN' : 'en-GB')

const fmtTime = (iso: string, lang: I18n['lang'] = 'zh'): string => {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(locale(lang), { hour12: false })
}

/** “2026/3/1 09:00:03–09:02:41” (the start alone when it is the same moment) */
export function versionWhen(v: VersionInfo, lang: I18n['lang']): string {
  const end = fmtTime(v.savedAt, lang)
  const since = v.change?.since
  if (!since || since === v.savedAt) return end
  const a = new Date(since)
  const b = new Date(v.savedAt)
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return end
  const sameDay = a.toDateString() === b.toDateString()
  return `${fmtTime(since, lang)}–${sameDay ? b.toLocaleTimeString(locale(lang), { hour12: false }) : end}`
}

/** “编辑 · 修改：张三：涉案金额、帮助行为；案件信息” */
export function versionLabel(v: VersionInfo, i18n: Pick<I18n, 't' | 'l' | 'lang'>): string {
  const { t, l, lang } = i18n
  const c = v.change
  if (!c) return t('versions.kind.unknown')
  const kind = t(`versions.kind.${c.kind}`, { n: c.restoredFrom ?? '' })
  if (c.changes.length === 0) return kind
  const byWho = new Map<string | null, string[]>()
  for (const x of c.changes) byWho.set(x.who, [...(byWho.get(x.who) ?? []), l(CHANGE_SECTION_LABELS[x.what])])
  const sep = lang === 'zh' ? '、' : ', '
  const parts = [...byWho].map(([who, what]) => (who === null ? what.join(sep) : `${who}${lang === 'zh' ? '：' : ': '}${what.join(sep)}`))
  return `${kind} · ${t('versions.changed', { changes: parts.join(lang === 'zh' ? '；' : '; ') })}`
}

export function VersionsModal({ open, matterId, onClose, onRestored }: {
  open: boolean; matterId: string | null; onClose: () => void; onRestored: (id: string) => void
}) {
  const i18n = useI18n()
  const { t } = i18n
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
              <List.Item.Meta title={`${t('versions.revision')} ${v.revision} · ${versionLabel(v, i18n)}`}
                description={<span data-testid="version-meta">{`${v.title} · ${t('versions.savedAt')}${i18n.lang === 'zh' ? '：' : ': '}${versionWhen(v, i18n.lang)}`}</span>} />
            </List.Item>
          )} />
      )}
    </Modal>
  )
}
