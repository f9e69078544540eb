// The matter workspace: facts form (matter info + one tab per defendant) beside the live analysis.
import { App as AntApp, Alert, Badge, Button, Col, Collapse, Row, Space, Spin, Tabs, Tag, Tooltip, Typography } from 'antd'
import {
  ArrowLeftOutlined, ExportOutlined, FileSearchOutlined, FileWordOutlined, HistoryOutlined, LeftOutlined, PlusOutlined, RedoOutlined, RightOutlined,
  SafetyCertificateOutlined, UndoOutlined
} from '@ant-design/icons'
import { Suspense, lazy, memo, useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import {
  ACCUSATION_DOCUMENTS, CHARGE_IDS, PERSPECTIVES, STAGES, emptyDefendant, emptyMatter, validateMatter, withoutDefendant, type Defendant, type FieldIssue, type MatterDocument, type SentencingFactor
} from '../../../core/matter/schema'
import type { MatterRecord } from '../../../core/ipc/contract'
import { ApiError, call, errorText, saveText } from '../api'
import { AnalysisPanel } from '../analysis/AnalysisPanel'
import { inLanguage } from '../i18n/language'
import { runAnalysis, searchPivotsWhenIdle, uncachedDefendants } from '../engine'
import { useI18n } from '../i18n'
import { chargeLabels, perspectiveLabels, stageLabels, factPathLabels } from '../labels'
import { MATTER_FIELDS } from '../../../core/matter/fields'
import { VersionsModal } from '../home/VersionsModal'
import { ChoiceField, DateField, FormLayout, TextField, fieldId } from './fields'
import { DefendantsOverview } from './DefendantsOverview'
import { DefendantForm } from './DefendantForm'
import { EditorContext, useMatterEditor, type SaveState } from './state'

// the text extractor's dialog (core/extract) loads on first use
const ExtractDialog = lazy(async () => ({ default: (await import('../extract/ExtractDialog')).ExtractDialog }))
// the memo preview (core/memo and its drawer) loads on first use
const MemoDrawer = lazy(async () => ({ default: (await import('../memo/MemoDrawer')).MemoDrawer }))

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

/** Fill missing parts of a stored document with unknowns so the form can show it; supplied values are kept. */
function fillShape(doc: unknown): MatterDocument {
  const merge = (base: unknown, over: unknown): unknown => {
    if (over === undefined) return base
    if (isPlainObject(base) && isPlainObject(over)) {
      const out: Record<string, unknown> = { ...base }
      for (const [k, v] of Object.entries(over)) out[k] = merge(base[k], v)
      return out
    }
    return over
  }
  const src = isPlainObject(doc) ? doc : {}
  const base = emptyMatter('')
  const defs = Array.isArray(src.defendants) ? src.defendants : base.defendants
  return {
    ...(merge(base, src) as MatterDocument),
    defendants: defs.map((d, i) => merge(emptyDefendant(isPlainObject(d) && typeof d.id === 'string' ? d.id : `d${i + 1}`), d) as Defendant)
  }
}

export function MatterEditor({ id, onBack, onOpen }: { id: string; onBack: () => void; onOpen: (id: string) => void }) {
  const [record, setRecord] = useState<MatterRecord | null>(null)
  const [error, setError] = useState<{ text: string; issues: FieldIssue[]; corrupt: boolean } | null>(null)
  const [loadKey, setLoadKey] = useState(0)
  const [versionsOpen, setVersionsOpen] = useState(false)
  const { t } = useI18n()
  useEffect(() => {
    let live = true
    setRecord(null)
    setError(null)
    call('matters:open', { id }).then((r) => live && setRecord(r), (e) => {
      if (!live) return
      const api = e instanceof ApiError ? e.error : null
      setError({ text: api ? api.message : errorText(e), issues: api?.issues ?? [], corrupt: api?.code === 'CORRUPT_MATTER' })
    })
    return () => { live = false }
  }, [id, loadKey])
  if (error) {
    return (
      <>
        <Alert type="error" showIcon title={error.text} data-testid="open-error"
          description={error.issues.length > 0 ? <ul>{error.issues.map((i, k) => <li key={k}><code>{i.path}</code>：{i.message}</li>)}</ul> : undefined}
          action={
            <Space orientation="vertical">
              <Button onClick={onBack}>{t('editor.back')}</Button>
              {error.corrupt && <Button onClick={() => setVersionsOpen(true)}>{t('editor.versions')}</Button>}
            </Space>
          } />
        <VersionsModal open={versionsOpen} matterId={id} onClose={() => setVersionsOpen(false)}
          onRestored={(rid) => { setVersionsOpen(false); if (rid === id) setLoadKey((k) => k + 1); else onOpen(rid) }} />
      </>
    )
  }
  if (!record) return <Spin style={{ margin: 48 }} />
  const checked = validateMatter(record.document)
  const doc = checked.ok ? checked.value : fillShape(record.document)
  return <EditorInner key={`${id}-${record.summary.revision}-${loadKey}`} id={id} initial={doc} revision={record.summary.revision}
    onBack={onBack} onReload={(newId) => (newId === id ? setLoadKey((k) => k + 1) : onOpen(newId))} />
}

/** A callback that stays the same function while calling the latest `f` (for memoised children). */
function useStable<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => R {
  const ref = useRef(f)
  useLayoutEffect(() => { ref.current = f })
  return useCallback((...args: A) => ref.current(...args), [])
}

const saveBadge: Record<SaveState, 'success' | 'processing' | 'warning' | 'error' | 'default'> = {
  saved: 'success', saving: 'processing', pending: 'processing', invalid: 'warning', error: 'error'
}

function EditorInner({ id, initial, revision, onBack, onReload }: {
  id: string; initial: MatterDocument; revision: number; onBack: () => void; onReload: (id: string) => void
}) {
  const editor = useMatterEditor(id, initial, revision)
  const { t, lang } = useI18n()
  const { message } = AntApp.useApp()
  const { doc, set, replace, undo, redo, flush } = editor
  const [active, setActive] = useState(0)
  const [memoOpen, setMemoOpen] = useState(false)
  const [extractOpen, setExtractOpen] = useState(false)
  const [versionsOpen, setVersionsOpen] = useState(false)
  const [infoOpen, setInfoOpen] = useState(false)
  const infoIssues = editor.issues.filter((i) => i.path.startsWith('matter.')).length
  const activeIndex = Math.min(active, doc.defendants.length - 1)

  // keyboard undo / redo over the whole document
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return
      const k = e.key.toLowerCase()
      if (k === 's') { e.preventDefault(); void flush() }
      else if (k === 'z' && !e.shiftKey) { e.preventDefault(); undo() }
      else if ((k === 'z' && e.shiftKey) || k === 'y') { e.preventDefault(); redo() }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [undo, redo, flush])

  // save what is pending when the page goes away
  useEffect(() => {
    const flush = editor.flush
    const onHide = () => void flush()
    window.addEventListener('pagehide', onHide)
    return () => window.removeEventListener('pagehide', onHide)
  }, [editor.flush])

  // save what is pending when leaving
  const { modal } = AntApp.useApp()
  const back = useCallback(async () => {
    await editor.flush()
    if (editor.issues.length > 0) {
      modal.confirm({
        title: t('editor.leaveInvalidTitle'),
        content: t('editor.leaveInvalid'),
        okText: t('editor.leaveAnyway'),
        cancelText: t('editor.stay'),
        onOk: onBack
      })
      return
    }
    onBack()
  }, [editor, onBack, modal, t])

  const deferred = useDeferredValue(editor.lastValid)
  // a keystroke in one defendant re-analyses that defendant alone (well under a millisecond): it is analysed in the
  // keystroke's own render, so the new analysis is painted with the keystroke; a change that re-analyses several
  // defendants (matter information, a restored version) goes through the deferred value and typing stays responsive
  const analysed = editor.lastValid && uncachedDefendants(editor.lastValid) <= 1 ? editor.lastValid : deferred
  // the pivot search streams in when idle: each finished defendant bumps this and the analysis is re-read
  const [pivotsDone, setPivotsDone] = useState(0)
  const outcome = useMemo(() => (analysed ? runAnalysis(analysed) : null), [analysed, pivotsDone])
  const incomplete = outcome?.ok === true && !outcome.complete
  useEffect(() => {
    if (!analysed || !incomplete) return
    return searchPivotsWhenIdle(analysed, analysed.defendants[activeIndex]?.id ?? null, () => setPivotsDone((n) => n + 1))
  }, [analysed, incomplete, activeIndex])
  const activeId = doc.defendants[activeIndex]?.id
  const defAnalysis = outcome?.ok ? outcome.analysis.defendants.find((d) => d.id === activeId) ?? outcome.analysis.defendants[activeIndex] ?? null : null
  const analysedDefendant = analysed?.defendants.find((d) => d.id === activeId) ?? null
  const unavailable = outcome === null ? t('editor.analysisStale') : outcome.ok ? null : `${t('analysis.failed')}：${outcome.error}`

  const onOverride = useCallback((factor: SentencingFactor, percent: number | undefined) => {
    set(['defendants', activeIndex, 'sentencingOverrides', factor], percent)
  }, [set, activeIndex])

  // the panel is memoised: its props stay the same objects until the analysis changes, so the keystroke's first
  // render does not render the panel again unless the analysis changed
  const onGoToFact = useCallback((fact: string) => {
    const el = document.getElementById(fieldId(['defendants', activeIndex, ...fact.split('.')]))
    el?.scrollIntoView({ block: 'center' })
    const target = el?.matches('input, textarea') ? el : el?.querySelector<HTMLElement>('input, textarea, [role="combobox"]')
    target?.focus({ preventScroll: true })
  }, [activeIndex])
  const analysisMeta = useMemo(
    () => (outcome?.ok ? { engineVersion: outcome.analysis.engineVersion, lawLibraryVersion: outcome.analysis.lawLibraryVersion, ms: outcome.ms } : null),
    [outcome]
  )

  const addDefendant = () => {
    let n = doc.defendants.length + 1
    while (doc.defendants.some((d) => d.id === `d${n}`)) n++
    replace({ ...doc, defendants: [...doc.defendants, emptyDefendant(`d${n}`, `被告人${n}`)] })
    setActive(doc.defendants.length)
  }
  const removeDefendant = (i: number) => {
    if (doc.defendants.length <= 1) return
    // the links that named the removed defendant go with it (core/matter/schema.ts withoutDefendant)
    replace(withoutDefendant(doc, i))
    setActive(Math.max(0, Math.min(i, doc.defendants.length - 2)))
  }
  const move = (i: number, dir: -1 | 1) => {
    const j = i + dir
    if (j < 0 || j >= doc.defendants.length) return
    const list = doc.defendants.slice()
    const a = list[i]
    const b = list[j]
    if (!a || !b) return
    list[i] = b
    list[j] = a
    replace({ ...doc, defendants: list })
    setActive(j)
  }

  const exportMatter = async () => {
    try {
      const r = await call('matters:export', { id })
      await saveText(r.fileName, r.content)
      message.success(t('home.exported'))
    } catch (e) { message.error(errorText(e)) }
  }
  const anonymize = async () => {
    try {
      const r = await call('matters:anonymize', { id })
      await saveText(r.fileName, r.content)
      message.success(t('anonymize.done'))
    } catch (e) { message.error(errorText(e)) }
  }

  // the bar, the sections and the tabs are memoised: this component renders on every keystroke; their props stay the
  // same unless what they show changed
  const onBackClick = useStable(() => void back())
  const onReopen = useStable(() => onReload(id))
  const onExtract = useCallback(() => setExtractOpen(true), [])
  const onMemo = useCallback(() => setMemoOpen(true), [])
  const onStatements = useStable(async () => { await editor.flush(); window.location.hash = `#/statements/${encodeURIComponent(id)}` })
  const onExport = useStable(() => void exportMatter())
  const onAnonymize = useStable(() => void anonymize())
  const onVersions = useStable(async () => { await editor.flush(); setVersionsOpen(true) })
  const onAdd = useStable(addDefendant)
  const onMove = useStable(move)
  const onRemove = useStable(removeDefendant)
  const namesKey = doc.defendants.map((d) => d.name).join('\u0000')
  const names = useMemo(() => doc.defendants.map((d) => d.name), [namesKey])

  const saveText_ = {
    saved: t('editor.saved'), saving: t('editor.saving'), pending: t('editor.pending'),
    invalid: t('editor.invalid'), error: `${t('editor.saveFailed')}：${editor.saveError ?? ''}`
  }[editor.saveState]

  const issueLabel = (path: string): string => {
    const m = /^defendants\.(\d+)\.(.*)$/.exec(path)
    if (!m) return path
    const d = doc.defendants[Number(m[1])]
    const rest = m[2] ?? ''
    return `${d?.name || t('editor.unnamed')} · ${factPathLabels[rest] ?? rest}`
  }

  return (
    <EditorContext.Provider value={editor.fields}>
      <div className="editor" data-testid="editor">
        <EditorBar title={doc.matter.title} saveState={editor.saveState} saveText={saveText_} canUndo={editor.canUndo} canRedo={editor.canRedo}
          onBack={onBackClick} onReopen={onReopen} onUndo={undo} onRedo={redo} onExtract={onExtract} onMemo={onMemo} onStatements={onStatements}
          onExport={onExport} onAnonymize={onAnonymize} onVersions={onVersions} />
        {editor.issues.length > 0 && (
          <Alert type="error" showIcon className="issue-summary" data-testid="issue-summary"
            title={t('editor.issues')}
            description={<ul>{editor.issues.slice(0, 8).map((i, k) => <li key={k}><strong>{issueLabel(i.path)}</strong>{lang === 'zh' ? '：' : ': '}{inLanguage(i.message)}</li>)}</ul>} />
        )}
        <Row gutter={12} className="editor-body" wrap={false}>
          <Col flex="1 1 58%" className="form-col">
            {/* not an antd Form: the Form gives its items a new context on every render (antd 6), which re-rendered every field
                of the open form on each keystroke; the memoised sections carry their own Form (FormLayout) */}
            <div className="facts-form">
              <MatterInfoSection matter={doc.matter} open={infoOpen} issues={infoIssues} onOpenChange={setInfoOpen} />
              {doc.defendants.length > 1 && (
                <DefendantsOverview defendants={doc.defendants} analyses={outcome?.ok ? outcome.analysis.defendants : null} active={activeIndex} onSelect={setActive} />
              )}
              {/* the defendant actions sit outside the tab list: a tablist may own tabs only (ARIA) */}
              <DefendantActions activeIndex={activeIndex} count={doc.defendants.length} activeName={doc.defendants[activeIndex]?.name ?? ''}
                onAdd={onAdd} onMove={onMove} onRemove={onRemove} />
              <DefendantTabs names={names} activeIndex={activeIndex} onChange={setActive} />
            </div>
          </Col>
          <Col flex="1 1 42%" className="analysis-col">
            {lang !== 'zh' && <Typography.Paragraph type="secondary" className="legal-text-note" data-testid="legal-text-note">{t('analysis.legalChinese')}</Typography.Paragraph>}
            <AnalysisPanel analysis={defAnalysis} unavailable={unavailable} stale={!!editor.issues.length && !!editor.lastValid}
              defendant={analysedDefendant} asOf={outcome?.ok ? outcome.analysis.asOf : null} onOverride={onOverride}
              onGoToFact={onGoToFact} meta={analysisMeta} />
          </Col>
        </Row>
        {extractOpen && (
          <Suspense fallback={<Spin />}>
            <ExtractDialog open={extractOpen} onClose={() => setExtractOpen(false)} doc={doc} onApply={(next, n, m) => {
              replace(next)
              message.success(m ? t('extract.appliedSkipped', { n, m }) : t('extract.applied', { n }))
            }} />
          </Suspense>
        )}
        {memoOpen && (
          <Suspense fallback={<Spin />}>
            <MemoDrawer open={memoOpen} onClose={() => setMemoOpen(false)} doc={editor.lastValid} analysis={outcome?.ok ? outcome.analysis : null} valid={editor.issues.length === 0} />
          </Suspense>
        )}
        <VersionsModal open={versionsOpen} matterId={id} onClose={() => setVersionsOpen(false)} onRestored={(rid) => { setVersionsOpen(false); onReload(rid) }} />
      </div>
    </EditorContext.Provider>
  )
}

