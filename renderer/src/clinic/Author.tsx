// Teacher: author an exercise from any stored matter (or a copy of a bundled exercise), with twists
// ("若其另有代为取现行为…") that the engine re-evaluates, and save it to "我的练习".
import {
  App as AntApp, Alert, Button, Card, Checkbox, Col, Form, Input, InputNumber, Radio, Row, Select, Space, Switch, Typography
} from 'antd'
import { ArrowLeftOutlined, DeleteOutlined, PlusOutlined, ThunderboltOutlined } from '@ant-design/icons'
import { useEffect, useMemo, useState } from 'react'
import type { MatterSummary } from '../../../core/ipc/contract'
import { validateMatter, type MatterDocument } from '../../../core/matter/schema'
import {
  CLINIC_FORMAT_VERSION, QUESTION_KIND_LABELS, defaultTwists, evaluateTwists, narrativeOf, neutralTitle, validateExercise,
  type Exercise, type Json, type Question, type QuestionKind, type Twist, type TwistOutcome
} from '../../../core/clinic'
import { call, errorText } from '../api'
import { TwistOutcomes } from './ComparisonView'
import { CHOICES, TWIST_FIELDS, fieldOf } from './twistFields'
import { analyze, analyzeOrThrow, newExerciseId } from './helpers'

type Scored = Exclude<QuestionKind, 'open'>
const SCORED: Scored[] = ['elements', 'charge', 'seriousGrounds', 'sentence']

interface ChangeDraft { rel: string; value: Json; raw?: string }
interface TwistDraft { id: string; label: string; prompt: string; changes: ChangeDraft[] }

const relOf = (path: string): { index: number; rel: string } | null => {
  const m = /^defendants\.(\d+)\.(.+)$/.exec(path)
  return m ? { index: Number(m[1]), rel: m[2] as string } : null
}

function draftOf(t: Twist): TwistDraft {
  return {
    id: t.id,
    label: t.label,
    prompt: t.prompt ?? '',
    changes: t.patch.map((c) => {
      const r = relOf(c.path)
      return r && fieldOf(r.rel) ? { rel: r.rel, value: c.value } : { rel: '', value: c.value, raw: c.path }
    })
  }
}

function ValueInput({ rel, value, onChange, label }: { rel: string; value: Json; onChange: (v: Json) => void; label: string }) {
  const f = fieldOf(rel)
  if (!f) return <Typography.Text type="secondary">{JSON.stringify(value)}</Typography.Text>
  if (f.kind === 'money' || f.kind === 'count') {
    return (
      <InputNumber aria-label={`${label}的新值`} min={0} precision={f.kind === 'count' ? 0 : 2} style={{ width: 180 }}
        value={typeof value === 'number' ? value : null} onChange={(v) => onChange(v ?? null)} placeholder="未知" />
    )
  }
  const choices = CHOICES[f.kind]
  const idx = choices.findIndex((c) => JSON.stringify(c.value) === JSON.stringify(value))
  return (
    <Radio.Group aria-label={`${label}的新值`} optionType="button" size="small" value={idx < 0 ? undefined : idx}
      onChange={(e) => onChange(choices[e.target.value as number]?.value ?? null)}
      options={choices.map((c, i) => ({ value: i, label: c.label }))} />
  )
}

