// Form fields bound to a path of the matter document. Every fact can be left unknown (null), and
// unknown looks different from "no". Errors from the zod schema appear under the field they concern.
import { Checkbox, Form, Input, InputNumber, Radio, Select, Space, Tag, Tooltip, Typography } from 'antd'
import { useState, useSyncExternalStore } from 'react'
import { describeAmount, describeDate, parseAmount, parseDate } from '../../../core/text/numbers'
import { evidenceStatusLabels } from '../labels'
import type { ReactNode } from 'react'
import { useI18n } from '../i18n'
import { pathString, wan, type Path } from '../paths'
import { useFieldIssues, useFieldStore, useFieldValue } from './state'

export const fieldId = (path: Path): string => 'f-' + pathString(path).replaceAll('.', '-')

/** The antd Form (layout only) around a memoised section of fields. Kept inside the memoised section: antd's Form
 *  hands its items a new context object on each of its renders, so a Form above the editor re-rendered every
 *  Form.Item of the open form on each keystroke. */
export function FormLayout({ children }: { children: ReactNode }) {
  return <Form layout="vertical" component="div" size="middle">{children}</Form>
}

interface ShellProps {
  path: Path
  label: ReactNode
  /** id of the labelled control (text inputs); groups use aria-labelledby instead */
  htmlFor?: string
  extra?: ReactNode
  children: ReactNode
}

export function useIssues(path: Path): string[] {
  const joined = useFieldIssues(path)
  return joined ? [joined] : []
}

/** Does an evidence item that supports `support` (a defendant-relative path) bear on `fact`? */
export const supportsFact = (support: string, fact: string): boolean =>
  support === fact || fact.startsWith(support + '.') || support.startsWith(fact + '.')

/** Evidence items of the defendant that support this field, as `status|id|title` lines ('' when none). */
function useEvidenceFor(path: Path): string {
  const store = useFieldStore()
  const [head, index, ...rest] = path
  const rel = rest.map(String).join('.')
  return useSyncExternalStore(store.subscribe, () => {
    if (head !== 'defendants' || typeof index !== 'number' || !rel) return ''
    const d = store.getDoc().defendants[index]
    return (d?.evidence ?? [])
      .filter((e) => e.supports.some((s) => supportsFact(s, rel)))
      .map((e) => `${e.status ?? ''}|${e.id}|${e.title}`)
      .join('\n')
  })
}

const evidenceColor: Record<string, string> = { verified: 'green', disputed: 'gold', missing: 'red', '': 'default' }

function EvidenceBadges({ path, lines }: { path: Path; lines: string }) {
  const { l, t } = useI18n()
  return (
    <span className="evidence-badges" data-testid={'evidence-for-' + pathString(path)}>
      {lines.split('\n').map((line) => {
        const [status = '', id = '', title = ''] = line.split('|')
        const statusLabel = status === 'verified' || status === 'disputed' || status === 'missing' ? l(evidenceStatusLabels[status]) : t('evidence.unmarked')
        return (
          <Tooltip key={id} title={`${t('evidence.for')} ${id}：${title}`}>
            <Tag color={evidenceColor[status] ?? 'default'} className="evidence-badge">{id} {statusLabel}</Tag>
          </Tooltip>
        )
      })}
    </span>
  )
}

export function FieldShell({ path, label, htmlFor, extra, children }: ShellProps) {
  const errors = useIssues(path)
  const evidence = useEvidenceFor(path)
  const id = fieldId(path)
  return (
    <Form.Item
      label={<span id={id + '-label'}>{label}</span>}
      htmlFor={htmlFor}
      validateStatus={errors.length ? 'error' : undefined}
      help={errors.length ? <span id={id + '-error'} role="alert" data-testid={'error-' + pathString(path)}>{errors.join('；')}</span> : undefined}
      extra={extra || evidence ? <>{extra}{evidence && <EvidenceBadges path={path} lines={evidence} />}</> : undefined}
      data-testid={'field-' + pathString(path)}
    >
      {children}
    </Form.Item>
  )
}

type TriValue = 'yes' | 'no' | 'unknown'
const toTri = (v: unknown): TriValue => (v === true ? 'yes' : v === false ? 'no' : 'unknown')

export function TriField({ path, label }: { path: Path; label: string }) {
  const { set } = useFieldStore()
  const { t } = useI18n()
  const value = toTri(useFieldValue(path))
  const id = fieldId(path)
  const errors = useIssues(path)
  return (
    <FieldShell path={path} label={label}>
      <Radio.Group
        optionType="button"
        buttonStyle="solid"
        size="small"
        aria-labelledby={id + '-label'}
        aria-invalid={errors.length > 0}
        className={value === 'unknown' ? 'tri tri-unknown' : 'tri'}
        value={value}
        onChange={(e) => set(path, e.target.value === 'yes' ? true : e.target.value === 'no' ? false : null)}
        options={[
          { value: 'yes', label: t('common.yes') },
          { value: 'no', label: t('common.no') },
          { value: 'unknown', label: t('common.unknown'), className: 'tri-unknown-option' }
        ]}
      />
    </FieldShell>
  )
}

