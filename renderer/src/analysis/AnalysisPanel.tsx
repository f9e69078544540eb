// The live analysis beside the form: conclusion, elements, thresholds, competing charges, sentencing.
import { Alert, Button, Card, Collapse, Empty, List, Progress, Slider, Space, Tag, Tooltip, Typography } from 'antd'
import { memo, useLayoutEffect, useMemo } from 'react'
import { relationPhrases } from './RelationPhrases'
import type {
  CandidateResult, CoDefendantsView, DefendantAnalysis, ElementResult, SentencingAdjustment, SentencingResult, Status, ThresholdMeasure
} from '../../../core/analysis/types'
import type { Defendant, Evidence, SentencingFactor } from '../../../core/matter/schema'
import { supportsFact } from '../editor/fields'
import { adjustmentRanges, inputForAnalysis, type FactorRange } from '../../../core/sentencing/index'
import { translate, useI18n } from '../i18n'
import { uiLanguage } from '../i18n/language'
import { chargeLabels, dispositionLabels, evidenceStatusLabels, penaltyKindLabels, sentencingFactorLabels, statusLabels } from '../labels'
import { wan } from '../paths'
import { Citations } from './Citation'
import { OUTCOME_LABELS } from '../../../core/outcome'
import { RELATION_PHRASES } from '../../../core/matter/fields'

/** Memo comparison for the panel's parts: each analysis (every keystroke, and again when the idle search is done)
 *  is a new object tree, mostly equal to the last one; a part renders again only when what it shows changed. */
function sameProps<P extends object>(a: P, b: P): boolean {
  for (const k of Object.keys(a) as (keyof P)[]) {
    const x = a[k]
    const y = b[k]
    if (x === y) continue
    if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object' || JSON.stringify(x) !== JSON.stringify(y)) return false
  }
  return true
}

const statusColor: Record<Status, string> = { met: 'green', notMet: 'red', undetermined: 'default' }
const outcomeLabel = (w: string): string => (OUTCOME_LABELS as Record<string, string>)[w] ?? w
const pct = (p: number | undefined | null): string => (p == null ? '' : ` ${Math.round(p * 100)}%`)

export function StatusTag({ status }: { status: Status }) {
  const { l } = useI18n()
  return <Tag color={statusColor[status]} className={`status-${status}`} data-status={status}>{l(statusLabels[status])}</Tag>
}

const months = (n: number): string => {
  const r = Math.round(n * 10) / 10
  const lang = uiLanguage()
  if (r < 12 || !Number.isInteger(r)) return translate(lang, 'analysis.months', { n: r })
  const y = Math.floor(r / 12)
  const m = Math.round((r - y * 12) * 10) / 10
  return m ? translate(lang, 'analysis.yearsMonths', { y, m }) : translate(lang, 'analysis.years', { y })
}

export interface AnalysisPanelProps {
  analysis: DefendantAnalysis | null
  /** message when there is no analysis */
  unavailable?: string | null
  stale: boolean
  /** the analysed defendant's facts and the analysis date (for the what-if factors) */
  defendant: Defendant | null
  asOf: string | null
  /** engine and law-library versions and the time the analysis took */
  meta?: { engineVersion: string; lawLibraryVersion: string; ms: number } | null
  /** write a what-if sentencing percent (undefined resets it) */
  onOverride: (factor: SentencingFactor, percent: number | undefined) => void
  /** go to the field of an open question (a fact path of the defendant) */
  onGoToFact?: (fact: string) => void
}

/** Fired on window after each commit that shows an analysis (detail: the defendant's id and the facts analysed); the
 *  keystroke bench (scripts/bench/ui-keystroke.ts) times a keystroke to the paint that follows it. Costs nothing unheard. */
export const ANALYSIS_SHOWN_EVENT = 'bangxin:analysis-shown'

