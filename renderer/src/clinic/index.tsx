// 教学练习 (law-clinic mode): the exercise library (bundled published cases + the teacher's own), the student
// worksheet, authoring, exercise packs, a class's answers, and the anonymised (脱敏) export of any matter.
import { App as AntApp, Alert, Button, type ButtonProps, Input, Modal, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography } from 'antd'
import {
  DeleteOutlined, EditOutlined, ExportOutlined, EyeInvisibleOutlined, ImportOutlined, PlusOutlined, SafetyOutlined, TeamOutlined
} from '@ant-design/icons'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { MatterSummary } from '../../../core/ipc/contract'
import { validateExercise, type Exercise, type ExerciseSummary } from '../../../core/clinic'
import { call, errorText, saveText } from '../api'
import { inLanguage } from '../i18n/language'
import { Author } from './Author'
import { ClassAnswers, importAnswerFiles } from './ClassAnswers'
import { Worksheet } from './Worksheet'
import { fmtTime } from './helpers'
import { useI18n } from '../i18n'
import type { MessageKey } from '../i18n'

type View = { v: 'list' } | { v: 'do'; ex: Exercise } | { v: 'author'; ex: Exercise | null } | { v: 'answers'; ex: Exercise }

export function ClinicHome() {
  const [view, setView] = useState<View>({ v: 'list' })
  const { message } = AntApp.useApp()
  const { t } = useI18n()
  const fetchExercise = async (id: string): Promise<Exercise | null> => {
    try {
      const v = validateExercise(await call('exercises:get', { id }))
      if (!v.ok) throw new Error(t('clinic.invalidExercise', { path: v.issues[0]?.path ?? '', message: v.issues[0]?.message ?? '' }))
      return v.value
    } catch (e) {
      message.error(errorText(e))
      return null
    }
  }
  const back = () => setView({ v: 'list' })
  if (view.v === 'do') return <Worksheet key={view.ex.id} exercise={view.ex} onBack={back} />
  if (view.v === 'author') return <Author initial={view.ex} onSaved={back} onCancel={back} />
  if (view.v === 'answers') return <ClassAnswers exercise={view.ex} onBack={back} />
  return (
    <ExerciseList
      onDo={async (id) => { const ex = await fetchExercise(id); if (ex) setView({ v: 'do', ex }) }}
      onEdit={async (id) => { const ex = await fetchExercise(id); if (ex) setView({ v: 'author', ex }) }}
      onAnswers={async (id) => { const ex = await fetchExercise(id); if (ex) setView({ v: 'answers', ex }) }}
      onNew={() => setView({ v: 'author', ex: null })}
    />
  )
}

