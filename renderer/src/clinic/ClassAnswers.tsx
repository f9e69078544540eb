// Teacher: a class's answers to one exercise, imported from the students' .bangxin-answer.json files
// (no server): one row per student with the score and the verdicts; a row opens the full comparison.
import { App as AntApp, Alert, Button, Drawer, Space, Table, Tag, Typography } from 'antd'
import { ArrowLeftOutlined, ImportOutlined } from '@ant-design/icons'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { CHARGE_LABELS, gradeAnswer, type AnswerListRow, type Exercise, type Graded, type StoredAnswer } from '../../../core/clinic'
import { call, errorText, saveText } from '../api'
import { ComparisonTable, ScoreCard, UnverifiedNote } from './ComparisonView'
import { TWIST_KEY, analyze, fmtTime } from './helpers'
import { useI18n } from '../i18n'
import { inLanguage } from '../i18n/language'
import { chargeLabels } from '../labels'

type Row = { key: string; stored: StoredAnswer; graded: Graded } | { key: string; corrupt: true; message: string }

/** Import answer files one by one; answers to any exercise are accepted (each names its exercise). */
export async function importAnswerFiles(files: FileList | File[]): Promise<{ ok: number; failed: string[]; stale: number }> {
  let ok = 0
  let stale = 0
  const failed: string[] = []
  for (const f of Array.from(files)) {
    try {
      const r = await call('answers:import', { fileName: f.name, content: await f.text() })
      if ((r as { stale?: boolean }).stale) stale++
      else ok++
    } catch (e) {
      failed.push(`${f.name}: ${errorText(e)}`)
    }
  }
  return { ok, failed, stale }
}

