// Memo preview (the content model from core/memo rendered as HTML) and .docx export.
import { App as AntApp, Alert, Button, Drawer, Radio, Select, Space, Tag } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import { useEffect, useMemo, useState } from 'react'
import type { MatterAnalysis } from '../../../core/analysis/types'
import type { MatterDocument } from '../../../core/matter/schema'
import { buildMemoModel, type ClinicVersion, type DefenceLine } from '../../../core/memo/index'
import type { Block, Inline, MemoModel } from '../../../core/memo/types'
import { MEMO_KINDS, defaultSettings, type MemoKind, type Settings } from '../../../core/settings'
import { base64ToBytes, call, downloadBlob, errorText, isElectron } from '../api'
import { useI18n } from '../i18n'


function Runs({ runs }: { runs: Inline[] }) {
  return (
    <>
      {runs.map((r, i) =>
        r.kind === 'footnote' ? <sup key={i} className="fn-ref">[{r.id}]</sup>
          : r.bold ? <strong key={i}>{r.text}</strong>
            : r.emphasis ? <em key={i}>{r.text}</em>
              : <span key={i}>{r.text}</span>
      )}
    </>
  )
}

function BlockView({ b }: { b: Block }) {
  switch (b.type) {
    case 'heading': {
      const H = (`h${Math.min(6, b.level + 2)}`) as 'h3' | 'h4' | 'h5' | 'h6'
      if (b.runIn) return <p className={`memo-h memo-h${b.level} run-in`}><strong>{b.numbering}{b.text}</strong><Runs runs={b.runIn} /></p>
      return <H className={`memo-h memo-h${b.level}`}>{b.numbering}{b.text}</H>
    }
    case 'paragraph':
      return <p className={`memo-p memo-${b.style ?? 'body'}`}><Runs runs={b.runs} /></p>
    case 'table':
      return (
        <figure className="memo-table">
          {b.caption && <figcaption>{b.caption}</figcaption>}
          <table>
            <colgroup>{b.widths.map((w, i) => <col key={i} style={{ width: `${(100 * w) / Math.max(1, b.widths.reduce((x, y) => x + y, 0))}%` }} />)}</colgroup>
            <thead><tr>{b.header.map((h, i) => <th key={i}>{h}</th>)}</tr></thead>
            <tbody>{b.rows.map((r, i) => <tr key={i}>{r.map((c, j) => <td key={j} style={{ textAlign: c.align ?? 'left' }}><Runs runs={c.runs} /></td>)}</tr>)}</tbody>
          </table>
        </figure>
      )
    case 'closing':
      return <div className="memo-closing">{b.salutation && <p className="memo-p">{b.salutation}</p>}{b.addressee && <p className="memo-flush">{b.addressee}</p>}</div>
    case 'signature':
      return <div className="memo-signature">{b.lines.map((l, i) => <p key={i}>{l}</p>)}<p>{b.date}</p></div>
    case 'pageBreak':
      return <hr className="memo-break" />
  }
}

export function MemoPreview({ model }: { model: MemoModel }) {
  return (
    <article className="memo-preview" data-testid="memo-preview" lang="zh-CN">
      {model.letterhead.map((l, i) => <p key={i} className="memo-letterhead">{l}</p>)}
      <h2 className="memo-title">{model.title}</h2>
      {model.subtitle && <p className="memo-subtitle">{model.subtitle}</p>}
      {model.addressee && <p className="memo-flush">{model.addressee}</p>}
      {model.blocks.map((b, i) => <BlockView key={i} b={b} />)}
      {model.footnotes.length > 0 && (
        <ol className="memo-footnotes">
          {model.footnotes.map((f) => (
            <li key={f.id} value={f.id}>
              {f.text} {f.verification !== 'VERIFIED' && <Tag color={f.verification === 'UNVERIFIED' ? 'red' : 'gold'}>{f.verification === 'UNVERIFIED' ? '未经核实' : '部分核实'}</Tag>}
            </li>
          ))}
        </ol>
      )}
      {model.appendix.blocks.length > 0 && (
        <section className="memo-appendix">
          <h3>{model.appendix.title}</h3>
          {model.appendix.blocks.map((b, i) => <BlockView key={i} b={b} />)}
        </section>
      )}
      {model.checklist && model.checklist.items.length > 0 && (
        <section className="memo-appendix" data-testid="memo-checklist">
          <h3>{model.checklist.title}</h3>
          {model.checklist.note && <p className="memo-flush">{model.checklist.note}</p>}
          <ol>{model.checklist.items.map((x, i) => <li key={i}>{x}</li>)}</ol>
        </section>
      )}
    </article>
  )
}

