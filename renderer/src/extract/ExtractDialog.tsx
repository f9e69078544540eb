// 从文书提取事实: paste, or open as .txt / .docx, an 起诉意见书 / 起诉书 / 判决书 / 不起诉决定书; each proposal of
// core/extract is shown with the words it came from highlighted; the user accepts, corrects or leaves each one,
// chooses which defendant of the matter each named person is, and applies. Bad input (empty, too long, binary,
// unreadable file) gets a message and changes nothing. Files are read here (File API); no IPC is needed.
import { Alert, Button, Checkbox, Empty, Input, Modal, Select, Space, Tag, Typography } from 'antd'
import { FileTextOutlined, FolderOpenOutlined } from '@ant-design/icons'
import { useMemo, useRef, useState, type ClipboardEvent } from 'react'
import { applyProposals, isApplicable, type Acceptance, type DefendantTarget } from '../../../core/extract/apply'
import { EXTRACT_MAX_CHARS, checkText, extractFacts, type ExtractResult, type Proposal } from '../../../core/extract/index'
import type { CardLine, MatterDocument } from '../../../core/matter/schema'
import { MAX_FILE_BYTES, textOfFile } from '../../../core/text/file-text'
import { describeAmount, describeDate, parseAmount, parseCount, parseDate } from '../../../core/text/numbers'
import { useI18n } from '../i18n'
import { FIELDS } from '../../../core/matter/fields'
import { cardDealingLabels, cardKindLabels, cardOwnerLabels, chargeLabels, crimeTypeLabels, findingLabels, roleLabels, type Lang } from '../labels'

const oneLanguage = (msg: string, lang: Lang): string => {
  const i = msg.indexOf(' / ')
  return i < 0 ? msg : lang === 'en' ? msg.slice(i + 3) : msg.slice(0, i)
}

type Kind = 'amount' | 'date' | 'count' | 'other'
const kindOf = (path: string): Kind =>
  path.startsWith('amounts.') || path === 'mitigation.restitution' ? 'amount'
    : path === 'birthDate' || path.startsWith('actPeriod.') ? 'date'
      : path === 'ageAtAct' || path === 'helped.objectCount' ? 'count' : 'other'

function parseCorrection(kind: Kind, s: string, lang: Lang): { ok: true; value: unknown; shown: string } | { ok: false; error: string } {
  if (kind === 'amount') {
    const r = parseAmount(s)
    return r.ok ? { ok: true, value: r.value.value, shown: describeAmount(r.value, lang) } : r
  }
  if (kind === 'date') {
    const r = parseDate(s)
    if (!r.ok) return r
    if (r.value.precision === 'year') return { ok: false, error: '请至少精确到月 / give at least the month' }
    return { ok: true, value: r.value.iso, shown: describeDate(r.value, lang) }
  }
  const r = parseCount(s)
  return r.ok ? { ok: true, value: r.value.value, shown: String(r.value.value) } : r
}

/** The label of a proposal's field: the field table's (core/matter/fields.ts), or the charge. */
const fieldLabel = (path: string, lang: Lang): string =>
  path === 'charge' ? (lang === 'en' ? 'Charge' : '罪名') : (FIELDS as Record<string, { label: { zh: string; en: string } }>)[path]?.label[lang] ?? path

function valueText(p: Proposal, lang: Lang, yes: string, no: string): string {
  const v = p.value
  const pick = (b: { zh: string; en: string } | undefined) => (b ? b[lang] : String(v))
  if (p.path === 'conduct.cards') {
    const c = v as CardLine
    return [pick(cardDealingLabels[c.dealing as keyof typeof cardDealingLabels]), c.owner ? pick(cardOwnerLabels[c.owner]) : '', pick(cardKindLabels[c.kind]), c.count !== null ? `× ${c.count}` : ''].filter(Boolean).join(' ')
  }
  if (typeof v === 'boolean') return v ? yes : no
  if (kindOf(p.path) === 'amount' && typeof v === 'number') return `${v.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} ${lang === 'en' ? 'yuan' : '元'}`
  if (p.path === 'charge') return pick(chargeLabels[v as keyof typeof chargeLabels])
  if (p.path === 'helped.crimeType') return pick(crimeTypeLabels[v as keyof typeof crimeTypeLabels])
  if (p.path === 'mitigation.role') return pick(roleLabels[v as keyof typeof roleLabels])
  const values = (FIELDS as Record<string, { values?: Record<string, { zh: string; en: string }> }>)[p.path]?.values
  if (typeof v === 'string' && values?.[v]) return values[v][lang]
  if (p.path === 'knowledge.finding') return v === 'proven' ? findingLabels.proven[lang] : String(v)
  return String(v)
}