const MatterInfoFields = memo(function MatterInfoFields() {
  const { t, l } = useI18n()
  return (
    <FormLayout>
      <Row gutter={12}>
        <Col xs={24} md={12}><TextField path={['matter', 'title']} label={t('field.title')} required /></Col>
        <Col xs={24} md={12}><TextField path={['matter', 'caseNumber']} label={t('field.caseNumber')} /></Col>
        <Col xs={24} md={12}>
          <ChoiceField path={['matter', 'stage']} label={t('field.stage')} nullable={false} options={STAGES.map((s) => ({ value: s, label: l(stageLabels[s]) }))} />
        </Col>
        <Col xs={24} md={12}>
          <ChoiceField path={['matter', 'perspective']} label={t('field.perspective')} nullable={false} options={PERSPECTIVES.map((s) => ({ value: s, label: l(perspectiveLabels[s]) }))} />
        </Col>
        <Col xs={24} md={12}><DateField path={['matter', 'asOf']} label={t('field.asOf')} extra={t('field.asOfHelp')} /></Col>
        <Col xs={24} md={12}><TextField path={['matter', 'authority']} label={t('field.authority')} /></Col>
        <Col xs={24} md={12}><TextField path={['matter', 'counsel']} label={t('field.counsel')} /></Col>
        <Col xs={24} md={12}><TextField path={['matter', 'notes']} label={t('field.notes')} multiline /></Col>
        <Col xs={24} md={12}><TextField path={['matter', 'province']} label={l(MATTER_FIELDS.province.label)} extra={l(MATTER_FIELDS.province.help)} /></Col>
        <Col xs={24} md={12}>
          <ChoiceField path={['matter', 'accusation', 'document']} label={l(MATTER_FIELDS['accusation.document'].label)}
            options={ACCUSATION_DOCUMENTS.map((d) => ({ value: d, label: d }))} />
        </Col>
        <Col xs={24} md={12}><TextField path={['matter', 'accusation', 'number']} label={l(MATTER_FIELDS['accusation.number'].label)} /></Col>
        <Col xs={24} md={12}>
          <ChoiceField path={['matter', 'accusation', 'charge']} label={l(MATTER_FIELDS['accusation.charge'].label)}
            options={CHARGE_IDS.map((c) => ({ value: c, label: l(chargeLabels[c]) }))} />
        </Col>
        <Col span={24}><TextField path={['matter', 'accusation', 'facts']} label={l(MATTER_FIELDS['accusation.facts'].label)} multiline /></Col>
        <Col span={24}><TextField path={['matter', 'accusation', 'sentenceProposal']} label={l(MATTER_FIELDS['accusation.sentenceProposal'].label)} /></Col>
      </Row>
    </FormLayout>
  )
})