export function Author({ initial, onSaved, onCancel }: { initial: Exercise | null; onSaved: (e: Exercise) => void; onCancel: () => void }) {
  const { message } = AntApp.useApp()
  const [matters, setMatters] = useState<MatterSummary[]>([])
  const [matterId, setMatterId] = useState<string | null>(null)
  const [doc, setDoc] = useState<MatterDocument | null>(initial ? initial.document : null)
  const [defIndex, setDefIndex] = useState(() => (initial ? Math.max(0, initial.document.defendants.findIndex((d) => d.id === initial.defendantId)) : 0))
  const [title, setTitle] = useState(initial ? (initial.origin === 'bundled' ? `${initial.title}（改编）`.slice(0, 200) : initial.title) : '')
  const [narrative, setNarrative] = useState(initial?.narrative ?? '')
  const [author, setAuthor] = useState(initial?.origin === 'teacher' ? initial.author : '')
  const [hide, setHide] = useState(initial?.hideAnswerUntilSubmit ?? true)
  const [kinds, setKinds] = useState<Scored[]>(initial ? SCORED.filter((k) => initial.questions.some((q) => q.kind === k)) : [...SCORED])
  const [openQ, setOpenQ] = useState(initial?.questions.find((q) => q.kind === 'open')?.prompt ?? '')
  const [twists, setTwists] = useState<TwistDraft[]>(initial ? initial.twists.map(draftOf) : [])
  const [issues, setIssues] = useState<string[]>([])
  const [preview, setPreview] = useState<TwistOutcome[] | null>(null)
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    call('matters:list', {}).then(setMatters, (e) => message.error(errorText(e)))
  }, [message])

  const pickMatter = async (id: string) => {
    setMatterId(id)
    try {
      const rec = await call('matters:open', { id })
      const v = validateMatter(rec.document)
      if (!v.ok) {
        message.error(`案件有 ${v.issues.length} 处问题，请先在案件中修正`)
        return
      }
      setDoc(v.value)
      setDefIndex(0)
      if (!title.trim()) setTitle(`练习：${neutralTitle(v.value)}`)
      setNarrative(narrativeOf(v.value))
      setTwists([])
      setPreview(null)
    } catch (e) {
      message.error(errorText(e))
    }
  }

  const build = (): Exercise | null => {
    if (!doc) return null
    const d = doc.defendants[defIndex]
    const questions: Question[] = kinds.map((k) => ({ id: `q-${k}`, kind: k, prompt: '' }))
    if (openQ.trim()) questions.push({ id: 'q-open', kind: 'open', prompt: openQ.trim() })
    const now = new Date().toISOString()
    return {
      formatVersion: CLINIC_FORMAT_VERSION,
      id: initial && initial.origin === 'teacher' ? initial.id : newExerciseId(),
      origin: 'teacher',
      title: title.trim(),
      narrative,
      source: initial?.source ?? null,
      document: doc,
      defendantId: d?.id ?? '',
      questions,
      hideAnswerUntilSubmit: hide,
      twists: twists.map((t) => ({
        id: t.id,
        label: t.label.trim(),
        ...(t.prompt.trim() ? { prompt: t.prompt.trim() } : {}),
        patch: t.changes.map((c) => ({ path: c.raw ?? `defendants.${defIndex}.${c.rel}`, value: c.value }))
      })),
      ...(initial?.actual ? { actual: initial.actual } : {}),
      author: author.trim(),
      createdAt: initial && initial.origin === 'teacher' ? initial.createdAt : now
    }
  }

  const check = (): Exercise | null => {
    const ex = build()
    if (!ex) {
      setIssues(['请先选择一个案件'])
      return null
    }
    const v = validateExercise(ex)
    if (!v.ok) {
      setIssues(v.issues.map((i) => `${i.path}：${i.message}`))
      return null
    }
    setIssues([])
    return v.value
  }

  const tryTwists = () => {
    const ex = check()
    if (!ex) return
    const base = analyze(ex.document)
    if (!base.ok) {
      message.error(base.error)
      return
    }
    try {
      setPreview(evaluateTwists(ex, base.analysis, analyzeOrThrow))
    } catch (e) {
      message.error(errorText(e))
    }
  }

  const save = async () => {
    const ex = check()
    if (!ex) return
    setSaving(true)
    try {
      const saved = await call('exercises:save', { exercise: ex })
      message.success('练习已保存')
      onSaved(saved)
    } catch (e) {
      message.error(errorText(e))
    } finally {
      setSaving(false)
    }
  }

  const updateTwist = (i: number, patch: Partial<TwistDraft>) => setTwists((ts) => ts.map((t, j) => (j === i ? { ...t, ...patch } : t)))
  const updateChange = (i: number, k: number, patch: Partial<ChangeDraft>) =>
    setTwists((ts) => ts.map((t, j) => (j === i ? { ...t, changes: t.changes.map((c, m) => (m === k ? { ...c, ...patch } : c)) } : t)))

  const defendants = doc?.defendants ?? []
  const matterOptions = useMemo(() => matters.filter((m) => !m.trashed && !m.corrupt).map((m) => ({ value: m.id, label: `${m.title}（${m.defendantNames.join('、') || '—'}）` })), [matters])

  return (
    <div data-testid="author-form">
      <Space style={{ marginBottom: 8 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={onCancel}>返回练习列表</Button>
        <Typography.Title level={4} style={{ margin: 0 }}>{initial?.origin === 'teacher' ? '编辑练习' : initial ? '改编公开案例练习' : '新建练习'}</Typography.Title>
      </Space>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card size="small" title="案件与题目">
            <Form layout="vertical">
              <Form.Item label="从案件生成（我的案件）">
                <Select aria-label="选择案件" data-testid="author-matter-select" showSearch optionFilterProp="label" placeholder={initial ? '（保留当前练习的案件）' : '选择一个案件'}
                  value={matterId ?? undefined} onChange={(v: string) => void pickMatter(v)} options={matterOptions}
                  notFoundContent="没有案件：请先在“案件”中新建或导入" />
              </Form.Item>
              {defendants.length > 1 && (
                <Form.Item label="分析对象（被告人）">
                  <Select aria-label="分析对象" value={defIndex} onChange={(v: number) => setDefIndex(v)}
                    options={defendants.map((d, i) => ({ value: i, label: d.name || d.id }))} />
                </Form.Item>
              )}
              <Form.Item label="练习名称" required>
                <Input aria-label="练习名称" data-testid="author-title" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
              </Form.Item>
              <Form.Item label="案情叙述（学生看到的事实）">
                <Input.TextArea aria-label="案情叙述" data-testid="author-narrative" autoSize={{ minRows: 4, maxRows: 14 }} value={narrative} onChange={(e) => setNarrative(e.target.value)} />
                {doc && <Button size="small" type="link" onClick={() => setNarrative(narrativeOf(doc))}>由案件事实重新生成</Button>}
              </Form.Item>
              <Form.Item label="作者">
                <Input aria-label="作者" value={author} maxLength={200} onChange={(e) => setAuthor(e.target.value)} />
              </Form.Item>
              <Form.Item label="题目">
                <Checkbox.Group aria-label="题目" value={kinds} onChange={(v) => setKinds(v as Scored[])}
                  options={SCORED.map((k) => ({ value: k, label: QUESTION_KIND_LABELS[k] }))} />
                <Input.TextArea aria-label="开放问题" placeholder="开放问题（可选，不自动评分）" style={{ marginTop: 6 }} autoSize={{ minRows: 1, maxRows: 4 }}
                  value={openQ} onChange={(e) => setOpenQ(e.target.value)} />
              </Form.Item>
              <Form.Item>
                <Space>
                  <Switch aria-label="提交前隐藏参考答案" data-testid="author-hide" checked={hide} onChange={setHide} />
                  <span>学生提交前隐藏参考答案</span>
                </Space>
              </Form.Item>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title="事实变化（若……则如何？）" data-testid="author-twists"
            extra={doc && <Button size="small" onClick={() => setTwists((ts) => [...ts, ...defaultTwists(doc, defIndex).filter((d) => !ts.some((t) => t.id === d.id)).map(draftOf)])}>添加常用变化</Button>}>
            {twists.length === 0 && <Typography.Text type="secondary">尚未添加。变化会在学生提交后重新运行分析，显示结论是否改变。</Typography.Text>}
            {twists.map((t, i) => (
              <Card key={t.id} size="small" style={{ marginBottom: 8 }} data-testid={`twist-editor-${i}`}
                extra={<Button size="small" danger icon={<DeleteOutlined />} aria-label="删除此变化" onClick={() => setTwists((ts) => ts.filter((_, j) => j !== i))} />}>
                <Input aria-label={`变化说明 ${i + 1}`} placeholder="如：若其另有代为取现行为" value={t.label} onChange={(e) => updateTwist(i, { label: e.target.value })} />
                <Input aria-label={`提问 ${i + 1}`} placeholder="提问（可选）" style={{ marginTop: 4 }} value={t.prompt} onChange={(e) => updateTwist(i, { prompt: e.target.value })} />
                {t.changes.map((c, k) => (
                  <Space key={k} wrap style={{ marginTop: 6 }}>
                    {c.raw ? <Typography.Text code>{c.raw} = {JSON.stringify(c.value)}</Typography.Text> : (
                      <Select aria-label={`事实 ${i + 1}-${k + 1}`} style={{ width: 240 }} value={c.rel || undefined} placeholder="选择事实"
                        onChange={(v: string) => updateChange(i, k, { rel: v, value: null })}
                        options={TWIST_FIELDS.map((f) => ({ value: f.path, label: f.label }))} showSearch optionFilterProp="label" />
                    )}
                    {c.rel && <ValueInput rel={c.rel} value={c.value} label={`事实 ${i + 1}-${k + 1}`} onChange={(v) => updateChange(i, k, { value: v })} />}
                    <Button size="small" type="text" aria-label="删除此处变化" icon={<DeleteOutlined />}
                      onClick={() => updateTwist(i, { changes: t.changes.filter((_, m) => m !== k) })} />
                  </Space>
                ))}
                <div><Button size="small" type="link" icon={<PlusOutlined />} onClick={() => updateTwist(i, { changes: [...t.changes, { rel: '', value: null }] })}>添加一处事实变化</Button></div>
              </Card>
            ))}
            <Space>
              <Button icon={<PlusOutlined />} data-testid="add-twist" disabled={!doc}
                onClick={() => setTwists((ts) => [...ts, { id: `tw-${Date.now().toString(36)}-${ts.length}`, label: '', prompt: '', changes: [{ rel: '', value: null }] }])}>
                添加变化
              </Button>
              <Button icon={<ThunderboltOutlined />} data-testid="try-twists" disabled={!doc || twists.length === 0} onClick={tryTwists}>试算变化</Button>
            </Space>
          </Card>
          {preview && <div style={{ marginTop: 8 }}><TwistOutcomes outcomes={preview} /></div>}
        </Col>
      </Row>
      {issues.length > 0 && (
        <Alert type="error" showIcon style={{ marginTop: 8 }} data-testid="author-issues" message="练习尚不完整"
          description={<ul style={{ margin: 0 }}>{issues.map((p) => <li key={p}>{p}</li>)}</ul>} />
      )}
      <Space style={{ marginTop: 8 }}>
        <Button type="primary" data-testid="save-exercise" loading={saving} onClick={() => void save()}>保存练习</Button>
        <Button onClick={onCancel}>取消</Button>
      </Space>
    </div>
  )
}