function ExerciseList({ onDo, onEdit, onAnswers, onNew }: {
  onDo: (id: string) => void; onEdit: (id: string) => void; onAnswers: (id: string) => void; onNew: () => void
}) {
  const { message } = AntApp.useApp()
  const { t, lang } = useI18n()
  const [rows, setRows] = useState<ExerciseSummary[] | null>(null)
  const [selected, setSelected] = useState<string[]>([])
  const [anonOpen, setAnonOpen] = useState(false)
  const [importIssues, setImportIssues] = useState<string[]>([])
  const [query, setQuery] = useState('')
  const packInput = useRef<HTMLInputElement>(null)
  const answersInput = useRef<HTMLInputElement>(null)

  const load = useCallback(async () => {
    try {
      setRows(await call('exercises:list', {}))
    } catch (e) {
      message.error(errorText(e))
      setRows([])
    }
  }, [message])
  useEffect(() => void load(), [load])

  const exportPack = async () => {
    try {
      const r = await call('packs:export', { ids: selected })
      await saveText(r.fileName, r.content)
      message.success(t('clinic.packExported', { n: selected.length }))
    } catch (e) {
      message.error(errorText(e))
    }
  }

  const importPack = async (files: FileList | null) => {
    const f = files?.[0]
    if (!f) return
    try {
      const r = await call('packs:import', { fileName: f.name, content: await f.text() })
      setImportIssues([])
      message.success(r.imported ? t('clinic.packImported', { n: r.imported }) : t('clinic.packUnchanged'))
      await load()
    } catch (e) {
      const issues = (e as { error?: { issues?: { path: string; message: string }[] } }).error?.issues ?? []
      setImportIssues(issues.length ? issues.map((i) => `${i.path}: ${inLanguage(i.message)}`) : [errorText(e)])
      message.error(t('clinic.packNotImported'))
    }
  }

  const importAnswers = async (files: FileList | null) => {
    if (!files?.length) return
    const r = await importAnswerFiles(files)
    setImportIssues(r.failed)
    if (r.ok) message.success(t('clinic.answersImportedList', { n: r.ok }))
    await load()
  }

  const remove = async (id: string) => {
    try {
      await call('exercises:delete', { id })
      message.success(t('clinic.deleted'))
      setSelected((s) => s.filter((x) => x !== id))
      await load()
    } catch (e) {
      message.error(errorText(e))
    }
  }

  return (
    <div data-testid="clinic-home">
      <div style={{ display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap', gap: 8, marginBottom: 8 }}>
        <Space>
          <Typography.Title level={4} style={{ margin: 0 }}>{t('clinic.title')}</Typography.Title>
          <Input.Search aria-label={t('clinic.search')} data-testid="exercise-search" allowClear placeholder={t('clinic.searchPlaceholder')} style={{ width: 260 }}
            value={query} onChange={(e) => setQuery(e.target.value)} />
        </Space>
        <Space wrap>
          <Button type="primary" icon={<PlusOutlined />} data-testid="new-exercise" onClick={onNew}>{t('clinic.new')}</Button>
          <Button icon={<ExportOutlined />} data-testid="export-pack" disabled={selected.length === 0} onClick={() => void exportPack()}>
            {t('clinic.exportPack')}{selected.length ? ` (${selected.length})` : ''}
          </Button>
          <Button icon={<ImportOutlined />} data-testid="import-pack" onClick={() => packInput.current?.click()}>{t('clinic.importPack')}</Button>
          <Button icon={<TeamOutlined />} data-testid="import-answers-all" onClick={() => answersInput.current?.click()}>{t('clinic.importAnswers')}</Button>
          <Button icon={<SafetyOutlined />} data-testid="anonymize-open" onClick={() => setAnonOpen(true)}>{t('clinic.anonymize')}</Button>
          <input ref={packInput} type="file" accept=".json,application/json" hidden data-testid="import-pack-input"
            onChange={(e) => { void importPack(e.target.files); e.target.value = '' }} />
          <input ref={answersInput} type="file" multiple accept=".json,application/json" hidden data-testid="import-answers-all-input"
            onChange={(e) => { void importAnswers(e.target.files); e.target.value = '' }} />
        </Space>
      </div>
      {importIssues.length > 0 && (
        <Alert type="error" showIcon closable style={{ marginBottom: 8 }} data-testid="import-issues" message={t('clinic.importIncomplete')} onClose={() => setImportIssues([])}
          description={<ul style={{ margin: 0, maxHeight: 160, overflow: 'auto' }}>{importIssues.slice(0, 30).map((i) => <li key={i}>{i}</li>)}</ul>} />
      )}
      <Table<ExerciseSummary>
        data-testid="exercise-list"
        size="small"
        rowKey="id"
        loading={rows === null}
        dataSource={(rows ?? []).filter((r) => !query.trim() || `${r.title} ${r.defendantName} ${r.author}`.includes(query.trim()))}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        rowSelection={{ selectedRowKeys: selected, onChange: (k) => setSelected(k as string[]), getCheckboxProps: (r) => ({ disabled: r.corrupt, 'aria-label': t('clinic.select', { title: r.title }) }) }}
        onRow={(r) => ({ 'data-testid': `exercise-row-${r.id}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('clinic.col.exercise'), dataIndex: 'title',
            render: (title: string, r) => (
              <Space direction="vertical" size={0}>
                <Typography.Link disabled={r.corrupt} onClick={() => onDo(r.id)} data-testid={`open-exercise-${r.id}`} lang="zh-CN">{title}</Typography.Link>
                {r.corrupt && <Typography.Text type="danger" style={{ fontSize: 12 }}>{r.issues?.map((i) => `${i.path}: ${inLanguage(i.message)}`).join('; ')}</Typography.Text>}
              </Space>
            )
          },
          {
            title: t('clinic.col.origin'), key: 'origin', width: 110,
            filters: [{ text: t('clinic.origin.bundledFilter'), value: 'bundled' }, { text: t('clinic.origin.teacher'), value: 'teacher' }],
            onFilter: (v, r) => r.origin === v,
            render: (_, r) => (r.origin === 'bundled' ? <Tag color="geekblue">{t('clinic.origin.bundled')}</Tag> : <Tag color="purple">{t('clinic.origin.teacher')}</Tag>)
          },
          { title: t('clinic.col.defendant'), dataIndex: 'defendantName', width: 110, render: (n: string) => <span lang="zh-CN">{n}</span> },
          {
            title: t('clinic.col.questions'), key: 'q', width: 90,
            render: (_, r) => <span>{r.questionCount} / {r.twistCount}{r.hideAnswerUntilSubmit && <Tooltip title={t('clinic.hiddenKey')}><EyeInvisibleOutlined style={{ marginLeft: 6 }} /></Tooltip>}</span>
          },
          { title: t('clinic.col.answers'), dataIndex: 'answerCount', width: 60 },
          { title: t('clinic.col.updated'), key: 'u', width: 150, render: (_, r) => (r.origin === 'bundled' ? '—' : fmtTime(r.updatedAt ?? r.createdAt, lang)) },
          {
            title: t('clinic.col.actions'), key: 'a', width: 230,
            render: (_, r) => (
              <Space size={0}>
                <Button size="small" type="link" disabled={r.corrupt} onClick={() => onDo(r.id)}>{t('clinic.do')}</Button>
                <Button size="small" type="link" disabled={r.corrupt} data-testid={`answers-${r.id}`} onClick={() => onAnswers(r.id)}>{t('clinic.classAnswers')}</Button>
                {r.origin === 'teacher' && !r.corrupt && <Button size="small" type="link" icon={<EditOutlined />} aria-label={t('clinic.edit')} onClick={() => onEdit(r.id)} />}
                {r.origin === 'bundled' && (
                  <Tooltip title={t('clinic.adaptHint')}>
                    <Button size="small" type="link" data-testid={`adapt-${r.id}`} onClick={() => onEdit(r.id)}>{t('clinic.adapt')}</Button>
                  </Tooltip>
                )}
                {r.origin === 'teacher' && (
                  <Popconfirm title={t('clinic.deleteConfirm')} okText={t('common.delete')} cancelText={t('common.cancel')} onConfirm={() => void remove(r.id)}
                    okButtonProps={{ 'data-testid': 'confirm-delete' } as ButtonProps}>
                    <Button size="small" type="link" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
                  </Popconfirm>
                )}
              </Space>
            )
          }
        ]}
      />
      <AnonymizeModal open={anonOpen} onClose={() => setAnonOpen(false)} />
    </div>
  )
}

const KINDS = ['name', 'company', 'idNumber', 'phone', 'bankCard', 'email', 'account', 'number', 'address', 'caseNumber', 'counsel', 'field']
const kindKey = (k: string): MessageKey | null => (KINDS.includes(k) ? (`anon.kind.${k}` as MessageKey) : null)

type AnonResult = { fileName: string; content: string; replacements?: { from: string; to: string; kind: string }[] }

function AnonymizeModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = AntApp.useApp()
  const { t } = useI18n()
  const [matters, setMatters] = useState<MatterSummary[]>([])
  const [id, setId] = useState<string | null>(null)
  const [extra, setExtra] = useState('')
  const [result, setResult] = useState<AnonResult | null>(null)
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    if (open) call('matters:list', {}).then(setMatters, (e) => message.error(errorText(e)))
    else {
      setResult(null)
      setExtra('')
    }
  }, [open, message])
  const extraNames = extra.split(/[,，、;；\s]+/).map((x) => x.trim()).filter(Boolean)
  const preview = async () => {
    if (!id) return
    setBusy(true)
    try {
      setResult(await call('matters:anonymize', { id, ...(extraNames.length ? { extraNames } : {}) }))
    } catch (e) {
      message.error(errorText(e))
    } finally {
      setBusy(false)
    }
  }
  const save = async () => {
    if (!result) return
    try {
      await saveText(result.fileName, result.content)
      message.success(t('anon.exported'))
      onClose()
    } catch (e) {
      message.error(errorText(e))
    }
  }
  return (
    <Modal open={open} title={t('clinic.anonymize')} onCancel={onClose} width={760} destroyOnHidden
      footer={[
        <Button key="c" onClick={onClose}>{t('common.cancel')}</Button>,
        <Button key="p" data-testid="anonymize-preview" disabled={!id} loading={busy} onClick={() => void preview()}>{t('anon.preview')}</Button>,
        <Button key="o" type="primary" data-testid="anonymize-ok" disabled={!result} onClick={() => void save()}>{t('anon.export')}</Button>
      ]}>
      <Typography.Paragraph>{t('anon.help')}</Typography.Paragraph>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Select aria-label={t('anon.matter')} data-testid="anonymize-matter" style={{ width: '100%' }} showSearch optionFilterProp="title"
          placeholder={t('anon.matterPlaceholder')} value={id ?? undefined} onChange={(v: string) => { setId(v); setResult(null) }}
          options={matters.filter((m) => !m.trashed && !m.corrupt).map((m) => ({ value: m.id, label: <span lang="zh-CN">{m.title}</span>, title: m.title }))} />
        <Input aria-label={t('anon.extra')} data-testid="anonymize-extra" placeholder={t('anon.extraPlaceholder')} value={extra}
          onChange={(e) => { setExtra(e.target.value); setResult(null) }} />
      </Space>
      {result && (
        <Table
          data-testid="anonymize-replacements"
          style={{ marginTop: 12 }}
          size="small"
          pagination={false}
          scroll={{ y: 260 }}
          rowKey={(r) => `${r.kind}:${r.from}`}
          dataSource={result.replacements ?? []}
          locale={{ emptyText: t('anon.empty') }}
          columns={[
            { title: t('anon.col.kind'), dataIndex: 'kind', width: 110, render: (k: string) => { const key = kindKey(k); return key ? t(key) : k } },
            { title: t('anon.col.from'), dataIndex: 'from', render: (v: string) => <span lang="zh-CN">{v}</span> },
            { title: t('anon.col.to'), dataIndex: 'to', width: 180, render: (v: string) => <span lang="zh-CN">{v}</span> }
          ]}
          footer={() => t('anon.footer', { file: result.fileName })}
        />
      )}
    </Modal>
  )
}
