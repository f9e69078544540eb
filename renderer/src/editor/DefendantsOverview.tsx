// 被告人一览: every defendant of the matter in one table — role, cards, key amounts, the charge and the most likely
// outcome from the analysis — beside the per-defendant editor; a row opens that defendant's form.
import { Fragment, memo, type ReactNode } from 'react'
import { Collapse, Table, Typography } from 'antd'
import type { DefendantAnalysis } from '../../../core/analysis/types'
import type { Defendant } from '../../../core/matter/schema'
import { relationParts } from '../../../core/engine/co-defendants'
import { OUTCOME_LABELS } from '../../../core/outcome'
import { useI18n } from '../i18n'
import { chargeLabels, dispositionLabels, roleLabels } from '../labels'
import { wan } from '../paths'

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

/** A party's name or an outcome word kept in Chinese: marked as such for screen readers and the English UI. */
const zh = (text: string): ReactNode => <span lang="zh-CN">{text}</span>

/** The links as phrases in the interface language, the (Chinese) names marked. */
function relationsCell(defendants: readonly Defendant[], d: Defendant, lang: 'zh' | 'en'): ReactNode {
  const parts = relationParts(defendants, d)
  if (parts.length === 0) return '—'
  return parts.map(({ template, names }, i) => {
    const [before, after] = template[lang].split('{names}')
    return (
      <Fragment key={i}>
        {i > 0 ? (lang === 'zh' ? '；' : '; ') : null}
        {before}{names.map((n, j) => <Fragment key={j}>{j > 0 ? (lang === 'zh' ? '、' : ', ') : null}{zh(n)}</Fragment>)}{after}
      </Fragment>
    )
  })
}

const amount = (n: number | null): string => (n === null ? '—' : wan(n))

export const DefendantsOverview = memo(function DefendantsOverview({ defendants, analyses, active, onSelect }: {
  defendants: readonly Defendant[]
  analyses: readonly DefendantAnalysis[] | null
  active: number
  onSelect: (index: number) => void
}) {
  const { t, l, lang } = useI18n()
  const rows: Row[] = defendants.map((d, i) => {
    const a = analyses?.find((x) => x.id === d.id) ?? null
    const cards = (d.conduct.cards ?? []).reduce((n, c) => n + (c.count ?? 0), 0)
    return {
      key: i,
      name: d.name ? zh(d.name) : t('editor.unnamed'),
      role: d.mitigation.role ? l(roleLabels[d.mitigation.role]) : '—',
      relations: relationsCell(defendants, d, lang),
      cards: d.conduct.cards === null ? '—' : String(cards),
      inflow: amount(d.amounts.oneWayInflow ?? d.amounts.paymentSettlement),
      gain: amount(d.amounts.illegalGain),
      charge: a ? l(chargeLabels[a.prevailingCharge]) : '—',
      outcome: a ? (a.outcome ? zh((OUTCOME_LABELS as Record<string, string>)[a.outcome.likely] ?? a.outcome.likely) : l(dispositionLabels[a.disposition])) : '—'
    }
  })
  return (
    <Collapse size="small" style={{ marginBottom: 8 }} data-testid="defendants-overview"
      items={[{
        key: 'overview',
        label: <span>{t('editor.overview')} <Typography.Text type="secondary">（{defendants.length}）</Typography.Text></span>,
        children: (
          <Table<Row> size="small" dataSource={rows} pagination={rows.length > 20 ? { pageSize: 20, size: 'small' } : false}
            rowClassName={(r) => (r.key === active ? 'overview-active' : '')}
            onRow={(r) => ({ onClick: () => onSelect(r.key), style: { cursor: 'pointer' } })}
            columns={[
              { title: t('overview.name'), dataIndex: 'name' },
              { title: t('overview.role'), dataIndex: 'role', width: 70 },
              { title: t('overview.relations'), dataIndex: 'relations' },
              { title: t('overview.cards'), dataIndex: 'cards', width: 70 },
              { title: t('overview.inflow'), dataIndex: 'inflow' },
              { title: t('overview.gain'), dataIndex: 'gain' },
              { title: t('overview.charge'), dataIndex: 'charge' },
              { title: t('overview.outcome'), dataIndex: 'outcome' }
            ]} />
        )
      }]} />
  )
})
