// The student worksheet: read the facts, decide each element with a reason, pick the charge and the
// 情节严重 grounds, propose a sentence range; submit → the comparison with the analysis and the score.
import {
  App as AntApp, Alert, Button, Card, Checkbox, Col, Collapse, Descriptions, Divider, Form, Input, InputNumber, Popconfirm, Radio, Row, Select, Space, Tag, Typography
} from 'antd'
import { ArrowLeftOutlined, DownloadOutlined, FileWordOutlined } from '@ant-design/icons'
import { useEffect, useMemo, useState } from 'react'
import type { Status } from '../../../core/analysis/types'
import {
  excerptForStudents,
  ANSWER_KIND, CHARGE_IDS, CLINIC_FORMAT_VERSION, ELEMENT_IDS, SERIOUS_GROUND_IDS,
  SERIOUS_GROUND_LABELS, STATUSES, actualText, answerFileName, askedKinds, evaluateTwists, gradeAnswer, serializeAnswer,
  validateAnswer, type ElementId, type Exercise, type Graded, type StudentAnswer, type TwistOutcome
} from '../../../core/clinic'
import type { ChargeId, SeriousGroundId } from '../../../core/analysis/types'
import { base64ToBytes, call, downloadBlob, errorText, isElectron, saveText } from '../api'
import { ComparisonTable, RubricTable, ScoreCard, TwistOutcomes, UnverifiedNote } from './ComparisonView'
import { TWIST_KEY, analyze, analyzeOrThrow } from './helpers'
import { useI18n } from '../i18n'
import { inLanguage } from '../i18n/language'
import { chargeLabels } from '../labels'
import { elementKey, questionKey, statusKey } from './labels'

interface Draft {
  name: string
  number: string
  elements: Partial<Record<ElementId, { status: Status | null; reason: string }>>
  charge: ChargeId | null
  chargeReason: string
  grounds: SeriousGroundId[]
  noSentence: boolean
  min: number | null
  max: number | null
  open: Record<string, string>
}

const emptyDraft = (): Draft => ({ name: '', number: '', elements: {}, charge: null, chargeReason: '', grounds: [], noSentence: false, min: null, max: null, open: {} })

const DRAFT_KEY = (id: string) => `bangxin.clinic.draft.${id}`

function loadDraft(exerciseId: string): Draft {
  try {
    const raw = window.localStorage.getItem(DRAFT_KEY(exerciseId))
    if (!raw) return emptyDraft()
    const d = JSON.parse(raw) as Partial<Draft>
    return { ...emptyDraft(), ...d }
  } catch {
    return emptyDraft()
  }
}

function saveDraft(exerciseId: string, d: Draft): void {
  try {
    window.localStorage.setItem(DRAFT_KEY(exerciseId), JSON.stringify(d))
  } catch {
    // storage full or unavailable: the draft stays in memory only
  }
}

function toAnswer(ex: Exercise, d: Draft): StudentAnswer {
  const elements: StudentAnswer['elements'] = {}
  for (const id of ELEMENT_IDS) {
    const e = d.elements[id]
    if (e?.status) elements[id] = { status: e.status, reason: e.reason }
  }
  const asked = askedKinds(ex)
  return {
    kind: ANSWER_KIND,
    version: CLINIC_FORMAT_VERSION,
    exerciseId: ex.id,
    exerciseTitle: ex.title.slice(0, 200),
    defendantId: ex.defendantId,
    student: { name: d.name.trim(), number: d.number.trim() || null },
    elements,
    charge: d.charge,
    ...(d.chargeReason.trim() ? { chargeReason: d.chargeReason } : {}),
    seriousGrounds: asked.has('seriousGrounds') ? d.grounds : [],
    sentence: d.noSentence || d.min === null || d.max === null ? null : { minMonths: d.min, maxMonths: d.max },
    ...(Object.values(d.open).some((v) => v.trim()) ? { openAnswers: Object.fromEntries(Object.entries(d.open).filter(([, v]) => v.trim())) } : {}),
    submittedAt: new Date().toISOString()
  }
}