export const AnalysisPanel = memo(function AnalysisPanel({ analysis, unavailable, stale, defendant, asOf, meta, onOverride, onGoToFact }: AnalysisPanelProps) {
  const { t, l } = useI18n()
  useLayoutEffect(() => {
    if (analysis) window.dispatchEvent(new CustomEvent(ANALYSIS_SHOWN_EVENT, { detail: { defendantId: analysis.id, facts: defendant } }))
  }, [analysis, defendant])
  if (!analysis) {
    return (
      <div className="analysis-panel" data-testid="analysis-panel">
        <Alert type="info" showIcon title={unavailable ?? t('editor.analysisStale')} />
      </div>
    )
  }
  const a = analysis
  const sc = a.seriousCircumstances
  const groundLabel = new Map<string, { label: string; citations: string[] }>()
  for (const r of sc.regimes) for (const g of r.grounds) if (!groundLabel.has(g.id)) groundLabel.set(g.id, { label: g.label, citations: g.citations })
  const prevailing = a.candidates.find((c) => c.charge === a.prevailingCharge)
  const seriousText = sc.met === true ? t('analysis.serious.met') : sc.met === false ? t('analysis.serious.notMet') : t('analysis.serious.undetermined')

  return (
    <div className="analysis-panel" data-testid="analysis-panel">
      {stale && <Alert type="warning" showIcon title={t('editor.analysisStale')} style={{ marginBottom: 8 }} data-testid="analysis-stale" />}
      <Card size="small" className={`headline headline-${a.prevailingCharge}`}>
        <div className="headline-line" aria-live="polite" data-testid="analysis-headline" data-charge={a.prevailingCharge} data-disposition={a.disposition}>
          <strong>{l(chargeLabels[a.prevailingCharge])}</strong>
          <span className="sep">·</span>
          <span>{l(dispositionLabels[a.disposition])}</span>
          {prevailing?.tier && <Tag style={{ marginLeft: 8 }} lang="zh-CN">{prevailing.tier}</Tag>}
        </div>
        {a.openQuestions.length > 0 ? (
          <div className="open-questions" data-testid="open-questions">
            <Typography.Text strong>{t('analysis.openQuestions')}</Typography.Text>
            <ol>
              {a.openQuestions.map((q) => (
                <li key={q.fact} data-fact={q.fact} lang="zh-CN">
                  <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onGoToFact?.(q.fact)} data-testid="open-question-link">{q.label}</Button>
                  <Typography.Text type="secondary">：{q.effect}</Typography.Text>
                </li>
              ))}
            </ol>
          </div>
        ) : a.dispositionWhy && <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }} data-testid="disposition-why" lang="zh-CN">{a.dispositionWhy}</Typography.Paragraph>}
        <div data-testid="serious-line" data-met={String(sc.met)} className="serious-line">
          <Typography.Text strong>{t('analysis.serious')}：</Typography.Text>
          <Tag color={sc.met === true ? 'volcano' : sc.met === false ? 'green' : 'default'}>{seriousText}</Tag>
          {sc.basis.length > 0 && (
            <ul className="basis-list" data-testid="serious-basis">
              {sc.basis.map((id) => {
                const g = groundLabel.get(id)
                return (
                  <li key={id} data-ground={id}>
                    <span lang="zh-CN">{g?.label ?? id}</span> <Citations ids={g?.citations.length ? g.citations : [id]} />
                  </li>
                )
              })}
            </ul>
          )}
        </div>
        {(sc.regimeWhy || sc.regimeUsed) && (
          <div className="regime" data-testid="regime-used">
            <Typography.Text strong>{t('analysis.regime')}：</Typography.Text>
            <Typography.Text lang="zh-CN">{sc.regimeWhy || sc.regimeUsed}</Typography.Text>
          </div>
        )}
      </Card>

      {a.warnings.length > 0 && (
        <Alert type="warning" showIcon style={{ marginTop: 8 }} data-testid="analysis-warnings"
          title={t('analysis.warnings')}
          description={<ul className="warn-list" lang="zh-CN">{a.warnings.map((w, i) => <li key={i}>{w}</li>)}</ul>} />
      )}

      <Card size="small" title={t('analysis.elements')} style={{ marginTop: 8 }}>
        <ElementList elements={a.elements} evidence={defendant?.evidence ?? []} testid="elements" />
      </Card>

      <Card size="small" title={t('analysis.thresholds')} style={{ marginTop: 8 }} data-testid="thresholds">
        {a.thresholds.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> : a.thresholds.map((m, i) => <Gauge key={`${m.groundId}-${i}`} m={m} />)}
      </Card>

      <Card size="small" title={t('analysis.competition')} style={{ marginTop: 8 }} data-testid="competition">
        {a.competition.text && <Typography.Paragraph style={{ marginBottom: 6 }}><span lang="zh-CN">{a.competition.text}</span> <Citations ids={a.competition.citations} /></Typography.Paragraph>}
        <List size="small" dataSource={a.candidates} renderItem={(c) => <CandidateItem c={c} prevailing={c.charge === a.prevailingCharge} />} />
        {a.pivots.length > 0 && (
          <>
            <Typography.Text strong>{t('analysis.pivots')}</Typography.Text>
            <ul className="pivot-list" data-testid="pivots">
              {a.pivots.map((p, i) => (
                <li key={i}><span lang="zh-CN">{p.text}</span> → <Tag>{l(chargeLabels[p.resultingCharge])}</Tag><Citations ids={p.citations} /></li>
              ))}
            </ul>
          </>
        )}
      </Card>

      {a.coDefendants && <CoDefendantsCard v={a.coDefendants} />}

      <Card size="small" title={t('analysis.sentencing')} style={{ marginTop: 8 }} data-testid="sentencing">
        {a.sentencing ? (
          <SentencingView s={a.sentencing} whatIf={<WhatIf da={a} defendant={defendant} asOf={asOf} present={a.sentencing.adjustments.map((x) => x.factor)} onOverride={onOverride} />} onOverride={onOverride} />
        ) : (
          <Typography.Text type="secondary">{a.prevailingCharge !== 'none' ? t('analysis.sentencingUnavailable') : a.disposition === 'undetermined' ? t('analysis.sentencingUndetermined') : t('analysis.sentencingNone')}</Typography.Text>
        )}
      </Card>

      {a.outcome && (
        <Card size="small" title={t('analysis.outcome')} style={{ marginTop: 8 }} data-testid="outcome" data-likely={a.outcome.likely}>
          <Typography.Paragraph style={{ marginBottom: 4 }}>
            <Typography.Text strong>{t('analysis.outcomeLikely')}：</Typography.Text>
            <Tag color="blue"><span lang="zh-CN">{outcomeLabel(a.outcome.likely)}</span>{pct(a.outcome.probabilities?.[a.outcome.likely])}</Tag>
          </Typography.Paragraph>
          <div data-testid="outcome-open">
            <Typography.Text type="secondary">{t('analysis.outcomeOpen')}：</Typography.Text>
            {a.outcome.open.map((w) => <Tag key={w} data-outcome={w}><span lang="zh-CN">{outcomeLabel(w)}</span>{pct(a.outcome?.probabilities?.[w])}</Tag>)}
          </div>
          <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0', fontSize: 12 }}><span lang="zh-CN">{a.outcome.why}</span> <Citations ids={a.outcome.citations} /></Typography.Paragraph>
        </Card>
      )}

      {a.similarCases && <SimilarCases cases={a.similarCases} />}

      {a.trace.length > 0 && <Trace trace={a.trace} />}
      {meta && (
        <div className="analysis-meta" data-testid="analysis-meta">
          {t('analysis.meta', { engine: meta.engineVersion, law: meta.lawLibraryVersion, asOf: asOf ?? '—', ms: Math.max(1, Math.round(meta.ms)) })}
        </div>
      )}
    </div>
  )
})