/** The words a proposal came from, with some context either side, the span marked. */
function Snippet({ text, span }: { text: string; span: [number, number] }) {
  const from = Math.max(0, span[0] - 24)
  const to = Math.min(text.length, span[1] + 24)
  return (
    <span className="extract-snippet" lang="zh-CN">
      {from > 0 ? '…' : ''}{text.slice(from, span[0])}<mark>{text.slice(span[0], span[1])}</mark>{text.slice(span[1], to)}{to < text.length ? '…' : ''}
    </span>
  )
}

interface Decision { accept: boolean; correction: string }

export function ExtractDialog({ open, onClose, doc, onApply }: {
  open: boolean; onClose: () => void; doc: MatterDocument; onApply: (doc: MatterDocument, applied: number, skipped: number) => void
}) {
  const { t, lang } = useI18n()
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [result, setResult] = useState<{ r: ExtractResult; text: string } | null>(null)
  const [targets, setTargets] = useState<Record<string, number | 'new' | 'skip'>>({})
  const [rename, setRename] = useState<Record<string, boolean>>({})
  const [decisions, setDecisions] = useState<Decision[]>([])
  const [busy, setBusy] = useState(false)
  const [takeAccusation, setTakeAccusation] = useState(true)
  const [takeFacts, setTakeFacts] = useState(!doc.matter.accusation?.facts)
  const fileInput = useRef<HTMLInputElement>(null)

  const reset = () => {
    setResult(null)
    setError(null)
  }

  const run = (source: string) => {
    const bad = checkText(source)
    if (bad) {
      setError(oneLanguage(bad, lang))
      setResult(null)
      return
    }
    const out = extractFacts(source)
    if (!out.ok) {
      setError(oneLanguage(out.error, lang))
      setResult(null)
      return
    }
    const r = out.value
    const byName = new Map(doc.defendants.map((d, i) => [d.name, i]))
    const tg: Record<string, number | 'new' | 'skip'> = {}
    const rn: Record<string, boolean> = {}
    r.defendants.forEach((d, i) => {
      const same = byName.get(d.name)
      if (same !== undefined) tg[d.id] = same
      else if (i === 0 && doc.defendants.length === 1 && /^被告人/.test(doc.defendants[0]?.name ?? '') && !r.defendants.some((x) => byName.has(x.name))) {
        tg[d.id] = 0
        rn[d.id] = true
      } else tg[d.id] = 'new'
    })
    setTargets(tg)
    setRename(rn)
    setDecisions(r.proposals.map((p) => ({ accept: isApplicable(p.path), correction: '' })))
    setError(null)
    setResult({ r, text: source })
  }

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = e.clipboardData.getData('text/plain')
    if (pasted.length > EXTRACT_MAX_CHARS) {
      e.preventDefault()
      setError(oneLanguage(checkText(pasted) ?? '', lang))
    }
  }

  const onFile = async (file: File | undefined) => {
    if (!file) return
    setBusy(true)
    reset()
    try {
      if (file.size > MAX_FILE_BYTES) throw new Error(`${file.name} 过大（${(file.size / 1048576).toFixed(1)} MB，上限 20 MB） / ${file.name} is too large`)
      const content = await textOfFile(new Uint8Array(await file.arrayBuffer()), file.name)
      const bad = checkText(content)
      if (bad) throw new Error(`${file.name}：${bad}`)
      setText(content)
      run(content)
    } catch (e) {
      setError(oneLanguage((e as Error).message, lang))
    } finally {
      setBusy(false)
      if (fileInput.current) fileInput.current.value = ''
    }
  }

  const corrections = useMemo(() => (result ? result.r.proposals.map((p, i) => {
    const c = decisions[i]?.correction.trim() ?? ''
    return c === '' ? null : parseCorrection(kindOf(p.path), c, lang)
  }) : []), [result, decisions, lang])

  const apply = () => {
    if (!result) return
    const accepted: Acceptance[] = []
    result.r.proposals.forEach((p, i) => {
      const d = decisions[i]
      if (!d?.accept || targets[p.defendantId] === 'skip') return
      const c = corrections[i]
      if (c && !c.ok) return
      accepted.push({ proposal: p, value: c ? c.value : p.value })
    })
    for (const d of result.r.defendants) {
      if (rename[d.id] && typeof targets[d.id] === 'number') accepted.push({ proposal: { defendantId: d.id, path: 'name', value: d.name, span: d.span }, value: d.name })
    }
    const tg: DefendantTarget[] = result.r.defendants
      .filter((d) => targets[d.id] !== 'skip')
      .map((d) => ({ extractedId: d.id, target: targets[d.id] as number | 'new', name: d.name }))
    const acc = {
      ...(takeAccusation && result.r.document ? { document: result.r.document } : {}),
      ...(takeAccusation && result.r.charge ? { charge: result.r.charge.value } : {}),
      ...(takeFacts ? { facts: result.text } : {})
    }
    const out = applyProposals(doc, tg, accepted, acc)
    onApply(out.doc, out.applied, out.skipped.length)
    setResult(null)
    setText('')
    onClose()
  }

  const badCorrections = corrections.some((c, i) => c && !c.ok && decisions[i]?.accept)
  const hasAccusation = !!result && (result.r.document !== null || result.r.charge !== null)
  const nAccepted = decisions.filter((d) => d.accept).length + (hasAccusation && takeAccusation ? 1 : 0) + (takeFacts ? 1 : 0)

  return (
    <Modal
      open={open}
      title={t('extract.title')}
      width={900}
      onCancel={onClose}
      destroyOnHidden
      data-testid="extract-dialog"
      footer={result ? (
        <Space>
          <Button onClick={reset}>{t('extract.back')}</Button>
          <Button type="primary" onClick={apply} disabled={nAccepted === 0 || badCorrections} data-testid="extract-apply">
            {t('extract.apply', { n: nAccepted })}
          </Button>
        </Space>
      ) : (
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" onClick={() => run(text)} loading={busy} data-testid="extract-run">{t('extract.run')}</Button>
        </Space>
      )}
    >
      {error && <Alert type="error" showIcon title={error} data-testid="extract-error" style={{ marginBottom: 12 }} />}
      {!result ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('extract.help')}</Typography.Paragraph>
          <Input.TextArea
            aria-label={t('extract.textLabel')}
            data-testid="extract-text"
            value={text}
            onPaste={onPaste}
            onChange={(e) => { setText(e.target.value); if (error) setError(null) }}
            autoSize={{ minRows: 8, maxRows: 18 }}
            placeholder={t('extract.placeholder')}
          />
          <Space>
            <Button icon={<FolderOpenOutlined />} onClick={() => fileInput.current?.click()} loading={busy}>{t('extract.openFile')}</Button>
            <input ref={fileInput} type="file" accept=".txt,.docx,text/plain" hidden data-testid="extract-file"
              onChange={(e) => void onFile(e.target.files?.[0])} />
            <Typography.Text type="secondary">{t('extract.fileTypes')}</Typography.Text>
          </Space>
        </Space>
      ) : (
        <div data-testid="extract-results">
          <Typography.Paragraph>
            <FileTextOutlined /> {t('extract.document')}：{result.r.document ? <span lang="zh-CN">{result.r.document}</span> : t('extract.documentUnknown')}
            {' · '}{t('extract.found', { n: result.r.defendants.length, m: result.r.proposals.length })}
          </Typography.Paragraph>
          {hasAccusation && (
            <Checkbox checked={takeAccusation} onChange={(e) => setTakeAccusation(e.target.checked)} data-testid="extract-accusation" style={{ marginBottom: 8 }}>
              {t('extract.accusation')}：{result.r.document && <span lang="zh-CN">{result.r.document}</span>}{result.r.document && result.r.charge ? (lang === 'zh' ? '，' : ', ') : ''}{result.r.charge ? chargeLabels[result.r.charge.value][lang] : null}
            </Checkbox>
          )}
          <Checkbox checked={takeFacts} onChange={(e) => setTakeFacts(e.target.checked)} data-testid="extract-facts" style={{ marginBottom: 8, display: 'flex' }}>
            {t('extract.storeFacts')}
          </Checkbox>
          {result.r.defendants.length === 0 && <Empty description={t('extract.noDefendant')} />}
          {result.r.defendants.map((d) => {
            const target = targets[d.id]
            return (
              <section key={d.id} className="extract-defendant" data-testid={`extract-defendant-${d.id}`}>
                <Space wrap style={{ marginBottom: 6 }}>
                  <Typography.Text strong lang="zh-CN">{d.name}</Typography.Text>
                  <span>→</span>
                  <Select
                    aria-label={t('extract.target', { name: d.name })}
                    style={{ minWidth: 200 }}
                    value={String(target)}
                    onChange={(v: string) => setTargets({ ...targets, [d.id]: v === 'new' || v === 'skip' ? v : Number(v) })}
                    options={[
                      ...doc.defendants.map((x, i) => ({ value: String(i), label: `${t('extract.existing')}：${x.name}` })),
                      { value: 'new', label: t('extract.newDefendant', { name: d.name }) },
                      { value: 'skip', label: t('extract.skipDefendant') }
                    ]}
                  />
                  {typeof target === 'number' && doc.defendants[target]?.name !== d.name && (
                    <Checkbox checked={!!rename[d.id]} onChange={(e) => setRename({ ...rename, [d.id]: e.target.checked })}>
                      {t('extract.rename', { name: d.name })}
                    </Checkbox>
                  )}
                </Space>
                <ul className="extract-list">
                  {result.r.proposals.map((p, i) => {
                    if (p.defendantId !== d.id) return null
                    const applicable = isApplicable(p.path)
                    const kind = kindOf(p.path)
                    const c = corrections[i]
                    const label = fieldLabel(p.path, lang)
                    return (
                      <li key={i} className="extract-item" data-testid={`proposal-${d.id}-${p.path}`} data-path={p.path}>
                        <Checkbox
                          checked={!!decisions[i]?.accept && applicable && target !== 'skip'}
                          disabled={!applicable || target === 'skip'}
                          onChange={(e) => setDecisions(decisions.map((x, j) => (j === i ? { ...x, accept: e.target.checked } : x)))}
                          aria-label={`${t('extract.accept')} ${label}`}
                        >
                          <Typography.Text strong>{label}</Typography.Text>：<span data-testid="proposal-value">{valueText(p, lang, t('common.yes'), t('common.no'))}</span>
                        </Checkbox>
                        {!applicable && <Tag>{t('extract.notApplicable')}</Tag>}
                        {p.note && <Typography.Text type="secondary"> （{oneLanguage(p.note, lang)}）</Typography.Text>}
                        {applicable && kind !== 'other' && (
                          <Input
                            size="small"
                            style={{ width: 180, marginLeft: 8 }}
                            aria-label={`${t('extract.correct')} ${label}`}
                            placeholder={t('extract.correct')}
                            value={decisions[i]?.correction ?? ''}
                            status={c && !c.ok ? 'error' : undefined}
                            onChange={(e) => setDecisions(decisions.map((x, j) => (j === i ? { ...x, correction: e.target.value } : x)))}
                          />
                        )}
                        {c && (c.ok
                          ? <Typography.Text className="parsed-preview"> {t('parse.corrected', { value: c.shown })}</Typography.Text>
                          : <Typography.Text type="danger"> {oneLanguage(c.error, lang)}</Typography.Text>)}
                        <div><Snippet text={result.text} span={p.span} /></div>
                      </li>
                    )
                  })}
                </ul>
              </section>
            )
          })}
        </div>
      )}
    </Modal>
  )
}
