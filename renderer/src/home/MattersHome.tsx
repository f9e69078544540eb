// Matters home: list with search and sort, create (blank or from a published case), open, duplicate,
// trash (after a confirmation) and restore, import / export .bangxin.json (a matter already there: replace
// it or keep both), earlier versions.
import { App as AntApp, type ButtonProps, type InputRef, Button, Empty, Form, Input, Modal, Popconfirm, Radio, Segmented, Select, Space, Table, Tag, Tooltip, Typography } from 'antd'
import {
  CopyOutlined, DeleteOutlined, ExportOutlined, FolderOpenOutlined, HistoryOutlined, ImportOutlined, LockOutlined, PlusOutlined, UndoOutlined
} from '@ant-design/icons'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ExampleInfo, MatterSummary, RequestOf } from '../../../core/ipc/contract'
import { ApiError, call, errorText, saveText } from '../api'
import { useI18n } from '../i18n'
import { chargeLabels, stageLabels } from '../labels'
import type { ChargeId } from '../../../core/analysis/types'
import { VersionsModal } from './VersionsModal'

type SortKey = NonNullable<RequestOf<'matters:list'>['sort']>

const fmtTime = (iso: string): string => {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('zh-CN', { hour12: false })
}

export function MattersHome({ onOpen }: { onOpen: (id: string) => void }) {
  const { t, l, lang } = useI18n()
  const { message } = AntApp.useApp()

  /**
   * Ask for a passphrase (encrypted export / import); null when cancelled. One dialog, reused: a prompt that follows
   * another (export → import, a wrong passphrase → another try) reopens it instead of stacking a second one while the
   * first animates out (two fields and two OK buttons with the same names, for a screen reader and the keyboard alike).
   */
  const [passPrompt, setPassPrompt] = useState<{ title: string; resolve: (v: string | null) => void } | null>(null)
  const [passValue, setPassValue] = useState('')
  const askPassphrase = (title: string): Promise<string | null> => new Promise((resolve) => {
    setPassValue('')
    setPassPrompt({ title, resolve })
  })
  const closePassphrase = (v: string | null): void => {
    passPrompt?.resolve(v)
    setPassPrompt(null)
  }
  const [query, setQuery] = useState('')
  const [sort, setSort] = useState<SortKey>('updatedAt')
  const [trashed, setTrashed] = useState(false)
  const [rows, setRows] = useState<MatterSummary[] | null>(null)
  const [createOpen, setCreateOpen] = useState(false)
  const [versionsFor, setVersionsFor] = useState<string | null>(null)
  /** an import that found the matter already there, waiting for the user's choice */
  const [dupImport, setDupImport] = useState<{ fileName: string; content: string; title: string; existing: { id: string; title: string }[]; passphrase?: string } | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)

  const load = useCallback(async () => {
    try {
      setRows(await call('matters:list', { query: query.trim() || undefined, sort, trashed }))
    } catch (e) {
      message.error(errorText(e))
      setRows([])
    }
  }, [query, sort, trashed, message])
  useEffect(() => {
    const timer = setTimeout(() => void load(), 150)
    return () => clearTimeout(timer)
  }, [load])

  const act = async (fn: () => Promise<unknown>, ok: string) => {
    try {
      await fn()
      message.success(ok)
      await load()
    } catch (e) {
      message.error(errorText(e))
    }
  }

  const onImportFile = async (file: File) => {
    let content = ''
    let passphrase: string | undefined
    try {
      content = await file.text()
      let r
      try {
        r = await call('matters:import', { fileName: file.name, content })
      } catch (e) {
        // an encrypted export: ask for its passphrase and try again
        if (!(e instanceof ApiError && e.error.code === 'LOCKED')) throw e
        const pass = await askPassphrase(t('passphrase.importTitle'))
        if (pass === null) return
        passphrase = pass
        r = await call('matters:import', { fileName: file.name, content, passphrase })
      }
      message.success(t('home.imported'))
      onOpen(r.summary.id)
    } catch (e) {
      if (e instanceof ApiError && e.error.code === 'CONFLICT' && e.error.path === 'duplicate' && e.error.issues?.length) {
        const existing = e.error.issues.map((i) => ({ id: i.path, title: i.message }))
        setDupImport({ fileName: file.name, content, title: file.name, existing, ...(passphrase ? { passphrase } : {}) })
        return
      }
      message.error(errorText(e))
    }
  }

  const resolveImport = async (choice: 'replace' | 'keepBoth') => {
    const d = dupImport
    if (!d) return
    setDupImport(null)
    try {
      const r = await call('matters:import', {
        fileName: d.fileName, content: d.content, onDuplicate: choice, ...(choice === 'replace' ? { replaceId: d.existing[0]?.id } : {}),
        ...(d.passphrase ? { passphrase: d.passphrase } : {})
      })
      message.success(choice === 'replace' ? t('import.replaced') : t('home.imported'))
      onOpen(r.summary.id)
    } catch (e) {
      message.error(errorText(e))
    }
  }

  const columns = [
    {
      title: t('home.col.title'), dataIndex: 'title', key: 'title',
      render: (_v: string, r: MatterSummary) => (
        <Space size={4}>
          {trashed ? <span lang="zh-CN">{r.title}</span> : <Typography.Link onClick={() => onOpen(r.id)} data-testid="matter-link" lang="zh-CN">{r.title}</Typography.Link>}
          {r.corrupt && <Tag color="red">{t('home.corrupt')}</Tag>}
        </Space>
      )
    },
    { title: t('home.col.caseNumber'), dataIndex: 'caseNumber', key: 'caseNumber', render: (v: string | null) => (v ? <span lang="zh-CN">{v}</span> : '—') },
    { title: t('home.col.stage'), dataIndex: 'stage', key: 'stage', width: 110, render: (v: MatterSummary['stage']) => l(stageLabels[v]) },
    { title: t('home.col.defendants'), dataIndex: 'defendantNames', key: 'defendants', render: (v: string[]) => (v.length ? <span lang="zh-CN">{v.join('、')}</span> : '—') },
    { title: t('home.col.updatedAt'), dataIndex: 'updatedAt', key: 'updatedAt', width: 170, render: (v: string) => fmtTime(v) },
    {
      title: t('home.col.actions'), key: 'actions', width: trashed ? 110 : 250,
      render: (_v: unknown, r: MatterSummary) => trashed ? (
        <Button size="small" icon={<UndoOutlined />} onClick={() => void act(() => call('matters:restore', { id: r.id }), t('home.restored'))}>{t('home.restore')}</Button>
      ) : (
        <Space size={2} wrap>
          <Tooltip title={t('home.open')}><Button size="small" type="text" icon={<FolderOpenOutlined />} aria-label={`${t('home.open')} ${r.title}`} onClick={() => onOpen(r.id)} /></Tooltip>
          <Tooltip title={t('home.duplicate')}><Button size="small" type="text" icon={<CopyOutlined />} aria-label={`${t('home.duplicate')} ${r.title}`} onClick={() => void act(() => call('matters:duplicate', { id: r.id }), t('home.duplicated'))} /></Tooltip>
          <Tooltip title={t('home.export')}><Button size="small" type="text" icon={<ExportOutlined />} aria-label={`${t('home.export')} ${r.title}`}
            onClick={() => void act(async () => { const x = await call('matters:export', { id: r.id }); await saveText(x.fileName, x.content) }, t('home.exported'))} /></Tooltip>
          <Tooltip title={t('home.exportEncrypted')}><Button size="small" type="text" icon={<LockOutlined />} aria-label={`${t('home.exportEncrypted')} ${r.title}`}
            onClick={() => void (async () => {
              const passphrase = await askPassphrase(t('passphrase.exportTitle'))
              if (passphrase === null) return
              await act(async () => { const x = await call('matters:export', { id: r.id, passphrase }); await saveText(x.fileName, x.content) }, t('home.exported'))
            })()} /></Tooltip>
          <Tooltip title={t('home.versions')}><Button size="small" type="text" icon={<HistoryOutlined />} aria-label={`${t('home.versions')} ${r.title}`} onClick={() => setVersionsFor(r.id)} /></Tooltip>
          <Popconfirm placement="left" title={t('home.trashConfirm', { title: r.title })} okText={t('home.toTrash')} cancelText={t('common.cancel')}
            okButtonProps={{ danger: true, 'data-testid': 'confirm-trash' } as ButtonProps}
            onConfirm={() => act(() => call('matters:trash', { id: r.id }), t('home.trashed'))}>
            <Tooltip title={t('home.toTrash')}><Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`${t('home.toTrash')} ${r.title}`} /></Tooltip>
          </Popconfirm>
        </Space>
      )
    }
  ]

  return (
    <div className="home" data-testid="home">
      <div className="home-bar">
        <Typography.Title level={3} style={{ margin: 0 }}>{trashed ? t('home.trash') : t('home.title')}</Typography.Title>
        <Space wrap>
          <Input.Search allowClear placeholder={t('home.search')} aria-label={t('home.search')} style={{ width: 300 }}
            value={query} onChange={(e) => setQuery(e.target.value)} data-testid="search" />
          <Select<SortKey> aria-label={t('home.sort')} value={sort} onChange={setSort} style={{ width: 130 }}
            options={(['updatedAt', 'title', 'caseNumber', 'stage'] as const).map((k) => ({ value: k, label: t(`home.sort.${k}`) }))} />
          <Segmented<'list' | 'trash'> value={trashed ? 'trash' : 'list'} onChange={(v) => { setRows(null); setTrashed(v === 'trash') }}
            options={[{ value: 'list', label: t('home.title') }, { value: 'trash', label: t('home.trash') }]} />
          <Button icon={<ImportOutlined />} onClick={() => fileInput.current?.click()}>{t('home.import')}</Button>
          <input ref={fileInput} type="file" accept=".json,.bangxin.json,application/json" hidden data-testid="import-input"
            onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void onImportFile(f) }} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreateOpen(true)} data-testid="new-matter">{t('home.new')}</Button>
        </Space>
      </div>
      <Table<MatterSummary>
        rowKey="id"
        size="middle"
        loading={rows === null}
        dataSource={rows ?? []}
        columns={columns}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={trashed ? t('home.emptyTrash') : t('home.empty')} /> }}
        data-testid="matters-table"
        onRow={(r) => ({ 'data-testid': 'matter-row', 'data-id': r.id } as React.HTMLAttributes<HTMLElement>)}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>{t('app.offline')}</Typography.Paragraph>
      {createOpen && <CreateModal open onClose={() => setCreateOpen(false)} onCreated={(id) => { setCreateOpen(false); onOpen(id) }} />}
      <Modal open={dupImport !== null} title={t('import.dupTitle')} onCancel={() => setDupImport(null)} data-testid="import-duplicate"
        footer={[
          <Button key="cancel" onClick={() => setDupImport(null)}>{t('common.cancel')}</Button>,
          <Button key="both" onClick={() => void resolveImport('keepBoth')} data-testid="import-keep-both">{t('import.keepBoth')}</Button>,
          <Button key="replace" type="primary" danger onClick={() => void resolveImport('replace')} data-testid="import-replace">{t('import.replace')}</Button>
        ]}>
        {dupImport && (
          <>
            <Typography.Paragraph>{t('import.dupBody', { title: dupImport.title, existing: dupImport.existing.map((x) => `“${x.title}”`).join(lang === 'zh' ? '、' : ', ') })}</Typography.Paragraph>
            <ul className="import-choices">
              <li><strong>{t('import.replace')}</strong>{lang === 'zh' ? '：' : ': '}{t('import.replaceHint')}</li>
              <li><strong>{t('import.keepBoth')}</strong>{lang === 'zh' ? '：' : ': '}{t('import.keepBothHint')}</li>
            </ul>
          </>
        )}
      </Modal>
      {/* no open/close animation: while antd's zoom-in runs the dialog takes no pointer events, so a quick click on
          OK was lost (a prompt often follows another at once); a security prompt gains nothing from motion */}
      <Modal open={passPrompt !== null} title={<Space><LockOutlined />{passPrompt?.title}</Space>} destroyOnHidden
        transitionName="" maskTransitionName=""
        onOk={() => closePassphrase(passValue)} onCancel={() => closePassphrase(null)} data-testid="passphrase-dialog">
        {passPrompt && (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Input.Password autoFocus aria-label={t('passphrase.label')} placeholder={t('passphrase.label')} data-testid="passphrase-input"
              value={passValue} onChange={(e) => setPassValue(e.target.value)} onPressEnter={() => closePassphrase(passValue)} />
            <Typography.Text type="secondary">{t('passphrase.hint')}</Typography.Text>
          </Space>
        )}
      </Modal>
      <VersionsModal open={versionsFor !== null} matterId={versionsFor} onClose={() => setVersionsFor(null)} onRestored={(id) => { setVersionsFor(null); onOpen(id) }} />
    </div>
  )
}

function CreateModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const { t, l, lang } = useI18n()
  const { message } = AntApp.useApp()
  const [title, setTitle] = useState('')
  const [from, setFrom] = useState<'blank' | 'example'>('blank')
  const [exampleId, setExampleId] = useState<string | null>(null)
  const [examples, setExamples] = useState<ExampleInfo[]>([])
  const titleRef = useRef<InputRef>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    call('examples:list', {}).then(setExamples, () => setExamples([]))
  }, [])
  const ex = examples.find((e) => e.id === exampleId)
  const submit = async () => {
    const name = title.trim() || (from === 'example' && ex ? ex.title : '')
    if (!name) { setError(t('create.nameRequired')); return }
    setBusy(true)
    try {
      const id = (await call('matters:create', { title: name, exampleId: from === 'example' ? exampleId : null })).summary.id
      message.success(t('home.created'))
      onCreated(id)
    } catch (e) {
      setError(errorText(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Modal open={open} onCancel={onClose} title={t('create.title')} okText={t('common.ok')} cancelText={t('common.cancel')}
      onOk={() => void submit()} confirmLoading={busy} okButtonProps={{ disabled: from === 'example' && !exampleId, 'data-testid': 'create-ok' } as ButtonProps}
      data-testid="create-modal" destroyOnHidden
      // the keyboard lands in the first field (the name), not on the close button
      afterOpenChange={(o) => { if (o) titleRef.current?.focus() }}>
      <Form layout="vertical" component="div">
        <Form.Item label={t('create.name')} htmlFor="create-title" validateStatus={error ? 'error' : undefined} help={error ?? undefined}>
          <Input id="create-title" ref={titleRef} value={title} onChange={(e) => setTitle(e.target.value)} onPressEnter={() => void submit()}
            placeholder={from === 'example' && ex ? ex.title : ''} maxLength={200} lang="zh-CN" />
        </Form.Item>
        <Form.Item label={t('create.from')}>
          <Radio.Group optionType="button" value={from} onChange={(e) => setFrom(e.target.value as 'blank' | 'example')} aria-label={t('create.from')}
            options={[{ value: 'blank', label: t('create.blank') }, { value: 'example', label: t('create.example') }]} />
        </Form.Item>
        {from === 'example' && (
          <Form.Item label={t('create.pickExample')} htmlFor="create-example">
            <Select id="create-example" showSearch={{ optionFilterProp: 'title' }} value={exampleId ?? undefined} onChange={(v: string) => setExampleId(v)}
              placeholder={t('create.pickExample')}
              options={examples.map((e) => {
                const charge = e.charge && e.charge in chargeLabels ? l(chargeLabels[e.charge as ChargeId]) : null
                return {
                  value: e.id, title: `${e.title}${charge ? ` ${charge}` : ''}`,
                  label: <><span lang="zh-CN">{e.title}</span>{charge ? (lang === 'zh' ? `（${charge}）` : ` (${charge})`) : ''}</>
                }
              })} />
            {ex && <Typography.Paragraph type="secondary" style={{ marginTop: 6 }} lang="zh-CN">{ex.summary}</Typography.Paragraph>}
          </Form.Item>
        )}
      </Form>
    </Modal>
  )
}