export function Worksheet({ exercise, onBack }: { exercise: Exercise; onBack: () => void }) {
  const { message } = AntApp.useApp()
  const { t, l } = useI18n()
  const [draft, setDraft] = useState<Draft>(() => loadDraft(exercise.id))
  // the draft survives leaving the page or closing the app (kept on this machine only)
  useEffect(() => saveDraft(exercise.id, draft), [exercise.id, draft])
  const [submitted, setSubmitted] = useState<{ answer: StudentAnswer; graded: Graded; twists: TwistOutcome[] } | null>(null)
  const [showKey, setShowKey] = useState(false)
  const [problems, setProblems] = useState<string[]>([])
  const asked = askedKinds(exercise)
  const defendant = exercise.document.defendants.find((d) => d.id === exercise.defendantId)
  const analyzed = useMemo(() => analyze(exercise.document), [exercise])
  const revealed = submitted !== null || !exercise.hideAnswerUntilSubmit

  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }))
  const setElement = (id: ElementId, patch: Partial<{ status: Status | null; reason: string }>) =>
    setDraft((d) => ({ ...d, elements: { ...d.elements, [id]: { status: null, reason: '', ...d.elements[id], ...patch } } }))

  const submit = () => {
    const answer = toAnswer(exercise, draft)
    const v = validateAnswer(answer)
    if (!v.ok) {
      setProblems(v.issues.map((i) => `${i.path === 'student.name' ? t('ws.name') : i.path}: ${inLanguage(i.message)}`))
      return
    }
    if (!analyzed.ok) {
      message.error(analyzed.error)
      return
    }
    setProblems([])
    const graded = gradeAnswer(exercise, analyzed.analysis, v.value)
    let twists: TwistOutcome[] = []
    try {
      twists = evaluateTwists(exercise, analyzed.analysis, analyzeOrThrow)
    } catch (e) {
      message.warning(t('ws.twistsFailed', { error: errorText(e) }))
    }
    setSubmitted({ answer: v.value, graded, twists })
  }

  const downloadAnswer = async () => {
    if (!submitted) return
    try {
      await saveText(answerFileName(submitted.answer), serializeAnswer(submitted.answer))
      message.success(t('ws.answerSaved'))
    } catch (e) {
      message.error(errorText(e))
    }
  }

  const exportMemo = async () => {
    // the worksheet goes along: after submitting, the memo carries the student's answers, the verdicts and the score
    const req = {
      document: exercise.document, kind: 'clinic' as const, defendantId: exercise.defendantId,
      worksheet: { exercise, answer: submitted?.answer ?? null }
    }
    try {
      if (isElectron()) {
        await call('memo:saveAs', req)
      } else {
        const r = await call('memo:build', req)
        downloadBlob(r.fileName, new Blob([base64ToBytes(r.base64)], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }))
      }
    } catch (e) {
      message.error(errorText(e))
    }
  }

  const locked = submitted !== null
  return (
    <div data-testid="worksheet" data-exercise={exercise.id}>
      <Space style={{ marginBottom: 8 }} wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={onBack}>{t('ws.back')}</Button>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="worksheet-title" lang="zh-CN">{exercise.title}</Typography.Title>
        {exercise.hideAnswerUntilSubmit && !submitted && <Tag color="blue">{t('ws.keyAfterSubmit')}</Tag>}
      </Space>
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('ws.narrative')} data-testid="narrative">
            {exercise.narrative ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} lang="zh-CN">{exercise.narrative}</Typography.Paragraph> : <Typography.Paragraph>{t('ws.noNarrative')}</Typography.Paragraph>}
            <Typography.Text type="secondary">{t('ws.defendant')}<span lang="zh-CN">{defendant?.name || exercise.defendantId}</span></Typography.Text>
            {exercise.source && (
              <Descriptions size="small" column={1} style={{ marginTop: 8 }} data-testid="source"
                items={[
                  { key: 't', label: t('ws.source'), children: <span lang="zh-CN">{exercise.source.title}</span> },
                  ...(exercise.source.url ? [{ key: 'u', label: t('ws.url'), children: exercise.source.url }] : []),
                  ...(revealed && excerptForStudents(exercise.source.excerpt) ? [{ key: 'e', label: t('ws.excerpt'), children: <span style={{ whiteSpace: 'pre-wrap' }} lang="zh-CN">{excerptForStudents(exercise.source.excerpt)}</span> }] : [])
                ]}
              />
            )}
          </Card>
          <Collapse style={{ marginTop: 8 }} size="small" items={[{ key: 'r', label: t('ws.rubric'), children: <RubricTable /> }]} />
        </Col>
        <Col xs={24} lg={14}>
          <Form layout="vertical" disabled={locked} data-testid="answer-form">
            <Card size="small" title={t('ws.student')}>
              <Space wrap>
                <Form.Item label={t('ws.name')} style={{ marginBottom: 0 }} required>
                  <Input aria-label={t('ws.studentName')} data-testid="student-name" value={draft.name} onChange={(e) => set({ name: e.target.value })} maxLength={100} />
                </Form.Item>
                <Form.Item label={t('ws.number')} style={{ marginBottom: 0 }}>
                  <Input aria-label={t('ws.number')} data-testid="student-number" value={draft.number} onChange={(e) => set({ number: e.target.value })} maxLength={100} />
                </Form.Item>
              </Space>
            </Card>
            {asked.has('elements') && (
              <Card size="small" title={t(questionKey('elements'))} style={{ marginTop: 8 }} data-testid="elements-question">
                {ELEMENT_IDS.map((id) => (
                  <div key={id} style={{ marginBottom: 8 }} data-testid={`element-${id}`}>
                    <Space wrap align="center">
                      <Typography.Text strong style={{ minWidth: 180, display: 'inline-block' }}>{t(elementKey(id))}</Typography.Text>
                      <Radio.Group
                        aria-label={t(elementKey(id))}
                        optionType="button"
                        size="small"
                        value={draft.elements[id]?.status ?? null}
                        onChange={(e) => setElement(id, { status: e.target.value as Status })}
                        options={STATUSES.map((s) => ({ value: s, label: t(statusKey(s)) }))}
                      />
                    </Space>
                    <Input.TextArea
                      aria-label={t('ws.reasonOf', { element: t(elementKey(id)) })}
                      data-testid={`reason-${id}`}
                      autoSize={{ minRows: 1, maxRows: 4 }}
                      placeholder={t('ws.reasonPlaceholder')}
                      value={draft.elements[id]?.reason ?? ''}
                      onChange={(e) => setElement(id, { reason: e.target.value })}
                      style={{ marginTop: 4 }}
                    />
                  </div>
                ))}
              </Card>
            )}
            {asked.has('charge') && (
              <Card size="small" title={t(questionKey('charge'))} style={{ marginTop: 8 }}>
                <Select<ChargeId>
                  aria-label={t('ws.charge')}
                  data-testid="charge-select"
                  style={{ width: '100%' }}
                  placeholder={t('ws.chargePlaceholder')}
                  value={draft.charge ?? undefined}
                  onChange={(v) => set({ charge: v })}
                  options={CHARGE_IDS.map((c) => ({ value: c, label: l(chargeLabels[c]) }))}
                />
                <Input.TextArea aria-label={t('ws.chargeReason')} placeholder={t('ws.optionalReason')} style={{ marginTop: 6 }} autoSize={{ minRows: 1, maxRows: 4 }}
                  value={draft.chargeReason} onChange={(e) => set({ chargeReason: e.target.value })} />
              </Card>
            )}
            {asked.has('seriousGrounds') && (
              <Card size="small" title={t(questionKey('seriousGrounds'))} style={{ marginTop: 8 }}>
                <Checkbox.Group
                  aria-label={t('ws.grounds')}
                  data-testid="grounds"
                  value={draft.grounds}
                  onChange={(v) => set({ grounds: v as SeriousGroundId[] })}
                  style={{ display: 'flex', flexDirection: 'column', gap: 2 }}
                  options={SERIOUS_GROUND_IDS.map((g) => ({ value: g, label: <span data-testid={`ground-${g}`} lang="zh-CN">{SERIOUS_GROUND_LABELS[g]}</span> }))}
                />
              </Card>
            )}
            {asked.has('sentence') && (
              <Card size="small" title={t(questionKey('sentence'))} style={{ marginTop: 8 }}>
                <Space wrap>
                  <InputNumber aria-label={t('ws.min')} data-testid="sentence-min" min={0} max={600} precision={0} addonAfter={t('ws.months')}
                    disabled={locked || draft.noSentence} value={draft.min} onChange={(v) => set({ min: v })} />
                  <span>{t('ws.to')}</span>
                  <InputNumber aria-label={t('ws.max')} data-testid="sentence-max" min={0} max={600} precision={0} addonAfter={t('ws.months')}
                    disabled={locked || draft.noSentence} value={draft.max} onChange={(v) => set({ max: v })} />
                  <Checkbox data-testid="no-sentence" checked={draft.noSentence} onChange={(e) => set({ noSentence: e.target.checked })}>{t('ws.noSentence')}</Checkbox>
                </Space>
              </Card>
            )}
            {exercise.questions.filter((q) => q.kind === 'open').map((q) => (
              <Card key={q.id} size="small" title={q.prompt ? <span lang="zh-CN">{q.prompt}</span> : t(questionKey('open'))} style={{ marginTop: 8 }}>
                <Input.TextArea aria-label={q.prompt || t('ws.open')} autoSize={{ minRows: 2, maxRows: 8 }} value={draft.open[q.id] ?? ''}
                  onChange={(e) => set({ open: { ...draft.open, [q.id]: e.target.value } })} />
              </Card>
            ))}
            {exercise.twists.length > 0 && (
              <Card size="small" title={t('ws.twists')} style={{ marginTop: 8 }} data-testid="twist-questions">
                {exercise.twists.map((tw) => (
                  <div key={tw.id} style={{ marginBottom: 8 }} lang="zh-CN">
                    <Typography.Text strong>{tw.label}</Typography.Text>
                    {tw.prompt && <Typography.Text type="secondary" style={{ marginLeft: 8 }}>{tw.prompt}</Typography.Text>}
                    <Input.TextArea aria-label={t('ws.twistQuestion', { label: tw.label })} autoSize={{ minRows: 1, maxRows: 6 }} style={{ marginTop: 4 }}
                      value={draft.open[`${TWIST_KEY}${tw.id}`] ?? ''} onChange={(e) => set({ open: { ...draft.open, [`${TWIST_KEY}${tw.id}`]: e.target.value } })} />
                  </div>
                ))}
              </Card>
            )}
          </Form>
          {problems.length > 0 && (
            <Alert type="error" showIcon style={{ marginTop: 8 }} data-testid="answer-problems" message={t('ws.problems')} description={<ul style={{ margin: 0 }}>{problems.map((p) => <li key={p}>{p}</li>)}</ul>} />
          )}
          <Space style={{ marginTop: 8 }} wrap>
            {!submitted ? (
              <>
                <Button type="primary" data-testid="submit-answer" onClick={submit}>{t('ws.submit')}</Button>
                <Popconfirm title={t('ws.clearConfirm')} okText={t('ws.clear')} cancelText={t('common.cancel')} onConfirm={() => { setDraft(emptyDraft()); setProblems([]) }}>
                  <Button data-testid="clear-answer">{t('ws.clearAnswer')}</Button>
                </Popconfirm>
              </>
            ) : (
              <>
                <Button icon={<DownloadOutlined />} data-testid="download-answer" onClick={() => void downloadAnswer()}>{t('ws.downloadAnswer')}</Button>
                <Button onClick={() => { setSubmitted(null); setShowKey(false) }}>{t('ws.edit')}</Button>
              </>
            )}
            {revealed && <Button icon={<FileWordOutlined />} data-testid="export-worksheet" onClick={() => void exportMemo()}>{submitted ? t('ws.exportGraded') : t('ws.exportKey')}</Button>}
            {!exercise.hideAnswerUntilSubmit && !submitted && (
              <Button data-testid="show-key" onClick={() => setShowKey((s) => !s)}>{showKey ? t('ws.hideKey') : t('ws.showKey')}</Button>
            )}
          </Space>
        </Col>
      </Row>

      {!analyzed.ok && <Alert type="error" showIcon style={{ marginTop: 12 }} message={analyzed.error} />}
      {submitted && (
        <div style={{ marginTop: 12 }} data-testid="results">
          <Divider titlePlacement="start">{t('ws.compare')}</Divider>
          <UnverifiedNote show={submitted.graded.comparison.unverified} />
          <ComparisonTable comparison={submitted.graded.comparison} />
          <Row gutter={16} style={{ marginTop: 12 }}>
            <Col xs={24} xl={12}><ScoreCard score={submitted.graded.score} /></Col>
            <Col xs={24} xl={12}><TwistOutcomes outcomes={submitted.twists} /></Col>
          </Row>
          {exercise.actual && (
            <Alert type="info" showIcon style={{ marginTop: 12 }} data-testid="actual-outcome" message={<>{t('ws.actual')}<span lang="zh-CN">{actualText(exercise.actual)}</span></>} />
          )}
        </div>
      )}
      {!submitted && showKey && analyzed.ok && <AnswerKey exercise={exercise} />}
    </div>
  )
}

/** The analysis shown without a student's answer (exercises that do not hide it). */
function AnswerKey({ exercise }: { exercise: Exercise }) {
  const { t } = useI18n()
  const r = analyze(exercise.document)
  if (!r.ok) return null
  const blank: StudentAnswer = {
    kind: ANSWER_KIND, version: CLINIC_FORMAT_VERSION, exerciseId: exercise.id, defendantId: exercise.defendantId, student: { name: '-', number: null },
    elements: {}, charge: null, seriousGrounds: [], sentence: null, submittedAt: new Date(0).toISOString()
  }
  const g = gradeAnswer(exercise, r.analysis, blank)
  return (
    <div style={{ marginTop: 12 }} data-testid="answer-key">
      <Divider titlePlacement="start">{t('ws.answerKey')}</Divider>
      <UnverifiedNote show={g.comparison.unverified} />
      <ComparisonTable comparison={g.comparison} />
    </div>
  )
}
