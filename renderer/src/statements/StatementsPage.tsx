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
const DIR_LABEL = { in: '流入', out: '流出', none: '不计' } as const

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
        setError(m.message)
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
    setError('导入已取消，未导入任何记录 / import cancelled; nothing was imported')
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
      void message.success('已写入案件 / figures saved into the matter')
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
        <Button icon={<ArrowLeftOutlined />} onClick={onBack} data-testid="statements-back">返回案件</Button>
        <Typography.Title level={4} style={{ margin: 0 }}>流水分析 · {doc?.matter.title ?? ''}</Typography.Title>
      </Space>
      <Card size="small" title="导入流水 / import statements" style={{ marginBottom: 12 }}>
        <Space wrap>
          <label>流水文件（CSV、.xlsx，可多选）：
            <input type="file" multiple accept=".csv,.txt,.tsv,.xlsx,.xls" data-testid="statement-files"
              onChange={(e: ChangeEvent<HTMLInputElement>) => setFiles(Array.from(e.target.files ?? []))} />
          </label>
          <label>被害人名单（被害人,转账时间,金额,付款账号）：
            <input type="file" accept=".csv,.txt" data-testid="victims-file" onChange={(e: ChangeEvent<HTMLInputElement>) => setVictimsFile(e.target.files?.[0] ?? null)} />
          </label>
          <Select style={{ minWidth: 180 }} value={mapping?.name ?? ''} data-testid="statements-mapping"
            onChange={(v: string) => setMapping(mappings.find((m) => m.name === v) ?? null)}
            options={[{ value: '', label: '列映射：自动识别' }, ...mappings.map((m) => ({ value: m.name, label: `列映射：${m.name}` }))]} />
          <Button type="primary" disabled={!files.length || progress !== null} onClick={() => void runImport()} data-testid="statements-import">导入并计算</Button>
          {progress && <Button danger onClick={cancel} data-testid="statements-cancel">取消</Button>}
        </Space>
        {progress && <Progress percent={Math.round(progress.fraction * 100)} status="active" format={(p) => `${progress.file} ${p}%`} data-testid="statements-progress" />}
        {error && <Alert type="error" showIcon style={{ marginTop: 8 }} title={error} data-testid="statements-error" />}
      </Card>
      {summary && (
        <>
          <Card size="small" title="金额与来源 / amounts and their rows" style={{ marginBottom: 12 }} data-testid="statements-summary">
            <Typography.Paragraph>
              {summary.files.map((f) => <Tag key={f.name}>{f.name}：{PRESET_LABELS[f.preset as Preset] ?? f.preset}，{f.rows} 条{f.account ? `，账号 ${f.account}` : ''}</Tag>)}
              合并后 <b data-testid="statements-rows">{summary.rows}</b> 条{summary.duplicatesRemoved ? `（去除重复 ${summary.duplicatesRemoved} 条）` : ''}；
              期间 {summary.period.from ?? '—'} 至 {summary.period.to ?? '—'}；流入对方账户 {summary.counterparties} 个
            </Typography.Paragraph>
            <Table size="small" pagination={false} rowKey="key" dataSource={summary.figures}
              columns={[
                { title: '项目', dataIndex: 'label' },
                { title: '金额（元）', dataIndex: 'fen', align: 'right', render: (v: number, f) => <span data-testid={`figure-${f.key}`}>{formatYuan(v)}</span> },
                { title: '笔数', dataIndex: 'count', align: 'right' },
                { title: '记录', render: (_: unknown, f) => <Button size="small" type="link" onClick={() => setFilter({ figure: f.key })} data-testid={`figure-rows-${f.key}`}>查看 {f.count} 笔</Button> },
                { title: '规则', dataIndex: 'rule', render: (v: string) => <Typography.Text type="secondary" style={{ fontSize: 12 }}>{v}</Typography.Text> }
              ]} />
            <Typography.Paragraph style={{ marginTop: 8 }}>扣除后的流入：{formatYuan(summary.netInflowFen)} 元</Typography.Paragraph>
            {summary.victims.length > 0 && (
              <Table size="small" pagination={summary.victims.length > 10 ? { pageSize: 10, showSizeChanger: false } : false} rowKey={(v) => `${v.name}#${v.time}#${v.amountFen}`}
                dataSource={summary.victims} data-testid="statements-victims"
                columns={[
                  { title: '被害人', dataIndex: 'name' }, { title: '陈述转账时间', dataIndex: 'time' },
                  { title: '金额（元）', dataIndex: 'amountFen', render: (v: number) => formatYuan(v) }, { title: '付款账号', dataIndex: 'payerAccount' },
                  { title: '结果', dataIndex: 'where', render: (v: string | null) => (v ? <Tag color="green">{v}</Tag> : <Tag color="red">未匹配</Tag>) }
                ]} />
            )}
            {summary.unusedTags.map((u) => <Alert key={`${u.file}#${u.line}`} type="warning" title={`${u.file} 第 ${u.line} 行：${u.why}`} />)}
          </Card>
          <Card size="small" title="写入案件 / confirm into the matter" style={{ marginBottom: 12 }}>
            <Space wrap>
              <Select style={{ minWidth: 160 }} value={defendantId ?? undefined} onChange={setDefendantId} data-testid="statements-defendant"
                options={(doc?.defendants ?? []).map((d) => ({ value: d.id, label: d.name }))} />
              <Checkbox.Group value={chosen} onChange={(v) => setChosen(v as SourcedAmount[])}
                options={SOURCED_AMOUNTS.map((k) => ({ value: k, label: `${SOURCED_AMOUNT_LABELS[k]} ${formatYuan(Math.round((summary.sources[k]?.amount ?? 0) * 100))}` }))} />
              <Button type="primary" onClick={() => void confirm()} disabled={!chosen.length} data-testid="statements-confirm">写入所选金额</Button>
              <Button onClick={() => void exportXlsx()} data-testid="statements-export">导出标注流水 .xlsx</Button>
            </Space>
          </Card>
          <Card size="small" title={`流水明细（${indices.length} 条）`}>
            <Row gutter={8} style={{ marginBottom: 8 }}>
              <Col><Select style={{ width: 110 }} allowClear placeholder="方向" value={filter.direction ?? undefined}
                onChange={(v) => setFilter({ ...filter, direction: v ?? null, figure: null })}
                options={[{ value: 'in', label: '流入' }, { value: 'out', label: '流出' }, { value: 'none', label: '不计收支' }]} data-testid="filter-direction" /></Col>
              <Col><Input style={{ width: 160 }} placeholder="对方户名或账号" allowClear value={filter.counterparty ?? ''}
                onChange={(e) => setFilter({ ...filter, counterparty: e.target.value })} data-testid="filter-counterparty" /></Col>
              <Col><Input style={{ width: 130 }} placeholder="起 YYYY-MM-DD" value={filter.from ?? ''} onChange={(e) => setFilter({ ...filter, from: e.target.value })} /></Col>
              <Col><Input style={{ width: 130 }} placeholder="止 YYYY-MM-DD" value={filter.to ?? ''} onChange={(e) => setFilter({ ...filter, to: e.target.value })} /></Col>
              <Col><InputNumber placeholder="最小金额" value={filter.min ?? null} onChange={(v) => setFilter({ ...filter, min: v })} /></Col>
              <Col><InputNumber placeholder="最大金额" value={filter.max ?? null} onChange={(v) => setFilter({ ...filter, max: v })} /></Col>
              <Col><Checkbox checked={filter.matchedOnly ?? false} onChange={(e) => setFilter({ ...filter, matchedOnly: e.target.checked })}>仅匹配被害人</Checkbox></Col>
              <Col><Button onClick={() => setFilter({})}>清除筛选</Button></Col>
            </Row>
            <div className="statements-grid-head" style={{ display: 'grid', gridTemplateColumns: GRID, fontWeight: 600, borderBottom: '1px solid #ddd' }}>
              <span>来源</span><span>时间</span><span>方向</span><span style={{ textAlign: 'right', paddingRight: 12 }}>金额（元）</span><span>对方</span><span>摘要</span><span>标注</span><span />
            </div>
            <div style={{ height: ROW_HEIGHT * VIEW_ROWS, overflowY: 'auto', position: 'relative' }} data-testid="statements-grid"
              onScroll={(e) => setScrollTop((e.target as HTMLDivElement).scrollTop)}>
              <div style={{ height: spacer, position: 'relative' }}>
                {visible.map((r, k) => (
                  <div key={r.index} data-testid="statements-row" style={{ position: 'absolute', top: topOf(k), height: ROW_HEIGHT, left: 0, right: 0, display: 'grid', gridTemplateColumns: GRID, alignItems: 'center', borderBottom: '1px solid #f0f0f0', fontSize: 12 }}>
                    <span>{r.file} 第 {r.line} 行</span><span>{r.time}</span><span>{DIR_LABEL[r.direction]}</span>
                    <span style={{ textAlign: 'right', paddingRight: 12 }}>{formatYuan(r.amountFen)}</span>
                    <span>{r.counterpartyName} {r.counterpartyAccount}</span><span>{r.summary}</span>
                    <span>{r.victim && <Tag color="red">{r.victim}</Tag>}{r.deduction && <Tag color="blue">扣除：{r.deduction}</Tag>}{r.settlement && <Tag>结算</Tag>}</span>
                    <span>{r.direction === 'in' && (r.deduction
                      ? <Button size="small" type="link" onClick={() => updateTags(tags.filter((t) => !(t.file === r.file && t.line === r.line)))}>取消扣除</Button>
                      : <Button size="small" type="link" onClick={() => { setDeducting(r); setReason('') }} data-testid="row-deduct">扣除</Button>)}</span>
                  </div>
                ))}
              </div>
            </div>
          </Card>
        </>
      )}
      <Modal open={mappingNeeded !== null} width={900} title={`列映射：${mappingNeeded?.file ?? ''}`} okText="保存映射并导入" cancelText="取消"
        okButtonProps={{ ...{ 'data-testid': 'mapping-ok' } }} onCancel={() => setMappingNeeded(null)}
        onOk={() => {
          const r = columnMappingSchema.safeParse({ name: draft.name.trim(), headerLine: draft.headerLine, columns: draft.columns })
          if (!r.success) { void message.error(`列映射无效：${r.error.issues[0]?.message ?? ''}`); return }
          setMappings(saveMapping(r.data))
          setMapping(r.data)
          setMappingNeeded(null)
          void runImport(r.data)
        }}>
        <Typography.Paragraph type="secondary">未能自动识别此文件的表头。请指定表头所在行及各列含义（至少交易时间或日期、金额），映射将保存供以后同类文件使用。</Typography.Paragraph>
        <Space wrap style={{ marginBottom: 8 }}>
          <span>映射名称 <Input style={{ width: 180 }} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} data-testid="mapping-name" /></span>
          <span>表头所在行 <InputNumber min={1} max={Math.max(1, mappingNeeded?.preview.length ?? 1)} value={draft.headerLine}
            onChange={(v) => setDraft({ ...draft, headerLine: v ?? 1, columns: {} })} data-testid="mapping-header-line" /></span>
        </Space>
        <Row gutter={[8, 8]}>
          {FIELDS.map((f) => (
            <Col span={8} key={f}>
              <div style={{ fontSize: 12 }}>{FIELD_LABELS[f]}</div>
              <Select style={{ width: '100%' }} allowClear showSearch optionFilterProp="label" size="small" value={draft.columns[f]} data-testid={`mapping-${f}`}
                onChange={(v: number | undefined) => { const c = { ...draft.columns }; if (v === undefined) delete c[f]; else c[f] = v; setDraft({ ...draft, columns: c }) }}
                options={(mappingNeeded?.preview[draft.headerLine - 1] ?? []).map((h, i) => ({ value: i, label: `第 ${i + 1} 列 ${h}` }))} />
            </Col>
          ))}
        </Row>
        <div style={{ overflowX: 'auto', marginTop: 8, fontSize: 12 }}>
          <table><tbody>{(mappingNeeded?.preview ?? []).slice(0, 12).map((r, i) => (
            <tr key={i} style={{ background: i === draft.headerLine - 1 ? '#e6f0ff' : undefined }}><td>{i + 1}</td>{r.map((c, j) => <td key={j} style={{ padding: '0 6px', whiteSpace: 'nowrap' }}>{c}</td>)}</tr>
          ))}</tbody></table>
        </div>
      </Modal>
      <Modal open={deducting !== null} title="扣除：能说明合法来源的资金" okText="扣除" cancelText="取消" okButtonProps={{ disabled: !reason.trim(), ...{ 'data-testid': 'deduct-ok' } }}
        onCancel={() => setDeducting(null)}
        onOk={() => { if (deducting) updateTags([...tags, { file: deducting.file, line: deducting.line, kind: 'deduction', reason: reason.trim() }]); setDeducting(null) }}>
        <Typography.Paragraph>{deducting ? `${deducting.file} 第 ${deducting.line} 行 ${deducting.time} ${formatYuan(deducting.amountFen)} 元` : ''}</Typography.Paragraph>
        <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} placeholder="理由（如：工资收入，有劳动合同）" data-testid="deduct-reason" />
      </Modal>
    </div>
  )
}

const GRID = '150px 140px 44px 110px 1fr 90px 160px 70px'
