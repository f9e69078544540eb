// The student's answer against the analysis: a row per item with the verdict and the deciding clauses,
// the score by the published rubric, the twists re-evaluated, and what the court actually decided.
import { Alert, Card, Descriptions, Progress, Space, Table, Tag, Typography } from 'antd'
import type { ReactNode } from 'react'
import {
  SERIOUS_GROUND_LABELS, VERDICT_LABELS, rubricTable, type Comparison, type ComparisonRow, type DecidingClause, type Score, type TwistOutcome, type Verdict
} from '../../../core/clinic'
import { Citations } from '../analysis/Citation'
import './clinic.css'

const VERDICT_COLOR: Record<Verdict, string> = { agree: 'green', partial: 'gold', disagree: 'red', unanswered: 'default' }

export function VerdictTag({ v }: { v: Verdict }) {
  return <Tag color={VERDICT_COLOR[v]} data-testid="verdict" data-verdict={v}>{VERDICT_LABELS[v]}</Tag>
}

function Deciding({ clauses }: { clauses: DecidingClause[] }) {
  if (!clauses.length) return <Typography.Text type="secondary">—</Typography.Text>
  return <div className="clinic-deciding"><Citations ids={clauses.map((c) => c.clauseId)} /></div>
}

const rowKey = (r: ComparisonRow): string => (r.item === 'element' ? `element-${r.elementId}` : r.item)

function studentCell(r: ComparisonRow): ReactNode {
  if (r.item === 'element') {
    return (
      <div>
        <div>{r.student}</div>
        {r.reason.trim() && <Typography.Text type="secondary" style={{ fontSize: 12 }}>理由：{r.reason}</Typography.Text>}
      </div>
    )
  }
  if (r.item === 'charge' && r.court) {
    return (
      <div>
        <div>{r.student}</div>
        {r.court.same
          ? <Tag color="cyan" data-testid="court-same" style={{ marginTop: 2 }}>与法院实际认定一致</Tag>
          : <Tag data-testid="court-differs" style={{ marginTop: 2 }}>与法院实际认定不同</Tag>}
      </div>
    )
  }
  if (r.item === 'seriousGrounds' && (r.missed.length || r.extra.length)) {
    return (
      <div>
        <div>{r.student}</div>
        {r.missed.length > 0 && <Typography.Text type="danger" style={{ fontSize: 12 }}>遗漏：{r.missed.map((g) => SERIOUS_GROUND_LABELS[g]).join('；')} </Typography.Text>}
        {r.extra.length > 0 && <Typography.Text type="warning" style={{ fontSize: 12 }}>多列：{r.extra.map((g) => SERIOUS_GROUND_LABELS[g]).join('；')}</Typography.Text>}
      </div>
    )
  }
  return r.student
}

export function ComparisonTable({ comparison }: { comparison: Comparison }) {
  return (
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
        { title: '项目', dataIndex: 'label', width: 120 },
        { title: '你的答案', key: 'student', width: 220, render: (_, r) => studentCell(r) },
        { title: '分析结论', dataIndex: 'engine', width: 200 },
        { title: '对照', key: 'verdict', width: 90, render: (_, r) => <VerdictTag v={r.verdict} /> },
        { title: '决定性条文', key: 'deciding', width: 260, render: (_, r) => <Deciding clauses={r.deciding} /> },
        {
          title: '分析理由', dataIndex: 'why', width: 260,
          render: (w: string) => <Typography.Paragraph style={{ margin: 0, fontSize: 12 }} ellipsis={{ rows: 3, expandable: true }}>{w || '—'}</Typography.Paragraph>
        }
      ]}
    />
  )
}

export function ScoreCard({ score }: { score: Score }) {
  return (
    <Card size="small" title="得分（按公开评分规则）" data-testid="score" data-total={score.total} data-max={score.max}>
      <Space align="center" size="large">
        <Progress type="circle" size={72} percent={score.percent} format={() => `${score.total}/${score.max}`} />
        <Typography.Text>得分 <b data-testid="score-total">{score.total}</b> / {score.max}（{score.percent}%）</Typography.Text>
      </Space>
      <Table
        size="small"
        style={{ marginTop: 8 }}
        pagination={false}
        rowKey="id"
        dataSource={score.lines}
        columns={[
          { title: '评分项', dataIndex: 'label' },
          { title: '得分', key: 'p', width: 90, render: (_, l) => `${l.points} / ${l.max}` },
          { title: '说明', dataIndex: 'rule' }
        ]}
      />
    </Card>
  )
}

export function RubricTable() {
  return (
    <Table
      data-testid="rubric"
      size="small"
      pagination={false}
      rowKey="item"
      dataSource={rubricTable()}
      columns={[{ title: '评分规则', dataIndex: 'item' }, { title: '分值', dataIndex: 'points', width: 110 }]}
      footer={() => '理由只看是否写明，不评判内容，请教师阅读评阅。分值是教学权重，不是法律标准。'}
    />
  )
}

export function TwistOutcomes({ outcomes }: { outcomes: TwistOutcome[] }) {
  if (!outcomes.length) return null
  return (
    <Card size="small" title="事实变化（重新运行分析）" data-testid="twist-outcomes">
      {outcomes.map((t) => (
        <div key={t.twistId} data-testid={`twist-${t.twistId}`} data-changed={t.changed} style={{ marginBottom: 10 }}>
          <Typography.Text strong>{t.label}</Typography.Text>
          {t.prompt && <Typography.Text type="secondary" style={{ marginLeft: 12 }}>{t.prompt}</Typography.Text>}
          {!t.ok ? (
            <Alert type="error" showIcon message={`此变化无法应用：${t.issues.map((i) => `${i.path}：${i.message}`).join('；')}`} />
          ) : (
            <Descriptions size="small" column={1} style={{ marginTop: 4 }}
              items={[
                { key: 'c', label: '结论', children: <span>{t.after?.chargeLabel}{t.changed ? <Tag color="orange" style={{ marginLeft: 8 }}>结论改变</Tag> : <Tag style={{ marginLeft: 8 }}>结论不变</Tag>}</span> },
                ...(t.after?.rangeMonths ? [{ key: 'r', label: '估算刑期', children: `${t.after.rangeMonths.min}–${t.after.rangeMonths.max} 个月（估算）` }] : []),
                { key: 'w', label: '理由', children: <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, expandable: true }}>{t.after?.why || '—'}</Typography.Paragraph> },
                { key: 'd', label: '依据', children: <Deciding clauses={t.deciding} /> }
              ]}
            />
          )}
        </div>
      ))}
    </Card>
  )
}

export function UnverifiedNote({ show }: { show: boolean }) {
  if (!show) return null
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="unverified-note"
      message="部分决定性条文尚未与官方文本核对（标为“部分核实”或“未核实”），以此为据的结论请自行核对原文。"
      style={{ marginBottom: 8 }}
    />
  )
}
