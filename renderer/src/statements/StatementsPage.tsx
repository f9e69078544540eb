// 流水分析: import bank / Alipay / WeChat statements and bank replies to police queries for a matter,
// see the deciding amounts with links to their rows, tag deductions, and confirm figures into a defendant.
// Import runs in a Web Worker (progress, cancel); the table is virtualised (only the visible rows exist).
import { App as AntApp, Alert, Button, Card, Checkbox, Col, Input, InputNumber, Modal, Progress, Row, Select, Space, Table, Tag, Typography } from 'antd'
import { ArrowLeftOutlined } from '@ant-design/icons'
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react'
import type { RowTag } from '../../../core/statements/compute'
import { applyStatementFigures } from '../../../core/statements/apply'
import { columnMappingSchema, FIELDS, FIELD_LABELS, PRESET_LABELS, type ColumnMapping, type Field, type Preset } from '../../../core/statements/layout'
import { SOURCED_AMOUNTS, SOURCED_AMOUNT_LABELS, type SourcedAmount } from '../../../core/statements/provenance'
import { formatYuan } from '../../../core/statements/values'
import type { MatterDocument } from '../../../core/matter/schema'
import { base64ToBytes, call, downloadBlob, errorText } from '../api'
import { useI18n, type MessageKey } from '../i18n'
import { inLanguage } from '../i18n/language'
import type { AnnotatedRow, Filter, FromWorker, InputFile, Summary, ToWorker } from './protocol'

const ROW_HEIGHT = 32
const VIEW_ROWS = 16
const MAX_SCROLL = 8_000_000
const bytesToBase64 = (b: Uint8Array): string => {
  let s = ''
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000))
  return btoa(s)
}
const isSheet = (name: string) => /\.xlsx?$/i.test(name)
const DIR_LABEL = { in: 'stmt.dir.in', out: 'stmt.dir.out', none: 'stmt.dir.noneShort' } as const satisfies Record<string, MessageKey>
const FIGURE_KEYS = ['oneWayInflow', 'explainedLegitimateFunds', 'outflow', 'verifiedFraudFunds', 'paymentSettlement']

/** Column mappings the user saved for layouts the presets do not know (kept on this machine). */
const MAPPINGS_KEY = 'bangxin.statementMappings'
function savedMappings(): ColumnMapping[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(MAPPINGS_KEY) ?? '[]')
    return Array.isArray(raw) ? raw.flatMap((m) => { const r = columnMappingSchema.safeParse(m); return r.success ? [r.data] : [] }) : []
  } catch {
    return []
  }
}
function saveMapping(m: ColumnMapping): ColumnMapping[] {
  const all = [...savedMappings().filter((x) => x.name !== m.name), m]
  localStorage.setItem(MAPPINGS_KEY, JSON.stringify(all))
  return all
}