export interface ChoiceOption {
  value: string
  label: string
}

/** One of a few values, or unknown (null) when `nullable`. */
export function ChoiceField({ path, label, options, nullable = true, unknownLabel }: {
  path: Path; label: string; options: ChoiceOption[]; nullable?: boolean; unknownLabel?: string
}) {
  const { set } = useFieldStore()
  const { t } = useI18n()
  const raw = useFieldValue(path)
  const value = typeof raw === 'string' ? raw : '__unknown'
  const id = fieldId(path)
  const all = nullable ? [...options, { value: '__unknown', label: unknownLabel ?? t('common.unknown'), className: 'tri-unknown-option' }] : options
  return (
    <FieldShell path={path} label={label}>
      <Radio.Group
        optionType="button"
        buttonStyle="solid"
        size="small"
        aria-labelledby={id + '-label'}
        className={value === '__unknown' ? 'tri tri-unknown' : 'tri'}
        value={value}
        onChange={(e) => set(path, e.target.value === '__unknown' ? null : e.target.value)}
        options={all}
      />
    </FieldShell>
  )
}

/** One language of a bilingual "中文 / English" message from the core parsers. */
const oneLanguage = (msg: string, lang: string): string => {
  const i = msg.indexOf(' / ')
  return i < 0 ? msg : lang === 'en' ? msg.slice(i + 3) : msg.slice(0, i)
}

/**
 * A field typed as text and read by the one parser of core/text/numbers. What the old number box took — plain
 * digits (an amount) or YYYY-MM-DD (a date) — is taken at once, as before (the schema reports what is wrong with
 * it). Anything that needs reading (4.2万, 四万二千, ４２０００, 42,000, 2001年3月5日 …) is shown as it will be stored
 * and taken on Enter or when the field is left; what cannot be read is said, and the matter is not changed.
 */
function useParsedDraft<T>(path: Path, format: (v: unknown) => string, isDirect: (s: string) => boolean, direct: (s: string) => unknown,
  parse: (s: string) => { ok: true; value: T } | { ok: false; error: string }, store: (v: T) => unknown) {
  const { set } = useFieldStore()
  const raw = useFieldValue(path)
  const [draft, setDraft] = useState<string | null>(null)
  const text = draft ?? format(raw)
  const trimmed = text.trim()
  const pending = draft !== null && trimmed !== '' && !isDirect(trimmed) ? parse(trimmed) : null
  const onChange = (v: string) => {
    setDraft(v)
    const s = v.trim()
    if (s === '') set(path, null)
    else if (isDirect(s)) set(path, direct(s))
  }
  // taken on Enter or when the field is left; text that cannot be read stays, with its message, and changes nothing
  const commit = () => {
    if (pending?.ok) {
      set(path, store(pending.value))
      setDraft(null)
    } else if (!pending) setDraft(null)
  }
  return { text, pending, onChange, commit }
}

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/

export function MoneyField({ path, label }: { path: Path; label: string }) {
  const { t, lang } = useI18n()
  const id = fieldId(path)
  const errors = useIssues(path)
  const raw = useFieldValue(path)
  const value = typeof raw === 'number' ? raw : null
  const { text, pending, onChange, commit } = useParsedDraft(
    path, (v) => (typeof v === 'number' ? String(v) : ''), (s) => PLAIN_NUMBER.test(s), Number, parseAmount, (a) => a.value
  )
  const extra = pending
    ? pending.ok
      ? <span className="parsed-preview" data-testid={'parsed-' + pathString(path)}>{t('parse.willStore', { value: describeAmount(pending.value, lang) })}</span>
      : <Typography.Text type="danger" data-testid={'parse-error-' + pathString(path)}>{oneLanguage(pending.error, lang)}</Typography.Text>
    : value !== null ? <span data-testid={'wan-' + pathString(path)}>≈ {wan(value)}</span> : <Typography.Text type="secondary" italic>{t('common.unknown')}</Typography.Text>
  return (
    <FieldShell path={path} label={label} htmlFor={id} extra={extra}>
      <Input
        id={id}
        inputMode="decimal"
        value={text}
        placeholder={t('amount.placeholder')}
        suffix={t('common.yuan')}
        aria-invalid={errors.length > 0 || (pending !== null && !pending.ok)}
        aria-describedby={errors.length ? id + '-error' : undefined}
        onChange={(e) => onChange(e.target.value)}
        onBlur={commit}
        onPressEnter={commit}
      />
    </FieldShell>
  )
}

export function IntField({ path, label, suffix }: { path: Path; label: string; suffix?: string }) {
  const { set } = useFieldStore()
  const { t } = useI18n()
  const raw = useFieldValue(path)
  const value = typeof raw === 'number' ? raw : null
  const id = fieldId(path)
  const errors = useIssues(path)
  return (
    <FieldShell path={path} label={label} htmlFor={id}>
      <InputNumber<number>
        id={id}
        style={{ width: '100%' }}
        value={value}
        placeholder={t('amount.placeholder')}
        suffix={suffix}
        aria-invalid={errors.length > 0}
        aria-describedby={errors.length ? id + '-error' : undefined}
        onChange={(v) => set(path, typeof v === 'number' ? v : null)}
      />
    </FieldShell>
  )
}