/** 同案人关系: the links both ways, then the notes they call for (a clause, a question, a 核对 item). */
function CoDefendantsCard({ v }: { v: CoDefendantsView }) {
  const { t, lang } = useI18n()
  const groups = [
    [RELATION_PHRASES.recruitedBy.out, v.recruitedBy], [RELATION_PHRASES.directedBy.out, v.directedBy], [RELATION_PHRASES.suppliedTo.out, v.suppliedTo],
    [RELATION_PHRASES.recruitedBy.in, v.recruited], [RELATION_PHRASES.directedBy.in, v.directed], [RELATION_PHRASES.suppliedTo.in, v.suppliedBy]
  ] as const
  const links = relationPhrases(groups.filter(([, refs]) => refs.length > 0).map(([template, refs]) => ({ template, names: refs.map((r) => r.name) })), lang)
  return (
    <Card size="small" title={t('analysis.coDefendants')} style={{ marginTop: 8 }} data-testid="co-defendants">
      {links !== null && <Typography.Paragraph style={{ marginBottom: 6 }} data-testid="co-defendants-links">{links}</Typography.Paragraph>}
      {v.notes.length > 0 && (
        <ul className="warn-list" data-testid="co-defendants-notes">
          {v.notes.map((n, i) => (
            <li key={i} data-kind={n.kind}>
              {n.kind !== 'note' && <Tag color={n.kind === 'check' ? 'orange' : 'blue'}>{t(`analysis.coDefendants.${n.kind}`)}</Tag>}
              <span lang="zh-CN">{n.text}</span> {n.citations.length > 0 && <Citations ids={n.citations} />}
            </li>
          ))}
        </ul>
      )}
    </Card>
  )
}

