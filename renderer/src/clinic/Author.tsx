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
  CLINIC_FORMAT_VERSION, defaultTwists, evaluateTwists, narrativeOf, neutralTitle, validateExercise,
  type Exercise, type Json, type Question, type QuestionKind, type Twist, type TwistOutcome
} from '../../../core/clinic'
import { call, errorText } from '../api'
import { TwistOutcomes } from './ComparisonView'
import { CHOICES, TWIST_FIELDS, fieldOf } from './twistFields'
import { analyze, analyzeOrThrow, newExerciseId } from './helpers'
import { useI18n } from '../i18n'
import { inLanguage } from '../i18n/language'
import { questionKey } from './labels'

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
  const { t } = useI18n()
  const f = fieldOf(rel)
  if (!f) return <Typography.Text type="secondary">{JSON.stringify(value)}</Typography.Text>
  if (f.kind === 'money' || f.kind === 'count') {
    return (
      <InputNumber aria-label={t('author.newValue', { label })} min={0} precision={f.kind === 'count' ? 0 : 2} style={{ width: 180 }}
        value={typeof value === 'number' ? value : null} onChange={(v) => onChange(v ?? null)} placeholder={t('author.unknown')} />
    )
  }
  const choices = CHOICES[f.kind]
  const idx = choices.findIndex((c) => JSON.stringify(c.value) === JSON.stringify(value))
  return (
    <Radio.Group aria-label={t('author.newValue', { label })} optionType="button" size="small" value={idx < 0 ? undefined : idx}
      onChange={(e) => onChange(choices[e.target.value as number]?.value ?? null)}
      options={choices.map((c, i) => ({ value: i, label: t(c.label) }))} />
  )
}

