// 被告人一览: every defendant of the matter in one table — role, links to the other defendants, cards, key amounts,
// the charge and the most likely outcome from the analysis — beside the per-defendant editor; a row opens that
// defendant's form.
import { memo, useCallback, useMemo, type ReactNode } from 'react'
import { Collapse, Table, Typography } from 'antd'
import type { DefendantAnalysis } from '../../../core/analysis/types'
import type { Defendant } from '../../../core/matter/schema'
import { relationParts } from '../../../core/engine/co-defendants'
import { OUTCOME_LABELS } from '../../../core/outcome'
import { useI18n, type I18n } from '../i18n'
import { chargeLabels, dispositionLabels, roleLabels } from '../labels'
import { wan } from '../paths'
import { relationPhrases } from '../analysis/RelationPhrases'

interface Row {
  key: number
  name: ReactNode
  role: string
  relations: ReactNode
  cards: string
  inflow: string
  gain: string
  charge: string
  outcome: ReactNode
}

const amount = (n: number | null): string => (n === null ? '—' : wan(n))

/** A party's name or an outcome word kept in Chinese: marked as such for screen readers and the English UI. */
const zh = (text: string): ReactNode => <span lang="zh-CN">{text}</span>

/**
 * The row of one defendant, kept for its facts object, its analysis, its place, the language and its links (which
 * depend on the other defendants too: compared by their text).
 */
const rowCache = new WeakMap<Defendant, { a: DefendantAnalysis | null; key: number; i18n: I18n; links: string; row: Row }>()

function rowFor(defendants: readonly Defendant[], d: Defendant, a: DefendantAnalysis | null, key: number, i18n: I18n): Row {
  const parts = relationParts(defendants, d)
  const links = JSON.stringify(parts.map((p) => [p.template.zh, p.names]))
  const hit = rowCache.get(d)
  if (hit && hit.a === a && hit.key === key && hit.i18n === i18n && hit.links === links) return hit.row
  const { t, l, lang } = i18n
  const cards = (d.conduct.cards ?? []).reduce((n, c) => n + (c.count ?? 0), 0)
  const row: Row = {
    key,
    name: d.name ? zh(d.name) : t('editor.unnamed'),
    role: d.mitigation.role ? l(roleLabels[d.mitigation.role]) : '—',
    relations: relationPhrases(parts, lang) ?? '—',
    cards: (d.conduct.cards ?? []).length === 0 ? '—' : String(cards),
    inflow: amount(d.amounts.oneWayInflow ?? d.amounts.paymentSettlement),
    gain: amount(d.amounts.illegalGain),
    charge: a ? l(chargeLabels[a.prevailingCharge]) : '—',
    outcome: a ? (a.outcome ? zh((OUTCOME_LABELS as Record<string, string>)[a.outcome.likely] ?? a.outcome.likely) : l(dispositionLabels[a.disposition])) : '—'
  }
  rowCache.set(d, { a, key, i18n, links, row })
  return row
}

export const DefendantsOverview = memo(function DefendantsOverview({ defendants, analyses, active, onSelect }: {
  defendants: readonly Defendant[]
  analyses: readonly DefendantAnalysis[] | null
  active: number
  onSelect: (index: number) => void
}) {
  const i18n = useI18n()
  const { t } = i18n
  // a keystroke changes one defendant: the other rows stay the same objects (the table does not render them again)
  const rows: Row[] = defendants.map((d, i) => {
    const a = analyses?.find((x) => x.id === d.id) ?? null
    return rowFor(defendants, d, a, i, i18n)
  })
  const paged = rows.length > 20
  const pagination = useMemo(() => (paged ? { pageSize: 20, size: 'small' as const } : false as const), [paged])
  const rowClassName = useCallback((r: Row) => (r.key === active ? 'overview-active' : ''), [active])
  const onRow = useCallback((r: Row) => ({ onClick: () => onSelect(r.key), style: { cursor: 'pointer' } }), [onSelect])
  const columns = useMemo(() => [
    { title: t('overview.name'), dataIndex: 'name' },
    { title: t('overview.role'), dataIndex: 'role', width: 70 },
    { title: t('overview.relations'), dataIndex: 'relations' },
    { title: t('overview.cards'), dataIndex: 'cards', width: 70 },
    { title: t('overview.inflow'), dataIndex: 'inflow' },
    { title: t('overview.gain'), dataIndex: 'gain' },
    { title: t('overview.charge'), dataIndex: 'charge' },
    { title: t('overview.outcome'), dataIndex: 'outcome' }
  ], [t])
  return (
    <Collapse size="small" style={{ marginBottom: 8 }} data-testid="defendants-overview"
      items={[{
        key: 'overview',
        label: <span>{t('editor.overview')} <Typography.Text type="secondary">（{defendants.length}）</Typography.Text></span>,
        children: (
          <Table<Row> size="small" dataSource={rows} pagination={pagination} rowClassName={rowClassName} onRow={onRow} columns={columns} />
        )
      }]} />
  )
})