const ElementList = memo(function ElementList({ elements, evidence, testid }: { elements: ElementResult[]; evidence: Evidence[]; testid: string }) {
  const { t, l } = useI18n()
  return (
    <ul className="element-list" data-testid={testid}>
      {elements.map((e) => {
        const items = evidence.filter((ev) => ev.supports.some((s) => e.facts.some((f) => supportsFact(s, f))))
        return (
          <li key={e.id} data-element={e.id} data-status={e.status}>
            <StatusTag status={e.status} /> <strong lang="zh-CN">{e.label}</strong>
            {items.map((ev) => (
              <Tag key={ev.id} className="evidence-badge" data-evidence={ev.status ?? ''}
                color={ev.status === 'verified' ? 'green' : ev.status === 'disputed' ? 'gold' : ev.status === 'missing' ? 'red' : 'default'}>
                {t('analysis.evidenceGap')} {ev.id} <span lang="zh-CN">{ev.title}</span>：{ev.status ? l(evidenceStatusLabels[ev.status]) : t('evidence.unmarked')}
              </Tag>
            ))}
            <div className="why"><span lang="zh-CN">{e.why}</span> <Citations ids={e.citations} /></div>
          </li>
        )
      })}
    </ul>
  )
}, sameProps)

const Gauge = memo(function Gauge({ m }: { m: ThresholdMeasure }) {
  const { t } = useI18n()
  const pct = m.value === null ? 0 : Math.min(100, Math.round((m.value / m.threshold) * 100))
  const fmt = (n: number) => (m.unit === 'yuan' ? wan(n) : String(n))
  const reached = m.reached === true && !m.inapplicable
  const gapText = m.inapplicable ? t('analysis.thresholdInapplicable') : m.reached === true ? t('analysis.thresholdReached') : m.gap === null ? t('analysis.thresholdUnknown') : t('analysis.thresholdGap', { gap: fmt(m.gap) })
  return (
    <div className="gauge" data-testid="gauge" data-ground={m.groundId} data-reached={String(m.reached)} data-applicable={String(!m.inapplicable)}>
      <div className="gauge-head">
        <span lang="zh-CN">{m.quantity}</span>
        <span className="gauge-nums">{m.value === null ? '—' : fmt(m.value)} / {fmt(m.threshold)}</span>
      </div>
      <div lang="zh-CN"><Progress percent={pct} size="small" showInfo={false} status={reached ? 'success' : 'normal'}
        strokeColor={reached ? undefined : m.value === null || m.inapplicable ? '#bfbfbf' : '#1677ff'} aria-label={m.text} /></div>
      <div className="gauge-foot"><Typography.Text type={reached ? 'success' : 'secondary'}>{gapText}</Typography.Text> <Citations ids={m.citations} /></div>
      {m.text && <div className="gauge-text" lang="zh-CN">{m.text}{m.inapplicable ? `；${m.inapplicable}` : ''}</div>}
    </div>
  )
}, sameProps)

const CandidateItem = memo(function CandidateItem({ c, prevailing }: { c: CandidateResult; prevailing: boolean }) {
  const { t, l } = useI18n()
  const est = c.established === true ? t('analysis.established') : c.established === false ? t('analysis.notEstablished') : t('analysis.undetermined')
  return (
    <List.Item data-testid="candidate" data-charge={c.charge} data-established={String(c.established)}>
      <div style={{ width: '100%' }}>
        <Space wrap size={4}>
          <strong lang="zh-CN">{c.label || l(chargeLabels[c.charge])}</strong>
          <Tag color={c.established === true ? 'green' : c.established === false ? 'default' : 'gold'}>{est}</Tag>
          {prevailing && <Tag color="blue">{t('analysis.prevailing')}</Tag>}
          {c.statutoryRange && <Tooltip title={<span lang="zh-CN">{c.statutoryRange.label}</span>}><Tag>{t('analysis.statutoryRange')}：{months(c.statutoryRange.minMonths)}–{months(c.statutoryRange.maxMonths)}</Tag></Tooltip>}
        </Space>
        <div className="why"><span lang="zh-CN">{c.why}</span> <Citations ids={c.citations} /></div>
        {c.warnings.map((w, i) => <Typography.Text key={i} type="warning" style={{ display: 'block' }} lang="zh-CN">{w}</Typography.Text>)}
      </div>
    </List.Item>
  )
}, sameProps)