export function Author({ initial, onSaved, onCancel }: { initial: Exercise | null; onSaved: (e: Exercise) => void; onCancel: () => void }) {
  const { message } = AntApp.useApp()
  const { t, lang } = useI18n()
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
        message.error(t('author.matterIssues', { n: v.issues.length }))
        return
      }
      setDoc(v.value)
      setDefIndex(0)
      // the exercise's own text (its title) is Chinese, like the matter it comes from
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
      setIssues([t('author.pickFirst')])
      return null
    }
    const v = validateExercise(ex)
    if (!v.ok) {
      setIssues(v.issues.map((i) => `${i.path}: ${inLanguage(i.message)}`))
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
      message.success(t('author.saved'))
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
  const matterOptions = useMemo(() => matters.filter((m) => !m.trashed && !m.corrupt).map((m) => ({ value: m.id, label: <span lang="zh-CN">{`${m.title}（${m.defendantNames.join('、') || '—'}）`}</span>, title: m.title })), [matters])

  return (
    <div data-testid="author-form">
      <Space style={{ marginBottom: 8 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={onCancel}>{t('author.back')}</Button>
        <Typography.Title level={4} style={{ margin: 0 }}>{initial?.origin === 'teacher' ? t('author.editTitle') : initial ? t('author.adaptTitle') : t('author.newTitle')}</Typography.Title>
      </Space>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('author.matterCard')}>
            <Form layout="vertical">
              <Form.Item label={t('author.fromMatter')}>
                <Select aria-label={t('author.pickMatter')} data-testid="author-matter-select" showSearch optionFilterProp="title" placeholder={initial ? t('author.keepMatter') : t('author.pickOne')}
                  value={matterId ?? undefined} onChange={(v: string) => void pickMatter(v)} options={matterOptions}
                  notFoundContent={t('author.noMatters')} />
              </Form.Item>
              {defendants.length > 1 && (
                <Form.Item label={t('author.defendant')}>
                  <Select aria-label={t('author.defendantAria')} value={defIndex} onChange={(v: number) => setDefIndex(v)}
                    options={defendants.map((d, i) => ({ value: i, label: <span lang="zh-CN">{d.name || d.id}</span> }))} />
                </Form.Item>
              )}
              <Form.Item label={t('author.title')} required>
                <Input aria-label={t('author.title')} lang="zh-CN" data-testid="author-title" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
              </Form.Item>
              <Form.Item label={t('author.narrative')}>
                <Input.TextArea aria-label={t('author.narrativeAria')} lang="zh-CN" data-testid="author-narrative" autoSize={{ minRows: 4, maxRows: 14 }} value={narrative} onChange={(e) => setNarrative(e.target.value)} />
                {doc && <Button size="small" type="link" onClick={() => setNarrative(narrativeOf(doc))}>{t('author.regenerate')}</Button>}
              </Form.Item>
              <Form.Item label={t('author.author')}>
                <Input aria-label={t('author.author')} value={author} maxLength={200} onChange={(e) => setAuthor(e.target.value)} />
              </Form.Item>
              <Form.Item label={t('author.questions')}>
                <Checkbox.Group aria-label={t('author.questions')} value={kinds} onChange={(v) => setKinds(v as Scored[])}
                  options={SCORED.map((k) => ({ value: k, label: t(questionKey(k)) }))} />
                <Input.TextArea aria-label={t('author.open')} placeholder={t('author.openPlaceholder')} style={{ marginTop: 6 }} autoSize={{ minRows: 1, maxRows: 4 }}
                  value={openQ} onChange={(e) => setOpenQ(e.target.value)} />
              </Form.Item>
              <Form.Item>
                <Space>
                  <Switch aria-label={t('author.hide')} data-testid="author-hide" checked={hide} onChange={setHide} />
                  <span>{t('author.hideLabel')}</span>
                </Space>
              </Form.Item>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('author.twists')} data-testid="author-twists"
            extra={doc && <Button size="small" onClick={() => setTwists((ts) => [...ts, ...defaultTwists(doc, defIndex).filter((d) => !ts.some((t) => t.id === d.id)).map(draftOf)])}>{t('author.addDefaults')}</Button>}>
            {twists.length === 0 && <Typography.Text type="secondary">{t('author.noTwists')}</Typography.Text>}
            {twists.map((tw, i) => (
              <Card key={tw.id} size="small" style={{ marginBottom: 8 }} data-testid={`twist-editor-${i}`}
                extra={<Button size="small" danger icon={<DeleteOutlined />} aria-label={t('author.deleteTwist')} onClick={() => setTwists((ts) => ts.filter((_, j) => j !== i))} />}>
                <Input aria-label={t('author.twistLabel', { n: i + 1 })} placeholder={t('author.twistPlaceholder')} lang="zh-CN" value={tw.label} onChange={(e) => updateTwist(i, { label: e.target.value })} />
                <Input aria-label={t('author.prompt', { n: i + 1 })} placeholder={t('author.promptPlaceholder')} lang="zh-CN" style={{ marginTop: 4 }} value={tw.prompt} onChange={(e) => updateTwist(i, { prompt: e.target.value })} />
                {tw.changes.map((c, k) => (
                  <Space key={k} wrap style={{ marginTop: 6 }}>
                    {c.raw ? <Typography.Text code>{c.raw} = {JSON.stringify(c.value)}</Typography.Text> : (
                      <Select aria-label={t('author.fact', { n: `${i + 1}-${k + 1}` })} style={{ width: 240 }} value={c.rel || undefined} placeholder={t('author.pickFact')}
                        onChange={(v: string) => updateChange(i, k, { rel: v, value: null })}
                        options={TWIST_FIELDS.map((f) => ({ value: f.path, label: lang === 'zh' ? f.label : f.en }))} showSearch optionFilterProp="label" />
                    )}
                    {c.rel && <ValueInput rel={c.rel} value={c.value} label={t('author.fact', { n: `${i + 1}-${k + 1}` })} onChange={(v) => updateChange(i, k, { value: v })} />}
                    <Button size="small" type="text" aria-label={t('author.deleteChange')} icon={<DeleteOutlined />}
                      onClick={() => updateTwist(i, { changes: tw.changes.filter((_, m) => m !== k) })} />
                  </Space>
                ))}
                <div><Button size="small" type="link" icon={<PlusOutlined />} onClick={() => updateTwist(i, { changes: [...tw.changes, { rel: '', value: null }] })}>{t('author.addChange')}</Button></div>
              </Card>
            ))}
            <Space>
              <Button icon={<PlusOutlined />} data-testid="add-twist" disabled={!doc}
                onClick={() => setTwists((ts) => [...ts, { id: `tw-${Date.now().toString(36)}-${ts.length}`, label: '', prompt: '', changes: [{ rel: '', value: null }] }])}>
                {t('author.addTwist')}
              </Button>
              <Button icon={<ThunderboltOutlined />} data-testid="try-twists" disabled={!doc || twists.length === 0} onClick={tryTwists}>{t('author.tryTwists')}</Button>
            </Space>
          </Card>
          {preview && <div style={{ marginTop: 8 }}><TwistOutcomes outcomes={preview} /></div>}
        </Col>
      </Row>
      {issues.length > 0 && (
        <Alert type="error" showIcon style={{ marginTop: 8 }} data-testid="author-issues" message={t('author.incomplete')}
          description={<ul style={{ margin: 0 }}>{issues.map((p) => <li key={p}>{p}</li>)}</ul>} />
      )}
      <Space style={{ marginTop: 8 }}>
        <Button type="primary" data-testid="save-exercise" loading={saving} onClick={() => void save()}>{t('author.save')}</Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </Space>
    </div>
  )
}
