// The student's answer against the analysis: a row per item with the verdict and the deciding clauses,
// the score by the published rubric, the twists re-evaluated, and what the court actually decided.
import { Alert, Card, Descriptions, Progress, Space, Table, Tag, Typography } from 'antd'
import type { ReactNode } from 'react'
import {
  SERIOUS_GROUND_LABELS, rubricTable, type Comparison, type ComparisonRow, type DecidingClause, type Score, type TwistOutcome, type Verdict
} from '../../../core/clinic'
import { Citations } from '../analysis/Citation'
import { useI18n } from '../i18n'
import { inLanguage } from '../i18n/language'
import { verdictKey } from './labels'
import './clinic.css'

const VERDICT_COLOR: Record<Verdict, string> = { agree: 'green', partial: 'gold', disagree: 'red', unanswered: 'default' }

export function VerdictTag({ v }: { v: Verdict }) {
  const { t } = useI18n()
  return <Tag color={VERDICT_COLOR[v]} data-testid="verdict" data-verdict={v}>{t(verdictKey(v))}</Tag>
}

function Deciding({ clauses }: { clauses: DecidingClause[] }) {
  if (!clauses.length) return <Typography.Text type="secondary">—</Typography.Text>
  return <div className="clinic-deciding"><Citations ids={clauses.map((c) => c.clauseId)} /></div>
}

const rowKey = (r: ComparisonRow): string => (r.item === 'element' ? `element-${r.elementId}` : r.item)

function studentCell(r: ComparisonRow, t: ReturnType<typeof useI18n>['t']): ReactNode {
  if (r.item === 'element') {
    return (
      <div>
        <div lang="zh-CN">{r.student}</div>
        {r.reason.trim() && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('cmp.reason')}<span lang="zh-CN">{r.reason}</span></Typography.Text>}
      </div>
    )
  }
  if (r.item === 'charge' && r.court) {
    return (
      <div>
        <div lang="zh-CN">{r.student}</div>
        {r.court.same
          ? <Tag color="cyan" data-testid="court-same" style={{ marginTop: 2 }}>{t('cmp.courtSame')}</Tag>
          : <Tag data-testid="court-differs" style={{ marginTop: 2 }}>{t('cmp.courtDiffers')}</Tag>}
      </div>
    )
  }
  if (r.item === 'seriousGrounds' && (r.missed.length || r.extra.length)) {
    return (
      <div>
        <div lang="zh-CN">{r.student}</div>
        {r.missed.length > 0 && <Typography.Text type="danger" style={{ fontSize: 12 }}>{t('cmp.missed')}<span lang="zh-CN">{r.missed.map((g) => SERIOUS_GROUND_LABELS[g]).join('；')}</span> </Typography.Text>}
        {r.extra.length > 0 && <Typography.Text type="warning" style={{ fontSize: 12 }}>{t('cmp.extra')}<span lang="zh-CN">{r.extra.map((g) => SERIOUS_GROUND_LABELS[g]).join('；')}</span></Typography.Text>}
      </div>
    )
  }
  return <span lang="zh-CN">{r.student}</span>
}

export function ComparisonTable({ comparison }: { comparison: Comparison }) {
  const { t, lang } = useI18n()
  return (
    <>
    {lang !== 'zh' && <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 4 }} data-testid="legal-text-note">{t('cmp.legalChinese')}</Typography.Paragraph>}
    <Table<ComparisonRow>
      data-testid="comparison"
      size="small"
      pagination={false}
      rowKey={rowKey}
      dataSource={comparison.rows}
      scroll={{ x: 1150 }}
      tableLayout="fixed"
      onRow={(r) => ({ 'data-testid': `comparison-row-${rowKey(r)}`, 'data-verdict': r.verdict }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('cmp.col.item'), dataIndex: 'label', width: 120, render: (v: string) => <span lang="zh-CN">{v}</span> },
        { title: t('cmp.col.student'), key: 'student', width: 220, render: (_, r) => studentCell(r, t) },
        { title: t('cmp.col.engine'), dataIndex: 'engine', width: 200, render: (v: string) => <span lang="zh-CN">{v}</span> },
        { title: t('cmp.col.verdict'), key: 'verdict', width: 90, render: (_, r) => <VerdictTag v={r.verdict} /> },
        { title: t('cmp.col.deciding'), key: 'deciding', width: 260, render: (_, r) => <Deciding clauses={r.deciding} /> },
        {
          title: t('cmp.col.why'), dataIndex: 'why', width: 260,
          render: (w: string) => <Typography.Paragraph style={{ margin: 0, fontSize: 12 }} ellipsis={{ rows: 3, expandable: true }} lang="zh-CN">{w || '—'}</Typography.Paragraph>
        }
      ]}
    />
    </>
  )
}