function SentencingView({ s, whatIf, onOverride }: { s: SentencingResult; whatIf: React.ReactNode; onOverride: (f: SentencingFactor, v: number | undefined) => void }) {
  const { t, l } = useI18n()
  return (
    <div>
      <div className="sentence-line" data-testid="sentence-range" data-min={s.rangeMonths.min} data-max={s.rangeMonths.max}>
        <Typography.Text strong>{t('analysis.estimateRange')}：</Typography.Text>
        {l(penaltyKindLabels[s.penaltyKind])} {s.pointMonths != null && s.pointMonths > 0 ? `${t('analysis.point')} ${months(s.pointMonths)}${t('analysis.comma')}` : ''}
        {s.interval != null ? `${Math.round(s.interval * 100)}% ${t('analysis.interval')} ` : ''}{months(s.rangeMonths.min)}–{months(s.rangeMonths.max)}
        <Tag style={{ marginLeft: 8 }} color={s.probationLikely ? 'green' : 'default'}>
          {s.probationLikely ? t('analysis.probationLikely') : t('analysis.probationUnlikely')}{s.probationProbability != null ? `（${Math.round(s.probationProbability * 100)}%）` : ''}
        </Tag>
      </div>
      {s.provinceNote && <div className="muted" data-testid="province-note" lang="zh-CN">{s.provinceNote}</div>}
      <div className="muted">{t('analysis.baseMonths')}：{months(s.baseMonths)}（{t('analysis.startingPoint')} {months(s.startingPointMonths.min)}–{months(s.startingPointMonths.max)}）</div>
      <div className="muted">{t('analysis.fine')}：{s.fine.minYuan.toLocaleString('zh-CN')}–{s.fine.maxYuan.toLocaleString('zh-CN')} {t('common.yuan')} <Citations ids={s.fine.citations} /></div>
      {s.probationWhy && <div className="muted" lang="zh-CN">{s.probationWhy}</div>}
      {s.dispositionWhy && <div className="muted" lang="zh-CN">{s.dispositionWhy}</div>}
      <Collapse size="small" ghost style={{ margin: '2px 0 6px' }}
        items={[{ key: 'basis', label: <Typography.Text type="secondary">{t('analysis.basisNote')}</Typography.Text>, children: <div className="muted" data-testid="sentencing-basis" lang="zh-CN">{s.basisNote}</div> }]} />
      {s.adjustments.length > 0 && <Typography.Text strong>{t('analysis.adjustments')}</Typography.Text>}
      {s.adjustments.map((a) => <AdjustmentSlider key={a.factor} a={a} onOverride={onOverride} />)}
      {whatIf}
      {s.ancillary.length > 0 && <ul className="warn-list" lang="zh-CN">{s.ancillary.map((x, i) => <li key={i}>{x}</li>)}</ul>}
      <Citations ids={s.citations} />
    </div>
  )
}