export function ClassAnswers({ exercise, onBack }: { exercise: Exercise; onBack: () => void }) {
  const { message } = AntApp.useApp()
  const { t, l, lang } = useI18n()
  const [rows, setRows] = useState<AnswerListRow[] | null>(null)
  const [open, setOpen] = useState<string | null>(null)
  const [failures, setFailures] = useState<string[]>([])
  const input = useRef<HTMLInputElement>(null)
  const analyzed = useMemo(() => analyze(exercise.document), [exercise])

  const load = useCallback(async () => {
    try {
      setRows(await call('answers:list', { exerciseId: exercise.id }))
    } catch (e) {
      message.error(errorText(e))
      setRows([])
    }
  }, [exercise.id, message])
  useEffect(() => void load(), [load])

  const table: Row[] = useMemo(() => {
    if (!rows || !analyzed.ok) return []
    return rows.map((r): Row => {
      if (r.corrupt) return { key: r.key, corrupt: true, message: r.issues.map((i) => `${i.path}: ${inLanguage(i.message)}`).join('; ') }
      try {
        return { key: r.key, stored: r, graded: gradeAnswer(exercise, analyzed.analysis, r.answer) }
      } catch (e) {
        return { key: r.key, corrupt: true, message: errorText(e) }
      }
    })
  }, [rows, analyzed, exercise])

  const onFiles = async (files: FileList | null) => {
    if (!files?.length) return
    const r = await importAnswerFiles(files)
    setFailures(r.failed)
    if (r.ok) message.success(t('answers.imported', { n: r.ok }))
    if (r.stale) message.info(t('answers.stale', { n: r.stale }))
    await load()
  }

  const exportCsv = async () => {
    const esc = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`
    // the score sheet is a file for the school, in Chinese like the answers it lists
    const head = ['姓名', '学号', '提交时间', '罪名', '得分', '满分', '得分率%', '一致', '部分一致', '不一致', '未作答']
    const lines = table.flatMap((r) => ('corrupt' in r ? [] : [[
      r.stored.answer.student.name, r.stored.answer.student.number ?? '', r.stored.answer.submittedAt,
      r.stored.answer.charge ? CHARGE_LABELS[r.stored.answer.charge] : '', r.graded.score.total, r.graded.score.max, r.graded.score.percent,
      r.graded.comparison.counts.agree, r.graded.comparison.counts.partial, r.graded.comparison.counts.disagree, r.graded.comparison.counts.unanswered
    ]]))
    const csv = '\uFEFF' + [head, ...lines].map((l) => l.map(esc).join(',')).join('\r\n') + '\r\n'
    try {
      await saveText(`${exercise.title.replace(/[\\/:*?"<>|]/g, '_').slice(0, 60)}-成绩.csv`, csv, 'text/csv')
    } catch (e) {
      message.error(errorText(e))
    }
  }

  const current = table.find((r) => r.key === open && !('corrupt' in r)) as Extract<Row, { stored: StoredAnswer }> | undefined
  const avg = (() => {
    const g = table.filter((r): r is Extract<Row, { stored: StoredAnswer }> => !('corrupt' in r))
    return g.length ? Math.round((g.reduce((s, r) => s + r.graded.score.percent, 0) / g.length) * 10) / 10 : null
  })()

  return (
    <div data-testid="class-answers">
      <Space style={{ marginBottom: 8 }} wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={onBack}>{t('ws.back')}</Button>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('answers.title')}<span lang="zh-CN">{exercise.title}</span></Typography.Title>
        <Button icon={<ImportOutlined />} data-testid="import-answers" onClick={() => input.current?.click()}>{t('clinic.importAnswers')}</Button>
        <input ref={input} type="file" multiple accept=".json,application/json" hidden data-testid="import-answers-input"
          onChange={(e) => { void onFiles(e.target.files); e.target.value = '' }} />
        <Button data-testid="export-scores" disabled={table.length === 0} onClick={() => void exportCsv()}>{t('answers.exportCsv')}</Button>
        {avg !== null && <Tag color="blue">{t('answers.average', { n: avg })}</Tag>}
      </Space>
      {!analyzed.ok && <Alert type="error" showIcon message={analyzed.error} />}
      {failures.length > 0 && <Alert type="error" showIcon closable style={{ marginBottom: 8 }} message={t('answers.failed')} description={<ul style={{ margin: 0 }}>{failures.map((f) => <li key={f}>{f}</li>)}</ul>} />}
      <Table<Row>
        data-testid="answers-table"
        size="small"
        rowKey="key"
        loading={rows === null}
        dataSource={table}
        pagination={false}
        locale={{ emptyText: t('answers.empty') }}
        onRow={(r) => ({ 'data-testid': `answer-row-${'corrupt' in r ? r.key : r.stored.answer.student.name}`, onClick: () => !('corrupt' in r) && setOpen(r.key) }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('answers.col.name'), key: 'n', render: (_, r) => ('corrupt' in r ? <Tag color="red">{t('answers.corrupt')}</Tag> : <span lang="zh-CN">{r.stored.answer.student.name}</span>) },
          { title: t('answers.col.number'), key: 'no', render: (_, r) => ('corrupt' in r ? '—' : r.stored.answer.student.number ?? '—') },
          { title: t('answers.col.time'), key: 't', render: (_, r) => ('corrupt' in r ? '—' : fmtTime(r.stored.answer.submittedAt, lang)) },
          { title: t('answers.col.charge'), key: 'c', render: (_, r) => ('corrupt' in r ? r.message : r.stored.answer.charge ? l(chargeLabels[r.stored.answer.charge]) : t('answers.unanswered')) },
          {
            title: t('answers.col.verdicts'), key: 'v',
            render: (_, r) => ('corrupt' in r ? null : (
              <Space size={4}>
                <Tag color="green">{t('answers.agree', { n: r.graded.comparison.counts.agree })}</Tag>
                {r.graded.comparison.counts.partial > 0 && <Tag color="gold">{t('answers.partial', { n: r.graded.comparison.counts.partial })}</Tag>}
                <Tag color="red">{t('answers.disagree', { n: r.graded.comparison.counts.disagree })}</Tag>
                {r.graded.comparison.counts.unanswered > 0 && <Tag>{t('answers.unansweredN', { n: r.graded.comparison.counts.unanswered })}</Tag>}
              </Space>
            ))
          },
          { title: t('answers.col.score'), key: 's', render: (_, r) => ('corrupt' in r ? null : <b data-testid="row-score">{r.graded.score.total} / {r.graded.score.max}</b>) }
        ]}
      />
      <Drawer open={!!current} width={1000} onClose={() => setOpen(null)} title={current ? t('answers.of', { name: current.stored.answer.student.name }) : ''} destroyOnHidden>
        {current && (
          <>
            <UnverifiedNote show={current.graded.comparison.unverified} />
            <ComparisonTable comparison={current.graded.comparison} />
            <div style={{ marginTop: 12 }}><ScoreCard score={current.graded.score} /></div>
            {current.stored.answer.openAnswers && Object.entries(current.stored.answer.openAnswers).map(([q, a]) => (
              <div key={q} style={{ marginTop: 8 }}>
                <Typography.Text strong>{q.startsWith(TWIST_KEY) ? t('ws.twistQuestion', { label: exercise.twists.find((tw) => `${TWIST_KEY}${tw.id}` === q)?.label ?? q }) : <span lang="zh-CN">{exercise.questions.find((x) => x.id === q)?.prompt ?? q}</span>}</Typography.Text>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} lang="zh-CN">{a}</Typography.Paragraph>
              </div>
            ))}
          </>
        )}
      </Drawer>
    </div>
  )
}