export function ScoreCard({ score }: { score: Score }) {
  const { t } = useI18n()
  return (
    <Card size="small" title={t('cmp.score')} data-testid="score" data-total={score.total} data-max={score.max}>
      <Space align="center" size="large">
        <Progress type="circle" size={72} percent={score.percent} format={() => `${score.total}/${score.max}`} />
        <Typography.Text>{t('cmp.scoreLine')} <b data-testid="score-total">{score.total}</b> / {score.max} ({score.percent}%)</Typography.Text>
      </Space>
      <Table
        size="small"
        style={{ marginTop: 8 }}
        pagination={false}
        rowKey="id"
        dataSource={score.lines}
        columns={[
          { title: t('cmp.col.scoreItem'), dataIndex: 'label', render: (v: string) => <span lang="zh-CN">{v}</span> },
          { title: t('cmp.col.points'), key: 'p', width: 90, render: (_, l) => `${l.points} / ${l.max}` },
          { title: t('cmp.col.rule'), dataIndex: 'rule', render: (v: string) => <span lang="zh-CN">{v}</span> }
        ]}
      />
    </Card>
  )
}

export function RubricTable() {
  const { t } = useI18n()
  return (
    <Table
      data-testid="rubric"
      size="small"
      pagination={false}
      rowKey="item"
      dataSource={rubricTable()}
      columns={[
        { title: t('cmp.col.rubric'), dataIndex: 'item', render: (v: string) => <span lang="zh-CN">{v}</span> },
        { title: t('cmp.col.weight'), dataIndex: 'points', width: 110, render: (v: string) => <span lang="zh-CN">{v}</span> }
      ]}
      footer={() => t('cmp.rubricNote')}
    />
  )
}

export function TwistOutcomes({ outcomes }: { outcomes: TwistOutcome[] }) {
  const { t } = useI18n()
  if (!outcomes.length) return null
  return (
    <Card size="small" title={t('cmp.twists')} data-testid="twist-outcomes">
      {outcomes.map((tw) => (
        <div key={tw.twistId} data-testid={`twist-${tw.twistId}`} data-changed={tw.changed} style={{ marginBottom: 10 }}>
          <Typography.Text strong lang="zh-CN">{tw.label}</Typography.Text>
          {tw.prompt && <Typography.Text type="secondary" style={{ marginLeft: 12 }} lang="zh-CN">{tw.prompt}</Typography.Text>}
          {!tw.ok ? (
            <Alert type="error" showIcon message={`${t('cmp.twistFailed')}${tw.issues.map((i) => `${i.path}: ${inLanguage(i.message)}`).join('; ')}`} />
          ) : (
            <Descriptions size="small" column={1} style={{ marginTop: 4 }}
              items={[
                { key: 'c', label: t('cmp.conclusion'), children: <span><span lang="zh-CN">{tw.after?.chargeLabel}</span>{tw.changed ? <Tag color="orange" style={{ marginLeft: 8 }}>{t('cmp.changed')}</Tag> : <Tag style={{ marginLeft: 8 }}>{t('cmp.unchanged')}</Tag>}</span> },
                ...(tw.after?.rangeMonths ? [{ key: 'r', label: t('cmp.range'), children: t('cmp.rangeMonths', { min: tw.after.rangeMonths.min, max: tw.after.rangeMonths.max }) }] : []),
                { key: 'w', label: t('cmp.why'), children: <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, expandable: true }} lang="zh-CN">{tw.after?.why || '—'}</Typography.Paragraph> },
                { key: 'd', label: t('cmp.basis'), children: <Deciding clauses={tw.deciding} /> }
              ]}
            />
          )}
        </div>
      ))}
    </Card>
  )
}

export function UnverifiedNote({ show }: { show: boolean }) {
  const { t } = useI18n()
  if (!show) return null
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="unverified-note"
      message={t('cmp.unverified')}
      style={{ marginBottom: 8 }}
    />
  )
}