const EditorBar = memo(function EditorBar({ title, saveState, saveText, canUndo, canRedo, onBack, onReopen, onUndo, onRedo, onExtract, onMemo, onStatements,
  onExport, onAnonymize, onVersions }: {
  title: string; saveState: SaveState; saveText: string; canUndo: boolean; canRedo: boolean
  onBack: () => void; onReopen: () => void; onUndo: () => void; onRedo: () => void; onExtract: () => void; onMemo: () => void
  onStatements: () => void; onExport: () => void; onAnonymize: () => void; onVersions: () => void
}) {
  const { t } = useI18n()
  return (
    <div className="editor-bar">
      <Space wrap size={6}>
        <Button icon={<ArrowLeftOutlined />} onClick={onBack} data-testid="back-to-list">{t('editor.back')}</Button>
        <Typography.Title level={4} style={{ margin: 0 }} ellipsis data-testid="editor-title" lang={title ? 'zh-CN' : undefined}>{title || t('editor.unnamed')}</Typography.Title>
        <Badge status={saveBadge[saveState]} text={<span data-testid="save-state" data-state={saveState} aria-live="polite">{saveText}</span>} />
        {saveState === 'error' && <Button size="small" onClick={onReopen}>{t('editor.reopen')}</Button>}
      </Space>
      <Space wrap size={6}>
        <Tooltip title="Ctrl+Z"><Button icon={<UndoOutlined />} onClick={onUndo} disabled={!canUndo} aria-label={t('editor.undo')}>{t('editor.undo')}</Button></Tooltip>
        <Tooltip title="Ctrl+Shift+Z"><Button icon={<RedoOutlined />} onClick={onRedo} disabled={!canRedo} aria-label={t('editor.redo')}>{t('editor.redo')}</Button></Tooltip>
        <Button icon={<FileSearchOutlined />} onClick={onExtract} data-testid="extract-open">{t('extract.open')}</Button>
        <Button icon={<FileWordOutlined />} onClick={onMemo} data-testid="memo-open">{t('editor.memo')}</Button>
        <Button onClick={onStatements} data-testid="open-statements">{t('editor.statements')}</Button>
        <Button icon={<ExportOutlined />} onClick={onExport}>{t('editor.export')}</Button>
        <Button icon={<SafetyCertificateOutlined />} onClick={onAnonymize}>{t('editor.anonymize')}</Button>
        <Button icon={<HistoryOutlined />} onClick={onVersions}>{t('editor.versions')}</Button>
      </Space>
    </div>
  )
})

