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
  ANSWER_KIND, CHARGE_IDS, CHARGE_LABELS, CLINIC_FORMAT_VERSION, ELEMENT_IDS, ELEMENT_LABELS, QUESTION_KIND_LABELS, SERIOUS_GROUND_IDS,
  SERIOUS_GROUND_LABELS, STATUS_LABELS, STATUSES, actualText, answerFileName, askedKinds, evaluateTwists, gradeAnswer, serializeAnswer,
  validateAnswer, type ElementId, type Exercise, type Graded, type StudentAnswer, type TwistOutcome
} from '../../../core/clinic'
import type { ChargeId, SeriousGroundId } from '../../../core/analysis/types'
import { base64ToBytes, call, downloadBlob, errorText, isElectron, saveText } from '../api'
import { ComparisonTable, RubricTable, ScoreCard, TwistOutcomes, UnverifiedNote } from './ComparisonView'
import { TWIST_KEY, analyze, analyzeOrThrow } from './helpers'

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
      setProblems(v.issues.map((i) => `${i.path === 'student.name' ? '姓名' : i.path}：${i.message}`))
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
      message.warning(`事实变化未能重新分析：${errorText(e)}`)
    }
    setSubmitted({ answer: v.value, graded, twists })
  }

  const downloadAnswer = async () => {
    if (!submitted) return
    try {
      await saveText(answerFileName(submitted.answer), serializeAnswer(submitted.answer))
      message.success('答卷文件已导出，可交给教师导入')
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
        <Button icon={<ArrowLeftOutlined />} onClick={onBack}>返回练习列表</Button>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="worksheet-title">{exercise.title}</Typography.Title>
        {exercise.hideAnswerUntilSubmit && !submitted && <Tag color="blue">提交后显示参考答案</Tag>}
      </Space>
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Card size="small" title="案情" data-testid="narrative">
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{exercise.narrative || '（无叙述）'}</Typography.Paragraph>
            <Typography.Text type="secondary">分析对象：{defendant?.name || exercise.defendantId}</Typography.Text>
            {exercise.source && (
              <Descriptions size="small" column={1} style={{ marginTop: 8 }} data-testid="source"
                items={[
                  { key: 't', label: '来源', children: exercise.source.title },
                  ...(exercise.source.url ? [{ key: 'u', label: '网址', children: exercise.source.url }] : []),
                  ...(revealed && excerptForStudents(exercise.source.excerpt) ? [{ key: 'e', label: '来源摘录', children: <span style={{ whiteSpace: 'pre-wrap' }}>{excerptForStudents(exercise.source.excerpt)}</span> }] : [])
                ]}
              />
            )}
          </Card>
          <Collapse style={{ marginTop: 8 }} size="small" items={[{ key: 'r', label: '评分规则（公开）', children: <RubricTable /> }]} />
        </Col>
        <Col xs={24} lg={14}>
          <Form layout="vertical" disabled={locked} data-testid="answer-form">
            <Card size="small" title="答题人">
              <Space wrap>
                <Form.Item label="姓名" style={{ marginBottom: 0 }} required>
                  <Input aria-label="学生姓名" data-testid="student-name" value={draft.name} onChange={(e) => set({ name: e.target.value })} maxLength={100} />
                </Form.Item>
                <Form.Item label="学号" style={{ marginBottom: 0 }}>
                  <Input aria-label="学号" data-testid="student-number" value={draft.number} onChange={(e) => set({ number: e.target.value })} maxLength={100} />
                </Form.Item>
              </Space>
            </Card>
            {asked.has('elements') && (
              <Card size="small" title={QUESTION_KIND_LABELS.elements} style={{ marginTop: 8 }} data-testid="elements-question">
                {ELEMENT_IDS.map((id) => (
                  <div key={id} style={{ marginBottom: 8 }} data-testid={`element-${id}`}>
                    <Space wrap align="center">
                      <Typography.Text strong style={{ minWidth: 180, display: 'inline-block' }}>{ELEMENT_LABELS[id]}</Typography.Text>
                      <Radio.Group
                        aria-label={ELEMENT_LABELS[id]}
                        optionType="button"
                        size="small"
                        value={draft.elements[id]?.status ?? null}
                        onChange={(e) => setElement(id, { status: e.target.value as Status })}
                        options={STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
                      />
                    </Space>
                    <Input.TextArea
                      aria-label={`${ELEMENT_LABELS[id]}的理由`}
                      data-testid={`reason-${id}`}
                      autoSize={{ minRows: 1, maxRows: 4 }}
                      placeholder="理由（至少 5 个字）"
                      value={draft.elements[id]?.reason ?? ''}
                      onChange={(e) => setElement(id, { reason: e.target.value })}
                      style={{ marginTop: 4 }}
                    />
                  </div>
                ))}
              </Card>
            )}
            {asked.has('charge') && (
              <Card size="small" title={QUESTION_KIND_LABELS.charge} style={{ marginTop: 8 }}>
                <Select<ChargeId>
                  aria-label="罪名"
                  data-testid="charge-select"
                  style={{ width: '100%' }}
                  placeholder="选择罪名"
                  value={draft.charge ?? undefined}
                  onChange={(v) => set({ charge: v })}
                  options={CHARGE_IDS.map((c) => ({ value: c, label: CHARGE_LABELS[c] }))}
                />
                <Input.TextArea aria-label="罪名理由" placeholder="理由（可选）" style={{ marginTop: 6 }} autoSize={{ minRows: 1, maxRows: 4 }}
                  value={draft.chargeReason} onChange={(e) => set({ chargeReason: e.target.value })} />
              </Card>
            )}
            {asked.has('seriousGrounds') && (
              <Card size="small" title={QUESTION_KIND_LABELS.seriousGrounds} style={{ marginTop: 8 }}>
                <Checkbox.Group
                  aria-label="情节严重依据"
                  data-testid="grounds"
                  value={draft.grounds}
                  onChange={(v) => set({ grounds: v as SeriousGroundId[] })}
                  style={{ display: 'flex', flexDirection: 'column', gap: 2 }}
                  options={SERIOUS_GROUND_IDS.map((g) => ({ value: g, label: <span data-testid={`ground-${g}`}>{SERIOUS_GROUND_LABELS[g]}</span> }))}
                />
              </Card>
            )}
            {asked.has('sentence') && (
              <Card size="small" title={QUESTION_KIND_LABELS.sentence} style={{ marginTop: 8 }}>
                <Space wrap>
                  <InputNumber aria-label="刑期下限（月）" data-testid="sentence-min" min={0} max={600} precision={0} addonAfter="月"
                    disabled={locked || draft.noSentence} value={draft.min} onChange={(v) => set({ min: v })} />
                  <span>至</span>
                  <InputNumber aria-label="刑期上限（月）" data-testid="sentence-max" min={0} max={600} precision={0} addonAfter="月"
                    disabled={locked || draft.noSentence} value={draft.max} onChange={(v) => set({ max: v })} />
                  <Checkbox data-testid="no-sentence" checked={draft.noSentence} onChange={(e) => set({ noSentence: e.target.checked })}>不判处刑罚（不构成犯罪等）</Checkbox>
                </Space>
              </Card>
            )}
            {exercise.questions.filter((q) => q.kind === 'open').map((q) => (
              <Card key={q.id} size="small" title={q.prompt || QUESTION_KIND_LABELS.open} style={{ marginTop: 8 }}>
                <Input.TextArea aria-label={q.prompt || '开放问题'} autoSize={{ minRows: 2, maxRows: 8 }} value={draft.open[q.id] ?? ''}
                  onChange={(e) => set({ open: { ...draft.open, [q.id]: e.target.value } })} />
              </Card>
            ))}
            {exercise.twists.length > 0 && (
              <Card size="small" title="事实变化思考题（提交后显示重新分析的结论，不计分）" style={{ marginTop: 8 }} data-testid="twist-questions">
                {exercise.twists.map((t) => (
                  <div key={t.id} style={{ marginBottom: 8 }}>
                    <Typography.Text strong>{t.label}</Typography.Text>
                    {t.prompt && <Typography.Text type="secondary" style={{ marginLeft: 8 }}>{t.prompt}</Typography.Text>}
                    <Input.TextArea aria-label={`思考题：${t.label}`} autoSize={{ minRows: 1, maxRows: 6 }} style={{ marginTop: 4 }}
                      value={draft.open[`${TWIST_KEY}${t.id}`] ?? ''} onChange={(e) => set({ open: { ...draft.open, [`${TWIST_KEY}${t.id}`]: e.target.value } })} />
                  </div>
                ))}
              </Card>
            )}
          </Form>
          {problems.length > 0 && (
            <Alert type="error" showIcon style={{ marginTop: 8 }} data-testid="answer-problems" message="请先补全答卷" description={<ul style={{ margin: 0 }}>{problems.map((p) => <li key={p}>{p}</li>)}</ul>} />
          )}
          <Space style={{ marginTop: 8 }} wrap>
            {!submitted ? (
              <>
                <Button type="primary" data-testid="submit-answer" onClick={submit}>提交并对照</Button>
                <Popconfirm title="清空本练习的全部作答？" okText="清空" cancelText="取消" onConfirm={() => { setDraft(emptyDraft()); setProblems([]) }}>
                  <Button data-testid="clear-answer">清空作答</Button>
                </Popconfirm>
              </>
            ) : (
              <>
                <Button icon={<DownloadOutlined />} data-testid="download-answer" onClick={() => void downloadAnswer()}>导出答卷文件</Button>
                <Button onClick={() => { setSubmitted(null); setShowKey(false) }}>修改答案</Button>
              </>
            )}
            {revealed && <Button icon={<FileWordOutlined />} data-testid="export-worksheet" onClick={() => void exportMemo()}>{submitted ? '导出练习文书（含作答、评分与参考答案）' : '导出练习文书（含参考答案）'}</Button>}
            {!exercise.hideAnswerUntilSubmit && !submitted && (
              <Button data-testid="show-key" onClick={() => setShowKey((s) => !s)}>{showKey ? '隐藏参考答案' : '查看参考答案'}</Button>
            )}
          </Space>
        </Col>
      </Row>

      {!analyzed.ok && <Alert type="error" showIcon style={{ marginTop: 12 }} message={analyzed.error} />}
      {submitted && (
        <div style={{ marginTop: 12 }} data-testid="results">
          <Divider titlePlacement="start">与分析对照</Divider>
          <UnverifiedNote show={submitted.graded.comparison.unverified} />
          <ComparisonTable comparison={submitted.graded.comparison} />
          <Row gutter={16} style={{ marginTop: 12 }}>
            <Col xs={24} xl={12}><ScoreCard score={submitted.graded.score} /></Col>
            <Col xs={24} xl={12}><TwistOutcomes outcomes={submitted.twists} /></Col>
          </Row>
          {exercise.actual && (
            <Alert type="info" showIcon style={{ marginTop: 12 }} data-testid="actual-outcome" message={`法院实际认定：${actualText(exercise.actual)}`} />
          )}
        </div>
      )}
      {!submitted && showKey && analyzed.ok && <AnswerKey exercise={exercise} />}
    </div>
  )
}

/** The analysis shown without a student's answer (exercises that do not hide it). */
function AnswerKey({ exercise }: { exercise: Exercise }) {
  const r = analyze(exercise.document)
  if (!r.ok) return null
  const blank: StudentAnswer = {
    kind: ANSWER_KIND, version: CLINIC_FORMAT_VERSION, exerciseId: exercise.id, defendantId: exercise.defendantId, student: { name: '-', number: null },
    elements: {}, charge: null, seriousGrounds: [], sentence: null, submittedAt: new Date(0).toISOString()
  }
  const g = gradeAnswer(exercise, r.analysis, blank)
  return (
    <div style={{ marginTop: 12 }} data-testid="answer-key">
      <Divider titlePlacement="start">参考答案（分析结论）</Divider>
      <UnverifiedNote show={g.comparison.unverified} />
      <ComparisonTable comparison={g.comparison} />
    </div>
  )
}