export function StatementsPage({ id, onBack }: { id: string; onBack: () => void }) {
  const { message } = AntApp.useApp()
  const { t, lang } = useI18n()
  const [doc, setDoc] = useState<MatterDocument | null>(null)
  const [revision, setRevision] = useState<number | undefined>(undefined)
  const [files, setFiles] = useState<File[]>([])
  const [victimsFile, setVictimsFile] = useState<File | null>(null)
  const [progress, setProgress] = useState<{ file: string; fraction: number } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [summary, setSummary] = useState<Summary | null>(null)
  const [filter, setFilter] = useState<Filter>({})
  const [indices, setIndices] = useState<Int32Array>(new Int32Array(0))
  const [rows, setRows] = useState<Map<number, AnnotatedRow>>(new Map())
  const [scrollTop, setScrollTop] = useState(0)
  const [tags, setTags] = useState<RowTag[]>([])
  const [defendantId, setDefendantId] = useState<string | null>(null)
  const [chosen, setChosen] = useState<SourcedAmount[]>(['oneWayInflow', 'verifiedFraudFunds'])
  const [deducting, setDeducting] = useState<AnnotatedRow | null>(null)
  const [reason, setReason] = useState('')
  const [mappings, setMappings] = useState<ColumnMapping[]>(savedMappings)
  const [mapping, setMapping] = useState<ColumnMapping | null>(null)
  const [mappingNeeded, setMappingNeeded] = useState<{ file: string; preview: string[][] } | null>(null)
  const [draft, setDraft] = useState<{ name: string; headerLine: number; columns: Partial<Record<Field, number>> }>({ name: '', headerLine: 1, columns: {} })
  const worker = useRef<Worker | null>(null)
  const seq = useRef(0)
  const pending = useRef(new Map<number, (m: FromWorker) => void>())

  useEffect(() => {
    call('matters:open', { id }).then((r) => {
      const d = r.document as MatterDocument
      setDoc(d)
      setRevision(r.summary.revision)
      setDefendantId(d.defendants[0]?.id ?? null)
    }, (e) => setError(errorText(e)))
    return () => worker.current?.terminate()
  }, [id])

  const ask = useCallback((m: ToWorker & { id: number }) => new Promise<FromWorker>((resolve) => {
    pending.current.set(m.id, resolve)
    worker.current?.postMessage(m)
  }), [])

  const startWorker = (): Worker => {
    worker.current?.terminate()
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
    w.onmessage = (ev: MessageEvent<FromWorker>) => {
      const m = ev.data
      if (m.type === 'progress') setProgress({ file: m.file, fraction: m.fraction })
      else if (m.type === 'error') {
        setError(inLanguage(m.message))
        setProgress(null)
        if (m.code === 'layout' && m.file && m.preview) {
          setMappingNeeded({ file: m.file, preview: m.preview })
          setDraft({ name: m.file.replace(/\.[^.]+$/, ''), headerLine: 1, columns: {} })
        }
      }
      else if (m.type === 'ready') { setSummary(m.summary); setProgress(null); setError(null); setRows(new Map()) }
      else if ('id' in m) { pending.current.get(m.id)?.(m); pending.current.delete(m.id) }
    }
    worker.current = w
    return w
  }

  const runImport = async (withMapping: ColumnMapping | null = mapping) => {
    setError(null)
    setSummary(null)
    setProgress({ file: files[0]?.name ?? '', fraction: 0 })
    try {
      const inputs: InputFile[] = []
      const transfer: ArrayBuffer[] = []
      for (const f of files) {
        const buf = await f.arrayBuffer()
        if (isSheet(f.name)) {
          const sheet = await call('statements:readSheet', { fileName: f.name, base64: bytesToBase64(new Uint8Array(buf)) })
          inputs.push({ name: f.name, sheet: { ...sheet, size: buf.byteLength } })
        } else {
          inputs.push({ name: f.name, bytes: buf })
          transfer.push(buf)
        }
      }
      const victims = victimsFile ? { name: victimsFile.name, bytes: await victimsFile.arrayBuffer() } : null
      if (victims) transfer.push(victims.bytes)
      startWorker().postMessage({ type: 'import', files: inputs, victims, tags, mapping: withMapping } satisfies ToWorker, transfer)
    } catch (e) {
      setError(errorText(e))
      setProgress(null)
    }
  }

  const cancel = () => {
    worker.current?.terminate()
    worker.current = null
    setProgress(null)
    setError(t('stmt.cancelled'))
  }

  // filter → indices
  useEffect(() => {
    if (!summary || !worker.current) return
    const id = ++seq.current
    void ask({ type: 'filter', id, filter }).then((m) => {
      if (m.type === 'filtered') { setIndices(m.indices); setRows(new Map()); setScrollTop(0) }
    })
  }, [summary, filter, ask])

  // visible slice → rows. Browsers cap an element's height (~33 million px): beyond MAX_SCROLL the scroll
  // position maps proportionally onto the rows, and the visible rows are drawn at the scroll position.
  const fullHeight = indices.length * ROW_HEIGHT
  const spacer = Math.min(fullHeight, MAX_SCROLL)
  const scaled = spacer < fullHeight
  const viewport = ROW_HEIGHT * VIEW_ROWS
  const first = scaled
    ? Math.min(indices.length - VIEW_ROWS, Math.floor((scrollTop / Math.max(1, spacer - viewport)) * (indices.length - VIEW_ROWS)))
    : Math.floor(scrollTop / ROW_HEIGHT)
  const topOf = (k: number) => (scaled ? scrollTop + k * ROW_HEIGHT : (first + k) * ROW_HEIGHT)
  useEffect(() => {
    if (!summary || !worker.current) return
    const want: number[] = []
    for (let k = first; k < Math.min(indices.length, first + VIEW_ROWS + 4); k++) if (!rows.has(indices[k] as number)) want.push(indices[k] as number)
    if (!want.length) return
    const id = ++seq.current
    void ask({ type: 'rows', id, indices: want }).then((m) => {
      if (m.type === 'rows') setRows((old) => { const n = new Map(old); for (const r of m.rows) n.set(r.index, r); return n })
    })
  }, [first, indices, rows, summary, ask])

  const updateTags = (next: RowTag[]) => {
    setTags(next)
    worker.current?.postMessage({ type: 'tags', tags: next } satisfies ToWorker)
  }

  const confirm = async () => {
    if (!doc || !summary || !defendantId) return
    try {
      const next: MatterDocument = {
        ...doc,
        defendants: doc.defendants.map((d) => (d.id === defendantId ? applyStatementFigures(d, summary.sources, chosen) : d))
      }
      const saved = await call('matters:save', { id, document: next, ...(revision !== undefined ? { baseRevision: revision } : {}) })
      setDoc(next)
      setRevision(saved.revision)
      void message.success(t('stmt.confirmed'))
    } catch (e) {
      setError(errorText(e))
    }
  }

  const exportXlsx = async () => {
    const id = ++seq.current
    const m = await ask({ type: 'export', id })
    if (m.type !== 'export') return
    try {
      const r = await call('statements:exportXlsx', { fileName: '流水分析标注.xlsx', rows: m.rows })
      downloadBlob(r.fileName, new Blob([base64ToBytes(r.base64)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }))
    } catch (e) {
      setError(errorText(e))
    }
  }

  const visible: AnnotatedRow[] = []
  for (let k = first; k < Math.min(indices.length, first + VIEW_ROWS + 4); k++) {
    const r = rows.get(indices[k] as number)
    if (r) visible.push(r)
  }

  return (
    <div className="statements-page" data-testid="statements-page" style={{ padding: 16 }}>
      <Space style={{ marginBottom: 12 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={onBack} data-testid="statements-back">{t('stmt.back')}</Button>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('stmt.title')} · <span lang="zh-CN">{doc?.matter.title ?? ''}</span></Typography.Title>
      </Space>
      <Card size="small" title={t('stmt.import')} style={{ marginBottom: 12 }}>
        <Space wrap>
          <label>{t('stmt.files')}
            <input type="file" multiple accept=".csv,.txt,.tsv,.xlsx,.xls" data-testid="statement-files"
              onChange={(e: ChangeEvent<HTMLInputElement>) => setFiles(Array.from(e.target.files ?? []))} />
          </label>
          <label>{t('stmt.victims')}{lang === 'zh' ? '（' : ' ('}<span lang="zh-CN">被害人,转账时间,金额,付款账号</span>{lang === 'zh' ? '）：' : '): '}
            <input type="file" accept=".csv,.txt" data-testid="victims-file" onChange={(e: ChangeEvent<HTMLInputElement>) => setVictimsFile(e.target.files?.[0] ?? null)} />
          </label>
          <Select style={{ minWidth: 180 }} value={mapping?.name ?? ''} data-testid="statements-mapping"
            onChange={(v: string) => setMapping(mappings.find((m) => m.name === v) ?? null)}
            options={[{ value: '', label: t('stmt.mappingAuto') }, ...mappings.map((m) => ({ value: m.name, label: t('stmt.mappingNamed', { name: m.name }) }))]} />
          <Button type="primary" disabled={!files.length || progress !== null} onClick={() => void runImport()} data-testid="statements-import">{t('stmt.run')}</Button>
          {progress && <Button danger onClick={cancel} data-testid="statements-cancel">{t('common.cancel')}</Button>}
        </Space>
        {progress && <Progress percent={Math.round(progress.fraction * 100)} status="active" format={(p) => `${progress.file} ${p}%`} data-testid="statements-progress" />}
        {error && <Alert type="error" showIcon style={{ marginTop: 8 }} title={error} data-testid="statements-error" />}
      </Card>
      {summary && (
        <>
          <Card size="small" title={t('stmt.summary')} style={{ marginBottom: 12 }} data-testid="statements-summary">
            <Typography.Paragraph>
              {summary.files.map((f) => <Tag key={f.name}><span lang="zh-CN">{f.name}</span>{t('stmt.fileTag', { preset: lang === 'zh' || !(f.preset in PRESET_LABELS) ? (PRESET_LABELS[f.preset as Preset] ?? f.preset) : t(`stmt.preset.${f.preset}` as MessageKey), rows: f.rows })}{f.account ? t('stmt.fileAccount', { account: f.account }) : ''}</Tag>)}
              {t('stmt.merged', { rows: '\u0000' }).split('\u0000').flatMap((part, i) => (i ? [<b key="n" data-testid="statements-rows">{summary.rows}</b>, part] : [part]))}
              {summary.duplicatesRemoved ? t('stmt.duplicates', { n: summary.duplicatesRemoved }) : ''}
              {t('stmt.period', { from: summary.period.from ?? '—', to: summary.period.to ?? '—', n: summary.counterparties })}
            </Typography.Paragraph>
            <Table size="small" pagination={false} rowKey="key" dataSource={summary.figures}
              columns={[
                { title: t('stmt.col.item'), dataIndex: 'label', render: (v: string, f) => (FIGURE_KEYS.includes(f.key) ? t(`stmt.figure.${f.key}` as MessageKey) : <span lang="zh-CN">{v}</span>) },
                { title: t('stmt.col.yuan'), dataIndex: 'fen', align: 'right', render: (v: number, f) => <span data-testid={`figure-${f.key}`}>{formatYuan(v)}</span> },
                { title: t('stmt.col.count'), dataIndex: 'count', align: 'right' },
                { title: t('stmt.col.rows'), render: (_: unknown, f) => <Button size="small" type="link" onClick={() => setFilter({ figure: f.key })} data-testid={`figure-rows-${f.key}`}>{t('stmt.showRows', { n: f.count })}</Button> },
                { title: t('stmt.col.rule'), dataIndex: 'rule', render: (v: string) => <Typography.Text type="secondary" style={{ fontSize: 12 }} lang="zh-CN">{v}</Typography.Text> }
              ]} />
            {lang !== 'zh' && <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>{t('stmt.rulesChinese')}</Typography.Paragraph>}
            <Typography.Paragraph style={{ marginTop: 8 }}>{t('stmt.net', { amount: formatYuan(summary.netInflowFen) })}</Typography.Paragraph>
            {summary.victims.length > 0 && (
              <Table size="small" pagination={summary.victims.length > 10 ? { pageSize: 10, showSizeChanger: false } : false} rowKey={(v) => `${v.name}#${v.time}#${v.amountFen}`}
                dataSource={summary.victims} data-testid="statements-victims"
                columns={[
                  { title: t('stmt.col.victim'), dataIndex: 'name', render: (v: string) => <span lang="zh-CN">{v}</span> }, { title: t('stmt.col.time'), dataIndex: 'time' },
                  { title: t('stmt.col.yuan'), dataIndex: 'amountFen', render: (v: number) => formatYuan(v) }, { title: t('stmt.col.payer'), dataIndex: 'payerAccount' },
                  { title: t('stmt.col.result'), dataIndex: 'where', render: (v: string | null) => (v ? <Tag color="green" lang="zh-CN">{v}</Tag> : <Tag color="red">{t('stmt.unmatched')}</Tag>) }
                ]} />
            )}
            {summary.unusedTags.map((u) => <Alert key={`${u.file}#${u.line}`} type="warning" title={<><span lang="zh-CN">{u.file}</span> {t('stmt.line', { line: u.line })}: <span lang="zh-CN">{u.why}</span></>} />)}
          </Card>
          <Card size="small" title={t('stmt.confirmCard')} style={{ marginBottom: 12 }}>
            <Space wrap>
              <Select style={{ minWidth: 160 }} value={defendantId ?? undefined} onChange={setDefendantId} data-testid="statements-defendant" aria-label={t('stmt.defendant')}
                options={(doc?.defendants ?? []).map((d) => ({ value: d.id, label: <span lang="zh-CN">{d.name}</span> }))} />
              <Checkbox.Group value={chosen} onChange={(v) => setChosen(v as SourcedAmount[])}
                options={SOURCED_AMOUNTS.map((k) => ({ value: k, label: `${lang === 'zh' ? SOURCED_AMOUNT_LABELS[k] : t(`stmt.amount.${k}`)} ${formatYuan(Math.round((summary.sources[k]?.amount ?? 0) * 100))}` }))} />
              <Button type="primary" onClick={() => void confirm()} disabled={!chosen.length} data-testid="statements-confirm">{t('stmt.confirm')}</Button>
              <Button onClick={() => void exportXlsx()} data-testid="statements-export">{t('stmt.exportXlsx')}</Button>
            </Space>
          </Card>
          <Card size="small" title={t('stmt.rowsCard', { n: indices.length })}>
            <Row gutter={8} style={{ marginBottom: 8 }}>
              <Col><Select style={{ width: 110 }} allowClear placeholder={t('stmt.direction')} aria-label={t('stmt.direction')} value={filter.direction ?? undefined}
                onChange={(v) => setFilter({ ...filter, direction: v ?? null, figure: null })}
                options={[{ value: 'in', label: t('stmt.dir.in') }, { value: 'out', label: t('stmt.dir.out') }, { value: 'none', label: t('stmt.dir.none') }]} data-testid="filter-direction" /></Col>
              <Col><Input style={{ width: 160 }} placeholder={t('stmt.counterparty')} aria-label={t('stmt.counterparty')} allowClear value={filter.counterparty ?? ''}
                onChange={(e) => setFilter({ ...filter, counterparty: e.target.value })} data-testid="filter-counterparty" /></Col>
              <Col><Input style={{ width: 130 }} placeholder={t('stmt.from')} aria-label={t('stmt.from')} value={filter.from ?? ''} onChange={(e) => setFilter({ ...filter, from: e.target.value })} /></Col>
              <Col><Input style={{ width: 130 }} placeholder={t('stmt.to')} aria-label={t('stmt.to')} value={filter.to ?? ''} onChange={(e) => setFilter({ ...filter, to: e.target.value })} /></Col>
              <Col><InputNumber placeholder={t('stmt.min')} aria-label={t('stmt.min')} value={filter.min ?? null} onChange={(v) => setFilter({ ...filter, min: v })} /></Col>
              <Col><InputNumber placeholder={t('stmt.max')} aria-label={t('stmt.max')} value={filter.max ?? null} onChange={(v) => setFilter({ ...filter, max: v })} /></Col>
              <Col><Checkbox checked={filter.matchedOnly ?? false} onChange={(e) => setFilter({ ...filter, matchedOnly: e.target.checked })}>{t('stmt.matchedOnly')}</Checkbox></Col>
              <Col><Button onClick={() => setFilter({})}>{t('stmt.clearFilter')}</Button></Col>
            </Row>
            <div className="statements-grid-head" style={{ display: 'grid', gridTemplateColumns: GRID, fontWeight: 600, borderBottom: '1px solid #ddd' }}>
              <span>{t('stmt.col.source')}</span><span>{t('stmt.col.when')}</span><span>{t('stmt.col.direction')}</span><span style={{ textAlign: 'right', paddingRight: 12 }}>{t('stmt.col.yuan')}</span><span>{t('stmt.col.other')}</span><span>{t('stmt.col.summary')}</span><span>{t('stmt.col.tags')}</span><span />
            </div>
            <div style={{ height: ROW_HEIGHT * VIEW_ROWS, overflowY: 'auto', position: 'relative' }} data-testid="statements-grid"
              onScroll={(e) => setScrollTop((e.target as HTMLDivElement).scrollTop)}>
              <div style={{ height: spacer, position: 'relative' }}>
                {visible.map((r, k) => (
                  <div key={r.index} data-testid="statements-row" style={{ position: 'absolute', top: topOf(k), height: ROW_HEIGHT, left: 0, right: 0, display: 'grid', gridTemplateColumns: GRID, alignItems: 'center', borderBottom: '1px solid #f0f0f0', fontSize: 12 }}>
                    <span><span lang="zh-CN">{r.file}</span> {t('stmt.line', { line: r.line })}</span><span>{r.time}</span><span>{t(DIR_LABEL[r.direction])}</span>
                    <span style={{ textAlign: 'right', paddingRight: 12 }}>{formatYuan(r.amountFen)}</span>
                    <span lang="zh-CN">{r.counterpartyName} {r.counterpartyAccount}</span><span lang="zh-CN">{r.summary}</span>
                    <span>{r.victim && <Tag color="red" lang="zh-CN">{r.victim}</Tag>}{r.deduction && <Tag color="blue">{t('stmt.deducted')}<span lang="zh-CN">{r.deduction}</span></Tag>}{r.settlement && <Tag>{t('stmt.settlement')}</Tag>}</span>
                    <span>{r.direction === 'in' && (r.deduction
                      ? <Button size="small" type="link" onClick={() => updateTags(tags.filter((t) => !(t.file === r.file && t.line === r.line)))}>{t('stmt.undeduct')}</Button>
                      : <Button size="small" type="link" onClick={() => { setDeducting(r); setReason('') }} data-testid="row-deduct">{t('stmt.deduct')}</Button>)}</span>
                  </div>
                ))}
              </div>
            </div>
          </Card>
        </>
      )}
      <Modal open={mappingNeeded !== null} width={900} title={t('stmt.mappingTitle', { file: mappingNeeded?.file ?? '' })} okText={t('stmt.mappingOk')} cancelText={t('common.cancel')}
        okButtonProps={{ ...{ 'data-testid': 'mapping-ok' } }} onCancel={() => setMappingNeeded(null)}
        onOk={() => {
          const r = columnMappingSchema.safeParse({ name: draft.name.trim(), headerLine: draft.headerLine, columns: draft.columns })
          if (!r.success) { void message.error(t('stmt.mappingInvalid', { message: inLanguage(r.error.issues[0]?.message ?? '') })); return }
          setMappings(saveMapping(r.data))
          setMapping(r.data)
          setMappingNeeded(null)
          void runImport(r.data)
        }}>
        <Typography.Paragraph type="secondary">{t('stmt.mappingHelp')}</Typography.Paragraph>
        <Space wrap style={{ marginBottom: 8 }}>
          <span>{t('stmt.mappingName')} <Input style={{ width: 180 }} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} data-testid="mapping-name" /></span>
          <span>{t('stmt.headerLine')} <InputNumber min={1} max={Math.max(1, mappingNeeded?.preview.length ?? 1)} value={draft.headerLine}
            onChange={(v) => setDraft({ ...draft, headerLine: v ?? 1, columns: {} })} data-testid="mapping-header-line" /></span>
        </Space>
        <Row gutter={[8, 8]}>
          {FIELDS.map((f) => (
            <Col span={8} key={f}>
              <div style={{ fontSize: 12 }} lang="zh-CN">{FIELD_LABELS[f]}</div>
              <Select style={{ width: '100%' }} allowClear showSearch optionFilterProp="label" size="small" value={draft.columns[f]} data-testid={`mapping-${f}`}
                onChange={(v: number | undefined) => { const c = { ...draft.columns }; if (v === undefined) delete c[f]; else c[f] = v; setDraft({ ...draft, columns: c }) }}
                options={(mappingNeeded?.preview[draft.headerLine - 1] ?? []).map((h, i) => ({ value: i, label: t('stmt.column', { n: i + 1, header: h }) }))} />
            </Col>
          ))}
        </Row>
        <div style={{ overflowX: 'auto', marginTop: 8, fontSize: 12 }}>
          <table lang="zh-CN"><tbody>{(mappingNeeded?.preview ?? []).slice(0, 12).map((r, i) => (
            <tr key={i} style={{ background: i === draft.headerLine - 1 ? '#e6f0ff' : undefined }}><td>{i + 1}</td>{r.map((c, j) => <td key={j} style={{ padding: '0 6px', whiteSpace: 'nowrap' }}>{c}</td>)}</tr>
          ))}</tbody></table>
        </div>
      </Modal>
      <Modal open={deducting !== null} title={t('stmt.deductTitle')} okText={t('stmt.deduct')} cancelText={t('common.cancel')} okButtonProps={{ disabled: !reason.trim(), ...{ 'data-testid': 'deduct-ok' } }}
        onCancel={() => setDeducting(null)}
        onOk={() => { if (deducting) updateTags([...tags, { file: deducting.file, line: deducting.line, kind: 'deduction', reason: reason.trim() }]); setDeducting(null) }}>
        <Typography.Paragraph>{deducting && <><span lang="zh-CN">{deducting.file}</span> {t('stmt.deductRow', { line: deducting.line, time: deducting.time, amount: formatYuan(deducting.amountFen) })}</>}</Typography.Paragraph>
        <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('stmt.deductReason')} aria-label={t('stmt.deductReason')} data-testid="deduct-reason" />
      </Modal>
    </div>
  )
}

const GRID = '150px 140px 44px 110px 1fr 90px 160px 70px'