const MatterInfoSection = memo(function MatterInfoSection({ matter, open, issues, onOpenChange }: {
  matter: MatterDocument['matter']; open: boolean; issues: number; onOpenChange: (open: boolean) => void
}) {
  const { t, l } = useI18n()
  return (
    <Collapse
      size="small"
      className="form-section matter-info"
      data-testid="matter-info"
      activeKey={open ? ['info'] : []}
      onChange={(k) => onOpenChange(k.includes('info'))}
      items={[{
        key: 'info',
        label: (
          <span>
            <strong>{t('editor.matterInfo')}</strong>
            {!open && (
              <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
                {l(stageLabels[matter.stage])}
                {[matter.caseNumber, matter.authority].filter(Boolean).map((x, k) => <span key={k}> · <span lang="zh-CN">{x}</span></span>)}
                {matter.asOf ? ` · ${t('field.asOf')} ${matter.asOf}` : null}
              </Typography.Text>
            )}
            {!open && issues > 0 && <Tag color="red" style={{ marginLeft: 8 }}>{issues}</Tag>}
          </span>
        ),
        forceRender: true,
        children: <MatterInfoFields />
      }]}
    />
  )
})

const DefendantActions = memo(function DefendantActions({ activeIndex, count, activeName, onAdd, onMove, onRemove }: {
  activeIndex: number; count: number; activeName: string
  onAdd: () => void; onMove: (i: number, dir: -1 | 1) => void; onRemove: (i: number) => void
}) {
  const { t } = useI18n()
  return (
    <Space size={2} wrap className="defendant-actions" role="toolbar" aria-label={t('editor.defendantActions')}>
      <Button size="small" icon={<PlusOutlined />} onClick={onAdd}>{t('editor.addDefendant')}</Button>
      <Button size="small" icon={<LeftOutlined />} disabled={activeIndex === 0} onClick={() => onMove(activeIndex, -1)} aria-label={t('editor.moveLeft')} />
      <Button size="small" icon={<RightOutlined />} disabled={activeIndex >= count - 1} onClick={() => onMove(activeIndex, 1)} aria-label={t('editor.moveRight')} />
      {count > 1 && (
        <Button size="small" danger type="text" onClick={() => onRemove(activeIndex)}
          aria-label={`${t('editor.removeDefendant')} ${activeName}`.trim()}>{t('editor.removeDefendant')}</Button>
      )}
    </Space>
  )
})

/** One tab per defendant; only the active one holds its (memoised) form. */
const DefendantTabs = memo(function DefendantTabs({ names, activeIndex, onChange }: {
  names: readonly string[]; activeIndex: number; onChange: (index: number) => void
}) {
  const { t } = useI18n()
  const items = useMemo(() => names.map((name, i): { key: string; label: ReactNode; children: ReactNode } => ({
    key: String(i),
    label: <span data-testid={`defendant-tab-${i}`} lang={name ? 'zh-CN' : undefined}>{name || t('editor.unnamed')}</span>,
    children: i === activeIndex ? <DefendantForm index={i} /> : null
  })), [names, activeIndex, t])
  return <Tabs type="card" className="defendant-tabs" activeKey={String(activeIndex)} onChange={(k) => onChange(Number(k))} items={items} />
})