/** Free text. `required` text keeps '' (the schema names the error); otherwise empty = null. */
export function TextField({ path, label, required = false, multiline = false, placeholder, extra }: {
  path: Path; label: string; required?: boolean; multiline?: boolean; placeholder?: string; extra?: ReactNode
}) {
  const { set } = useFieldStore()
  const raw = useFieldValue(path)
  const value = typeof raw === 'string' ? raw : ''
  const id = fieldId(path)
  const errors = useIssues(path)
  const onChange = (v: string) => set(path, v === '' && !required ? null : v)
  const common = {
    id,
    value,
    placeholder,
    // the matter's own text (names, case number, facts, notes) is Chinese
    lang: 'zh-CN',
    'aria-invalid': errors.length > 0,
    'aria-describedby': errors.length ? id + '-error' : undefined
  }
  return (
    <FieldShell path={path} label={label} htmlFor={id} extra={extra}>
      {multiline ? (
        <Input.TextArea {...common} autoSize={{ minRows: 1, maxRows: 5 }} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <Input {...common} onChange={(e) => onChange(e.target.value)} />
      )}
    </FieldShell>
  )
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** A date typed as people write it (2001年3月5日, 2001.3.5, 20010305 …) or chosen in the browser's date picker. */
export function DateField({ path, label, extra }: { path: Path; label: string; extra?: ReactNode }) {
  const { t, lang } = useI18n()
  const { set } = useFieldStore()
  const id = fieldId(path)
  const errors = useIssues(path)
  const raw = useFieldValue(path)
  const { text, pending, onChange, commit } = useParsedDraft(
    path, (v) => (typeof v === 'string' ? v : ''), (s) => ISO_DATE.test(s), (s) => s, parseDate, (d) => d.iso
  )
  const preview = pending
    ? pending.ok
      ? <span className="parsed-preview" data-testid={'parsed-' + pathString(path)}>{t('parse.willStore', { value: describeDate(pending.value, lang) })}</span>
      : <Typography.Text type="danger" data-testid={'parse-error-' + pathString(path)}>{oneLanguage(pending.error, lang)}</Typography.Text>
    : null
  return (
    <FieldShell path={path} label={label} htmlFor={id} extra={preview || extra ? <>{preview}{extra}</> : undefined}>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          id={id}
          value={text}
          placeholder={t('field.datePlaceholder')}
          aria-invalid={errors.length > 0 || (pending !== null && !pending.ok)}
          aria-describedby={errors.length ? id + '-error' : undefined}
          onChange={(e) => onChange(e.target.value)}
          onBlur={commit}
          onPressEnter={commit}
        />
        <input
          type="date"
          className="date-picker-native"
          aria-label={t('field.datePicker', { label })}
          data-testid={'date-picker-' + pathString(path)}
          min="1900-01-01"
          max="2100-12-31"
          value={typeof raw === 'string' && ISO_DATE.test(raw) ? raw : ''}
          onChange={(e) => set(path, e.target.value === '' ? null : e.target.value)}
        />
      </Space.Compact>
    </FieldShell>
  )
}

/** A nullable list of enum values: unknown (null) or known (checked ones; none checked = none). */
export function CheckListField({ path, label, options }: { path: Path; label: string; options: ChoiceOption[] }) {
  const { set } = useFieldStore()
  const { t } = useI18n()
  const raw = useFieldValue(path)
  const list = Array.isArray(raw) ? (raw as string[]) : null
  const id = fieldId(path)
  return (
    <FieldShell path={path} label={label}>
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          size="small"
          aria-label={`${label}：${t('field.listKnown')} / ${t('field.listUnknown')}`}
          className={list === null ? 'tri tri-unknown' : 'tri'}
          value={list === null ? 'unknown' : 'known'}
          onChange={(e) => set(path, e.target.value === 'unknown' ? null : [])}
          options={[
            { value: 'known', label: t('field.listKnown') },
            { value: 'unknown', label: t('common.unknown'), className: 'tri-unknown-option' }
          ]}
        />
        {list !== null && (
          <Checkbox.Group
            aria-labelledby={id + '-label'}
            className="check-list"
            value={list}
            onChange={(v) => set(path, options.map((o) => o.value).filter((o) => (v as string[]).includes(o)))}
            options={options}
          />
        )}
      </Space>
    </FieldShell>
  )
}

export function SelectField({ path, label, options, nullable = true }: { path: Path; label: string; options: ChoiceOption[]; nullable?: boolean }) {
  const { set } = useFieldStore()
  const { t } = useI18n()
  const raw = useFieldValue(path)
  const value = typeof raw === 'string' ? raw : '__unknown'
  const id = fieldId(path)
  const all = nullable ? [...options, { value: '__unknown', label: t('common.unknown') }] : options
  return (
    <FieldShell path={path} label={label} htmlFor={id}>
      <Select
        id={id}
        showSearch={{ optionFilterProp: 'label' }}
        value={value}
        options={all}
        onChange={(v: string) => set(path, v === '__unknown' ? null : v)}
      />
    </FieldShell>
  )
}
