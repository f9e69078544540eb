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
import { Author } from './Author'
import { ClassAnswers, importAnswerFiles } from './ClassAnswers'
import { Worksheet } from './Worksheet'
import { fmtTime } from './helpers'

type View = { v: 'list' } | { v: 'do'; ex: Exercise } | { v: 'author'; ex: Exercise | null } | { v: 'answers'; ex: Exercise }

export function ClinicHome() {
  const [view, setView] = useState<View>({ v: 'list' })
  const { message } = AntApp.useApp()
  const fetchExercise = async (id: string): Promise<Exercise | null> => {
    try {
      const v = validateExercise(await call('exercises:get', { id }))
      if (!v.ok) throw new Error(`练习数据无效：${v.issues[0]?.path}：${v.issues[0]?.message}`)
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
      message.success(`已导出练习包（${selected.length} 个练习）`)
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
      message.success(r.imported ? `已导入 ${r.imported} 个练习` : '练习包中的练习均已存在，未作改动')
      await load()
    } catch (e) {
      const issues = (e as { error?: { issues?: { path: string; message: string }[] } }).error?.issues ?? []
      setImportIssues(issues.length ? issues.map((i) => `${i.path}：${i.message}`) : [errorText(e)])
      message.error('练习包未导入')
    }
  }

  const importAnswers = async (files: FileList | null) => {
    if (!files?.length) return
    const r = await importAnswerFiles(files)
    setImportIssues(r.failed)
    if (r.ok) message.success(`已导入 ${r.ok} 份答卷；在对应练习的“班级答卷”中查看`)
    await load()
  }

  const remove = async (id: string) => {
    try {
      await call('exercises:delete', { id })
      message.success('练习已删除（学生答卷仍保留）')
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
          <Typography.Title level={4} style={{ margin: 0 }}>教学练习</Typography.Title>
          <Input.Search aria-label="搜索练习" data-testid="exercise-search" allowClear placeholder="搜索练习名称、被告人、作者" style={{ width: 260 }}
            value={query} onChange={(e) => setQuery(e.target.value)} />
        </Space>
        <Space wrap>
          <Button type="primary" icon={<PlusOutlined />} data-testid="new-exercise" onClick={onNew}>由案件新建练习</Button>
          <Button icon={<ExportOutlined />} data-testid="export-pack" disabled={selected.length === 0} onClick={() => void exportPack()}>
            导出所选为练习包{selected.length ? `（${selected.length}）` : ''}
          </Button>
          <Button icon={<ImportOutlined />} data-testid="import-pack" onClick={() => packInput.current?.click()}>导入练习包</Button>
          <Button icon={<TeamOutlined />} data-testid="import-answers-all" onClick={() => answersInput.current?.click()}>导入学生答卷</Button>
          <Button icon={<SafetyOutlined />} data-testid="anonymize-open" onClick={() => setAnonOpen(true)}>脱敏导出案件</Button>
          <input ref={packInput} type="file" accept=".json,application/json" hidden data-testid="import-pack-input"
            onChange={(e) => { void importPack(e.target.files); e.target.value = '' }} />
          <input ref={answersInput} type="file" multiple accept=".json,application/json" hidden data-testid="import-answers-all-input"
            onChange={(e) => { void importAnswers(e.target.files); e.target.value = '' }} />
        </Space>
      </div>
      {importIssues.length > 0 && (
        <Alert type="error" showIcon closable style={{ marginBottom: 8 }} data-testid="import-issues" message="导入未完成" onClose={() => setImportIssues([])}
          description={<ul style={{ margin: 0, maxHeight: 160, overflow: 'auto' }}>{importIssues.slice(0, 30).map((i) => <li key={i}>{i}</li>)}</ul>} />
      )}
      <Table<ExerciseSummary>
        data-testid="exercise-list"
        size="small"
        rowKey="id"
        loading={rows === null}
        dataSource={(rows ?? []).filter((r) => !query.trim() || `${r.title} ${r.defendantName} ${r.author}`.includes(query.trim()))}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        rowSelection={{ selectedRowKeys: selected, onChange: (k) => setSelected(k as string[]), getCheckboxProps: (r) => ({ disabled: r.corrupt, 'aria-label': `选择 ${r.title}` }) }}
        onRow={(r) => ({ 'data-testid': `exercise-row-${r.id}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: '练习', dataIndex: 'title',
            render: (t: string, r) => (
              <Space direction="vertical" size={0}>
                <Typography.Link disabled={r.corrupt} onClick={() => onDo(r.id)} data-testid={`open-exercise-${r.id}`}>{t}</Typography.Link>
                {r.corrupt && <Typography.Text type="danger" style={{ fontSize: 12 }}>{r.issues?.map((i) => `${i.path}：${i.message}`).join('；')}</Typography.Text>}
              </Space>
            )
          },
          {
            title: '类别', key: 'origin', width: 110,
            filters: [{ text: '内置（公开案例）', value: 'bundled' }, { text: '我的练习', value: 'teacher' }],
            onFilter: (v, r) => r.origin === v,
            render: (_, r) => (r.origin === 'bundled' ? <Tag color="geekblue">公开案例</Tag> : <Tag color="purple">我的练习</Tag>)
          },
          { title: '分析对象', dataIndex: 'defendantName', width: 110 },
          {
            title: '题/变化', key: 'q', width: 90,
            render: (_, r) => <span>{r.questionCount} / {r.twistCount}{r.hideAnswerUntilSubmit && <Tooltip title="提交前隐藏参考答案"><EyeInvisibleOutlined style={{ marginLeft: 6 }} /></Tooltip>}</span>
          },
          { title: '答卷', dataIndex: 'answerCount', width: 60 },
          { title: '更新', key: 'u', width: 150, render: (_, r) => (r.origin === 'bundled' ? '—' : fmtTime(r.updatedAt ?? r.createdAt)) },
          {
            title: '操作', key: 'a', width: 230,
            render: (_, r) => (
              <Space size={0}>
                <Button size="small" type="link" disabled={r.corrupt} onClick={() => onDo(r.id)}>做练习</Button>
                <Button size="small" type="link" disabled={r.corrupt} data-testid={`answers-${r.id}`} onClick={() => onAnswers(r.id)}>班级答卷</Button>
                {r.origin === 'teacher' && !r.corrupt && <Button size="small" type="link" icon={<EditOutlined />} aria-label="编辑" onClick={() => onEdit(r.id)} />}
                {r.origin === 'bundled' && (
                  <Tooltip title="复制为我的练习，可修改题目、增加事实变化">
                    <Button size="small" type="link" data-testid={`adapt-${r.id}`} onClick={() => onEdit(r.id)}>改编</Button>
                  </Tooltip>
                )}
                {r.origin === 'teacher' && (
                  <Popconfirm title="删除此练习？学生答卷会保留。" okText="删除" cancelText="取消" onConfirm={() => void remove(r.id)}
                    okButtonProps={{ 'data-testid': 'confirm-delete' } as ButtonProps}>
                    <Button size="small" type="link" danger icon={<DeleteOutlined />} aria-label="删除" />
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

const KIND_LABELS: Record<string, string> = {
  name: '人名', company: '单位名称', idNumber: '身份证号', phone: '电话', bankCard: '银行卡号', email: '邮箱', account: '账号', number: '长号码',
  address: '地址', caseNumber: '案号', counsel: '辩护人', field: '身份信息字段'
}

type AnonResult = { fileName: string; content: string; replacements?: { from: string; to: string; kind: string }[] }

function AnonymizeModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = AntApp.useApp()
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
      message.success('已导出脱敏案件文件')
      onClose()
    } catch (e) {
      message.error(errorText(e))
    }
  }
  return (
    <Modal open={open} title="脱敏导出案件" onCancel={onClose} width={760} destroyOnHidden
      footer={[
        <Button key="c" onClick={onClose}>取消</Button>,
        <Button key="p" data-testid="anonymize-preview" disabled={!id} loading={busy} onClick={() => void preview()}>预览替换</Button>,
        <Button key="o" type="primary" data-testid="anonymize-ok" disabled={!result} onClick={() => void save()}>导出</Button>
      ]}>
      <Typography.Paragraph>
        人名替换为甲、乙、丙……（同一人前后一致），公司、工作室替换为 A公司、B工作室……；身份证号、手机和固定电话、银行卡号、邮箱、QQ/微信号、
        详细住址、案号全部删除或遮蔽（含自由文本）。结构化事实和金额原样保留；法院、检察院名称保留。
        人名按“某”字和“被告人、证人”等称谓识别：未被识别的姓名请填在下方，导出前请核对替换清单。
      </Typography.Paragraph>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Select aria-label="选择要脱敏的案件" data-testid="anonymize-matter" style={{ width: '100%' }} showSearch optionFilterProp="label"
          placeholder="选择案件" value={id ?? undefined} onChange={(v: string) => { setId(v); setResult(null) }}
          options={matters.filter((m) => !m.trashed && !m.corrupt).map((m) => ({ value: m.id, label: m.title }))} />
        <Input aria-label="另需替换的姓名" data-testid="anonymize-extra" placeholder="另需替换的姓名，用逗号或空格分隔（可选）" value={extra}
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
          locale={{ emptyText: '没有需要替换的内容' }}
          columns={[
            { title: '类别', dataIndex: 'kind', width: 110, render: (k: string) => KIND_LABELS[k] ?? k },
            { title: '原文', dataIndex: 'from' },
            { title: '替换为', dataIndex: 'to', width: 180 }
          ]}
          footer={() => `文件名：${result.fileName}（替换清单只在本机显示，不写入导出文件）`}
        />
      )}
    </Modal>
  )
}