export function MemoDrawer({ open, onClose, doc, analysis, valid }: {
  open: boolean; onClose: () => void; doc: MatterDocument | null; analysis: MatterAnalysis | null; valid: boolean
}) {
  const { t } = useI18n()
  const { message } = AntApp.useApp()
  const [kind, setKind] = useState<MemoKind>(doc?.matter.perspective === 'prosecution' ? 'prosecution' : doc?.matter.perspective === 'clinic' ? 'analysis' : 'defense')
  const [defendantId, setDefendantId] = useState<string | null>(null)
  const [defenceLine, setDefenceLine] = useState<DefenceLine | null>(null)
  const [clinicVersion, setClinicVersion] = useState<ClinicVersion>('teacher')
  const [settings, setSettings] = useState<Settings>(defaultSettings)
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    if (open) call('settings:get', {}).then(setSettings, () => undefined)
  }, [open])
  const did = defendantId && doc?.defendants.some((d) => d.id === defendantId) ? defendantId : doc?.defendants[0]?.id ?? null

  const preview = useMemo((): { model: MemoModel } | { error: string } | null => {
    if (!open || !doc || !analysis) return null
    try {
      return { model: buildMemoModel(doc, analysis, { kind, defendantId: did, settings, defenceLine, clinicVersion }) }
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) }
    }
  }, [open, doc, analysis, kind, did, settings, defenceLine, clinicVersion])
  // the editor's analysis goes along when it is complete: main reuses it if it fits the matter it validates
  const options = { defenceLine, clinicVersion, ...(analysis?.fingerprint ? { analysis: { ...analysis, fingerprint: analysis.fingerprint, defendants: analysis.defendants.map((d) => ({ ...d })) } } : {}) }

  const exportDocx = async () => {
    if (!doc) return
    setBusy(true)
    try {
      if (isElectron()) {
        const r = await call('memo:saveAs', { document: doc, kind, defendantId: did, ...options })
        if (r.path) message.success(`${t('memo.exported')}：${r.path}`)
      } else {
        const r = await call('memo:build', { document: doc, kind, defendantId: did, ...options })
        downloadBlob(r.fileName, new Blob([base64ToBytes(r.base64)], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }))
        message.success(t('memo.exported'))
      }
    } catch (e) {
      message.error(errorText(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Drawer open={open} onClose={onClose} title={t('memo.title')} size={820} destroyOnHidden data-testid="memo-drawer"
      extra={<Button type="primary" icon={<DownloadOutlined />} loading={busy} disabled={!valid || !doc} onClick={() => void exportDocx()}>{t('memo.export')}</Button>}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Radio.Group optionType="button" aria-label={t('memo.kind')} value={kind} onChange={(e) => setKind(e.target.value as MemoKind)}
          options={MEMO_KINDS.map((k) => ({ value: k, label: t(`memo.kind.${k}`) }))} />
        {doc && doc.defendants.length > 1 && (
          <Select aria-label={t('memo.defendant')} value={did ?? undefined} style={{ minWidth: 160 }}
            options={doc.defendants.map((d) => ({ value: d.id, label: <span lang="zh-CN">{d.name}</span> }))} onChange={(v: string) => setDefendantId(v)} />
        )}
        {kind === 'defense' && (
          <Select aria-label={t('memo.line')} value={defenceLine ?? 'auto'} style={{ minWidth: 140 }}
            options={[{ value: 'auto', label: t('memo.line.auto') }, { value: 'innocence', label: t('memo.line.innocence') }, { value: 'lesser', label: t('memo.line.lesser') }]}
            onChange={(v: string) => setDefenceLine(v === 'auto' ? null : (v as DefenceLine))} />
        )}
        {kind === 'clinic' && (
          <Radio.Group optionType="button" aria-label={t('memo.version')} value={clinicVersion} onChange={(e) => setClinicVersion(e.target.value as ClinicVersion)}
            options={[{ value: 'teacher', label: t('memo.version.teacher') }, { value: 'student', label: t('memo.version.student') }]} />
        )}
      </Space>
      {!valid && <Alert type="warning" showIcon title={t('memo.invalid')} style={{ marginBottom: 8 }} />}
      {preview === null ? null
        : 'error' in preview ? <Alert type="error" showIcon title={preview.error} />
          : <MemoPreview model={preview.model} />}
    </Drawer>
  )
}