function AdjustmentSlider({ a, onOverride }: { a: SentencingAdjustment; onOverride: (f: SentencingFactor, v: number | undefined) => void }) {
  const { t, l, lang } = useI18n()
  const min = Math.min(a.range.min, a.range.max)
  const max = Math.max(a.range.min, a.range.max)
  const label = lang === 'zh' && a.label ? a.label : l(sentencingFactorLabels[a.factor])
  return (
    <div className="adjustment" data-testid={`adjustment-${a.factor}`} data-percent={a.percent}>
      <div className="adjustment-head">
        <span>{label}</span>
        <span>
          <strong data-testid={`adjustment-value-${a.factor}`}>{a.percent > 0 ? '+' : ''}{a.percent}%</strong>
          <span className="muted">（{min}% ~ {max}%）</span>
          {a.overridden && (
            <Button size="small" type="link" onClick={() => onOverride(a.factor, undefined)}>{t('analysis.resetOverride')}</Button>
          )}
        </span>
      </div>
      <Slider
        min={min}
        max={max}
        step={1}
        value={Math.max(min, Math.min(max, a.percent))}
        disabled={min === max}
        onChange={(v: number) => onOverride(a.factor, Math.max(min, Math.min(max, v)))}
        tooltip={{ formatter: (v) => `${v}%` }}
        aria-label={t('analysis.adjustmentAria', { label })}
        ariaLabelForHandle={t('analysis.adjustmentAria', { label })}
      />
      <div className="why"><span lang="zh-CN">{a.why}</span> <Citations ids={a.citations} /></div>
    </div>
  )
}

/** Factors the law allows for this defendant but the facts do not establish: add one to try it. */
function WhatIf({ da, defendant, asOf, present, onOverride }: {
  da: DefendantAnalysis; defendant: Defendant | null; asOf: string | null; present: SentencingFactor[]
  onOverride: (f: SentencingFactor, v: number | undefined) => void
}) {
  const { t, l, lang } = useI18n()
  const candidates = useMemo((): FactorRange[] => {
    if (!defendant || !asOf) return []
    try {
      const input = inputForAnalysis(defendant, da, { asOf })
      return input ? adjustmentRanges(input).filter((r) => r.available && !r.applies && !present.includes(r.factor)) : []
    } catch {
      return []
    }
  }, [defendant, asOf, da, present])
  if (candidates.length === 0) return null
  const start = (r: FactorRange): number => {
    const v = r.defaultPercent !== 0 ? r.defaultPercent : Math.round((r.range.min + r.range.max) / 2)
    return Math.max(r.range.min, Math.min(r.range.max, v))
  }
  return (
    <div className="what-if" data-testid="what-if">
      <Typography.Text type="secondary">{t('analysis.whatIf')}</Typography.Text>
      <div>
        {candidates.map((r) => (
          <Tooltip key={r.factor} title={<><span lang="zh-CN">{r.why}</span>{t('analysis.range', { min: r.range.min, max: r.range.max })}</>}>
            <Button size="small" style={{ margin: '2px 4px 2px 0' }} onClick={() => onOverride(r.factor, start(r))}>
              + {lang === 'zh' && r.label ? r.label : l(sentencingFactorLabels[r.factor])}
            </Button>
          </Tooltip>
        ))}
      </div>
    </div>
  )
}

const SimilarCases = memo(function SimilarCases({ cases }: { cases: NonNullable<DefendantAnalysis['similarCases']> }) {
  const { t } = useI18n()
  return (
    <Card size="small" title={t('analysis.similar')} style={{ marginTop: 8 }} data-testid="similar-cases">
      {cases.length === 0 ? <Typography.Text type="secondary">{t('analysis.similarNone')}</Typography.Text> : (
        <ol className="similar-list">
          {cases.map((c) => (
            <li key={c.id} data-case={c.id}>
              <span lang="zh-CN"><Typography.Text strong>{c.title}</Typography.Text>（{c.decided ?? '—'}）：{c.outcome ? outcomeLabel(c.outcome) : '—'}</span>{c.months !== null ? ` ${t('analysis.months', { n: c.months })}` : ''}
              <div style={{ fontSize: 12 }}><Typography.Text type="secondary" lang="zh-CN">{c.why}</Typography.Text></div>
              <div style={{ fontSize: 12 }}><Typography.Text copyable={{ text: c.url }} type="secondary">{c.url}</Typography.Text></div>
            </li>
          ))}
        </ol>
      )}
    </Card>
  )
}, sameProps)

const Trace = memo(function Trace({ trace }: { trace: DefendantAnalysis['trace'] }) {
  const { t } = useI18n()
  return (
    <Collapse size="small" style={{ marginTop: 8 }}
      items={[{
        key: 'trace', label: t('analysis.trace'),
        children: <ol className="trace">{trace.map((s, i) => <li key={i}><span lang="zh-CN">{s.text}</span> <Citations ids={s.citations} /></li>)}</ol>
      }]} />
  )
}, sameProps)
