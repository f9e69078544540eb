// The facts form of one defendant: every section of the matter format, bound by path.
import { memo, useSyncExternalStore } from 'react'
import { Button, Card, Col, Input, InputNumber, Radio, Row, Select, Space, Table, Typography } from 'antd'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import {
  CARD_DEALINGS, CARD_KINDS, CARD_OWNERS, CONSEQUENCES, CRIME_ESTABLISHED, CRIME_TYPES, EVIDENCE_STATUSES,
  KNOWLEDGE_FINDINGS, KNOWLEDGE_INDICATORS, MERITORIOUS, POLICY_FACTORS, RELATION_KINDS, ROLES, TECH_SUPPORT_KINDS,
  type CardLine, type Evidence, type Relation, type RelationKind
} from '../../../core/matter/schema'
import { FIELDS, type FactPath } from '../../../core/matter/fields'
import { CUSTODY_KINDS, SEXES } from '../../../core/matter/schema'
import { useI18n, type I18n } from '../i18n'
import {
  cardDealingLabels, cardKindLabels, cardOwnerLabels, consequenceLabels, crimeEstablishedLabels, crimeTypeLabels,
  evidenceStatusLabels, factPathLabels, findingLabels, indicatorLabels, meritoriousLabels, policyFactorLabels,
  roleLabels, techSupportLabels, type Bi
} from '../labels'
import { ageOn, pathString, type Path } from '../paths'
import {
  CheckListField, ChoiceField, DateField, FieldShell, FormLayout, IntField, MoneyField, TextField, TriField, fieldId, useIssues,
  type ChoiceOption
} from './fields'
import { useFieldStore, useFieldValue } from './state'

const opts = <K extends string>(keys: readonly K[], labels: Record<K, Bi>, i: I18n): ChoiceOption[] =>
  keys.map((k) => ({ value: k, label: i.l(labels[k]) }))

const SECTIONS = ['identity', 'conduct', 'cards', 'transfers', 'knowledge', 'amounts', 'helped', 'history', 'mitigation', 'policy', 'evidence'] as const

const AMOUNT_KEYS = [
  'paymentSettlement', 'oneWayInflow', 'verifiedFraudFunds', 'explainedLegitimateFunds', 'advertisingFunds',
  'illegalGain', 'concealedProceeds', 'attributableFraudLoss'
] as const

export const DefendantForm = memo(function DefendantForm({ index }: { index: number }) {
  const i18n = useI18n()
  const { t } = i18n
  const base: Path = ['defendants', index]
  const p = (...rest: (string | number)[]): Path => [...base, ...rest]
  /** a field's label from the field table (core/matter/fields.ts) */
  const f = (path: FactPath): string => i18n.l(FIELDS[path].label)
  const col = { xs: 24, md: 12, xl: 8 }

  return (
    <FormLayout>
      <div className="defendant-form" data-testid={`defendant-form-${index}`}>
        <nav className="section-nav" aria-label={t('editor.sections')}>
          {SECTIONS.map((k) => (
            <a key={k} href={`#sec-${index}-${k}`} onClick={(e) => {
              e.preventDefault()
              const el = document.getElementById(`sec-${index}-${k}`)
              el?.scrollIntoView({ block: 'start', behavior: 'smooth' })
              el?.querySelector<HTMLElement>('input, textarea, [role="combobox"]')?.focus({ preventScroll: true })
            }}>{t(`section.${k}`)}</a>
          ))}
        </nav>
        <Card size="small" title={t('section.identity')} className="form-section" id={`sec-${index}-identity`}>
          <Row gutter={12}>
            <Col {...col}><TextField path={p('name')} label={f('name')} required /></Col>
            <Col {...col}>
              <ChoiceField path={p('kind')} label={f('kind')} nullable={false}
                options={[{ value: 'person', label: t('field.kind.person') }, { value: 'unit', label: t('field.kind.unit') }]} />
            </Col>
            <Col {...col}>
              <DateField path={p('birthDate')} label={f('birthDate')} extra={<AgeNote index={index} />} />
            </Col>
            <Col {...col}><IntField path={p('ageAtAct')} label={f('ageAtAct')} /></Col>
            <Col {...col}><TriField path={p('student')} label={f('student')} /></Col>
            <Col {...col}><TriField path={p('industryInsider')} label={f('industryInsider')} /></Col>
            <Col {...col}><ChoiceField path={p('sex')} label={f('sex')} options={opts(SEXES, FIELDS.sex.values, i18n)} /></Col>
            <Col {...col}><ChoiceField path={p('custody')} label={f('custody')} options={opts(CUSTODY_KINDS, FIELDS.custody.values, i18n)} /></Col>
            <Col {...col}><DateField path={p('actPeriod', 'from')} label={f('actPeriod.from')} /></Col>
            <Col {...col}><DateField path={p('actPeriod', 'to')} label={f('actPeriod.to')} /></Col>
            <Col span={24}><TextField path={p('factsText')} label={f('factsText')} multiline /></Col>
          </Row>
        </Card>

        <Card size="small" title={t('section.conduct')} className="form-section" id={`sec-${index}-conduct`}>
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <CheckListField path={p('conduct', 'techSupport')} label={f('conduct.techSupport')} options={opts(TECH_SUPPORT_KINDS, techSupportLabels, i18n)} />
            </Col>
            <Col xs={24} md={12}>
              <TriField path={p('conduct', 'advertising')} label={f('conduct.advertising')} />
              <TriField path={p('conduct', 'paymentSettlement')} label={f('conduct.paymentSettlement')} />
            </Col>
            <Col span={24}><TextField path={p('conduct', 'otherHelp')} label={f('conduct.otherHelp')} multiline /></Col>
          </Row>
        </Card>

        <Card size="small" title={t('section.cards')} className="form-section" id={`sec-${index}-cards`}>
          <CardsTable index={index} />
        </Card>

        <Card size="small" title={t('section.transfers')} className="form-section" id={`sec-${index}-transfers`}>
          <Row gutter={12}>
            <Col xs={24} md={12}><TriField path={p('conduct', 'transferredForOthers')} label={f('conduct.transferredForOthers')} /></Col>
            <Col xs={24} md={12}><TriField path={p('conduct', 'faceVerificationForOthers')} label={f('conduct.faceVerificationForOthers')} /></Col>
            <Col xs={24} md={12}><TriField path={p('conduct', 'priorConspiracy')} label={f('conduct.priorConspiracy')} /></Col>
            <Col xs={24} md={12}><TriField path={p('conduct', 'stableCooperation')} label={f('conduct.stableCooperation')} /></Col>
            <Col xs={24} md={12}><TriField path={p('conduct', 'ownIllegalSiteOrGroup')} label={f('conduct.ownIllegalSiteOrGroup')} /></Col>
          </Row>
        </Card>

        <Card size="small" title={t('section.knowledge')} className="form-section" id={`sec-${index}-knowledge`}>
          <Row gutter={12}>
            <Col xs={24} md={12}><TriField path={p('knowledge', 'admitted')} label={f('knowledge.admitted')} /></Col>
            <Col xs={24} md={12}><TriField path={p('knowledge', 'knewProceeds')} label={f('knowledge.knewProceeds')} /></Col>
            <Col span={24}>
              <CheckListField path={p('knowledge', 'indicators')} label={f('knowledge.indicators')}
                options={KNOWLEDGE_INDICATORS.map((k) => ({ value: k, label: i18n.l(indicatorLabels[k]) }))} />
            </Col>
            <Col span={24}><TextField path={p('knowledge', 'counterEvidence')} label={f('knowledge.counterEvidence')} multiline /></Col>
            <Col span={24}>
              <ChoiceField path={p('knowledge', 'finding')} label={f('knowledge.finding')} unknownLabel={t('field.finding.derive')}
                options={opts(KNOWLEDGE_FINDINGS, findingLabels, i18n)} />
            </Col>
          </Row>
        </Card>

        <Card size="small" title={t('section.amounts')} className="form-section" id={`sec-${index}-amounts`}>
          <Row gutter={12}>
            {AMOUNT_KEYS.map((k) => (
              <Col xs={24} md={12} key={k}><MoneyField path={p('amounts', k)} label={f(`amounts.${k}`)} /></Col>
            ))}
          </Row>
        </Card>

        <Card size="small" title={t('section.helped')} className="form-section" id={`sec-${index}-helped`}>
          <Row gutter={12}>
            <Col xs={24} md={12}><IntField path={p('helped', 'objectCount')} label={f('helped.objectCount')} /></Col>
            <Col xs={24} md={12}><ChoiceField path={p('helped', 'crimeType')} label={f('helped.crimeType')} options={opts(CRIME_TYPES, crimeTypeLabels, i18n)} /></Col>
            <Col xs={24} md={12}><ChoiceField path={p('helped', 'crimeEstablished')} label={f('helped.crimeEstablished')} options={opts(CRIME_ESTABLISHED, crimeEstablishedLabels, i18n)} /></Col>
            <Col xs={24} md={12}><ChoiceField path={p('helped', 'consequence')} label={f('helped.consequence')} options={opts(CONSEQUENCES, consequenceLabels, i18n)} /></Col>
          </Row>
        </Card>

        <Card size="small" title={t('section.history')} className="form-section" id={`sec-${index}-history`}>
          <Row gutter={12}>
            <Col {...col}><TriField path={p('history', 'adminPenaltyWithin2Years')} label={f('history.adminPenaltyWithin2Years')} /></Col>
            <Col {...col}><TriField path={p('history', 'priorCriminalRecord')} label={f('history.priorCriminalRecord')} /></Col>
            <Col {...col}><TriField path={p('history', 'recidivist')} label={f('history.recidivist')} /></Col>
          </Row>
        </Card>

        <Card size="small" title={t('section.mitigation')} className="form-section" id={`sec-${index}-mitigation`}>
          <Row gutter={12}>
            <Col {...col}><TriField path={p('mitigation', 'surrendered')} label={f('mitigation.surrendered')} /></Col>
            <Col {...col}><TriField path={p('mitigation', 'truthfulConfession')} label={f('mitigation.truthfulConfession')} /></Col>
            <Col {...col}><TriField path={p('mitigation', 'courtConfession')} label={f('mitigation.courtConfession')} /></Col>
            <Col {...col}><TriField path={p('mitigation', 'pleaAgreement')} label={f('mitigation.pleaAgreement')} /></Col>
            <Col {...col}><TriField path={p('mitigation', 'victimForgiveness')} label={f('mitigation.victimForgiveness')} /></Col>
            <Col {...col}><TriField path={p('mitigation', 'firstOffence')} label={f('mitigation.firstOffence')} /></Col>
            <Col xs={24} md={12}><MoneyField path={p('mitigation', 'restitution')} label={f('mitigation.restitution')} /></Col>
            <Col xs={24} md={12}><ChoiceField path={p('mitigation', 'meritoriousService')} label={f('mitigation.meritoriousService')} options={opts(MERITORIOUS, meritoriousLabels, i18n)} /></Col>
            <Col xs={24} md={12}><ChoiceField path={p('mitigation', 'role')} label={f('mitigation.role')} options={opts(ROLES, roleLabels, i18n)} /></Col>
            <Col span={24}><RelationsTable index={index} /></Col>
          </Row>
        </Card>

        <Card size="small" title={t('section.policy')} className="form-section" id={`sec-${index}-policy`}>
          <Row gutter={12}>
            {POLICY_FACTORS.map((k) => (
              <Col xs={24} md={12} key={k}><TriField path={p('policyFactors', k)} label={i18n.l(policyFactorLabels[k])} /></Col>
            ))}
          </Row>
        </Card>

        <Card size="small" title={t('section.evidence')} className="form-section" id={`sec-${index}-evidence`}>
          <EvidenceTable index={index} />
        </Card>
      </div>
    </FormLayout>
  )
})

function AgeNote({ index }: { index: number }) {
  const { t } = useI18n()
  const birth = useFieldValue(['defendants', index, 'birthDate'])
  const from = useFieldValue(['defendants', index, 'actPeriod', 'from'])
  if (typeof birth !== 'string' || !birth) return null
  const age = ageOn(birth, typeof from === 'string' ? from : null)
  return age !== null ? <span data-testid="computed-age">{t('field.ageComputed', { age })}</span> : <span>{t('field.ageNeedsAct')}</span>
}

function CardsTable({ index }: { index: number }) {
  const i18n = useI18n()
  const { t } = i18n
  const { set } = useFieldStore()
  const path: Path = ['defendants', index, 'conduct', 'cards']
  const raw = useFieldValue(path)
  const cards = Array.isArray(raw) ? (raw as CardLine[]) : null
  const list = cards
  const update = (i: number, patch: Partial<CardLine>) => {
    if (!list) return
    set(path, list.map((c, j) => (j === i ? { ...c, ...patch } : c)))
  }
  return (
    <FieldShell path={path} label={t('section.cards')}>
      <Space orientation="vertical" style={{ width: '100%' }} size={6}>
        <Radio.Group
          optionType="button" buttonStyle="solid" size="small"
          aria-label={`${t('section.cards')}：${t('field.listKnown')} / ${t('field.listUnknown')}`}
          className={list === null ? 'tri tri-unknown' : 'tri'}
          value={list === null ? 'unknown' : 'known'}
          onChange={(e) => set(path, e.target.value === 'unknown' ? null : [])}
          options={[{ value: 'known', label: t('field.listKnown') }, { value: 'unknown', label: t('common.unknown'), className: 'tri-unknown-option' }]}
        />
        {list !== null && (
          <>
            <Table<CardLine & { key: number }>
              size="small"
              pagination={false}
              data-testid="cards-table"
              locale={{ emptyText: t('field.cards.empty') }}
              dataSource={list.map((c, i) => ({ ...c, key: i }))}
              columns={[
                {
                  title: t('field.cards.kind'), dataIndex: 'kind', width: '32%',
                  render: (_v, c, i) => (
                    <CellErrors path={[...path, i, 'kind']}>
                      <Select
                        aria-label={`${t('field.cards.kind')} ${i + 1}`}
                        id={fieldId([...path, i, 'kind'])}
                        style={{ width: '100%' }}
                        showSearch={{ optionFilterProp: 'label' }}
                        value={c.kind}
                        options={CARD_KINDS.map((k) => ({ value: k, label: i18n.l(cardKindLabels[k]) }))}
                        onChange={(v: CardLine['kind']) => update(i, { kind: v })}
                      />
                    </CellErrors>
                  )
                },
                {
                  title: t('field.cards.count'), dataIndex: 'count', width: 110,
                  render: (_v, c, i) => (
                    <CellErrors path={[...path, i, 'count']}>
                      <InputNumber<number>
                        aria-label={`${t('field.cards.count')} ${i + 1}`}
                        id={fieldId([...path, i, 'count'])}
                        value={c.count}
                        placeholder={t('common.unknown')}
                        style={{ width: '100%' }}
                        onChange={(v) => update(i, { count: typeof v === 'number' ? v : null })}
                      />
                    </CellErrors>
                  )
                },
                {
                  title: t('field.cards.owner'), dataIndex: 'owner',
                  render: (_v, c, i) => (
                    <Select
                      aria-label={`${t('field.cards.owner')} ${i + 1}`}
                      showSearch={{ optionFilterProp: 'label' }}
                      style={{ width: '100%', minWidth: 80 }}
                      value={c.owner ?? '__unknown'}
                      options={[...CARD_OWNERS.map((k) => ({ value: k, label: i18n.l(cardOwnerLabels[k]) })), { value: '__unknown', label: t('common.unknown') }]}
                      onChange={(v: string) => update(i, { owner: v === '__unknown' ? null : (v as CardLine['owner']) })}
                    />
                  )
                },
                {
                  title: t('field.cards.dealing'), dataIndex: 'dealing',
                  render: (_v, c, i) => (
                    <Select
                      aria-label={`${t('field.cards.dealing')} ${i + 1}`}
                      showSearch={{ optionFilterProp: 'label' }}
                      style={{ width: '100%', minWidth: 80 }}
                      value={c.dealing ?? '__unknown'}
                      options={[...CARD_DEALINGS.map((k) => ({ value: k, label: i18n.l(cardDealingLabels[k]) })), { value: '__unknown', label: t('common.unknown') }]}
                      onChange={(v: string) => update(i, { dealing: v === '__unknown' ? null : (v as CardLine['dealing']) })}
                    />
                  )
                },
                {
                  title: '', key: 'x', width: 44,
                  render: (_v, _c, i) => (
                    <Button type="text" danger icon={<DeleteOutlined />} aria-label={`${t('field.cards.remove')} ${i + 1}`}
                      onClick={() => set(path, list.filter((_x, j) => j !== i))} />
                  )
                }
              ]}
            />
            <Button icon={<PlusOutlined />} size="small" onClick={() => set(path, [...list, { kind: 'bankCard', count: null, owner: null, dealing: null }])}>
              {t('field.cards.add')}
            </Button>
          </>
        )}
      </Space>
    </FieldShell>
  )
}

/** 同案人关系: links from this defendant to the others of the matter (kind + defendant), added and removed by row. */
function RelationsTable({ index }: { index: number }) {
  const i18n = useI18n()
  const { t } = i18n
  const store = useFieldStore()
  const path: Path = ['defendants', index, 'relations']
  const raw = useFieldValue(path)
  const list = Array.isArray(raw) ? (raw as Relation[]) : []
  // the other defendants, as a string so that a keystroke elsewhere does not re-render the table
  const othersKey = useSyncExternalStore(store.subscribe, () =>
    JSON.stringify(store.getDoc().defendants.map((d, i) => [d.id, d.name || `${t('editor.unnamed')} ${i + 1}`])))
  const all = JSON.parse(othersKey) as [string, string][]
  const self = all[index]?.[0]
  const others = all.filter(([id]) => id !== self)
  const update = (i: number, patch: Partial<Relation>) => store.set(path, list.map((r, j) => (j === i ? { ...r, ...patch } : r)))
  const kindOptions = RELATION_KINDS.map((k) => ({ value: k, label: i18n.l(FIELDS.relations.values[k]) }))
  // names stay Chinese in the English UI: marked for screen readers; searched by their text (the option's `name`)
  const defendantOptions = others.map(([id, name]) => ({ value: id, name, label: <span lang="zh-CN">{name}</span> }))
  const label = i18n.l(FIELDS.relations.label)
  return (
    <FieldShell path={path} label={label} extra={i18n.l(FIELDS.relations.help)}>
      <Space orientation="vertical" style={{ width: '100%' }} size={6}>
        <Table<Relation & { key: number }>
          size="small"
          pagination={false}
          data-testid="relations-table"
          locale={{ emptyText: others.length ? t('field.relations.empty') : t('field.relations.none') }}
          dataSource={list.map((r, i) => ({ ...r, key: i }))}
          columns={[
            {
              title: t('field.relations.kind'), dataIndex: 'kind', width: '40%',
              render: (_v, r, i) => (
                <CellErrors path={[...path, i, 'kind']}>
                  <Select aria-label={`${t('field.relations.kind')} ${i + 1}`} id={fieldId([...path, i, 'kind'])} style={{ width: '100%' }}
                    value={r.kind} options={kindOptions} onChange={(v: RelationKind) => update(i, { kind: v })} />
                </CellErrors>
              )
            },
            {
              title: t('field.relations.defendant'), dataIndex: 'defendant',
              render: (_v, r, i) => (
                <CellErrors path={[...path, i, 'defendant']}>
                  <Select aria-label={`${t('field.relations.defendant')} ${i + 1}`} id={fieldId([...path, i, 'defendant'])} style={{ width: '100%' }}
                    showSearch={{ optionFilterProp: 'name' }}
                    value={r.defendant}
                    options={defendantOptions.some((o) => o.value === r.defendant) ? defendantOptions : [...defendantOptions, { value: r.defendant, name: r.defendant, label: <span>{r.defendant}</span> }]}
                    onChange={(v: string) => update(i, { defendant: v })} />
                </CellErrors>
              )
            },
            {
              title: '', key: 'x', width: 44,
              render: (_v, _r, i) => (
                <Button type="text" danger icon={<DeleteOutlined />} aria-label={`${t('field.relations.remove')} ${i + 1}`}
                  onClick={() => store.set(path, list.filter((_x, j) => j !== i))} />
              )
            }
          ]}
        />
        <Button icon={<PlusOutlined />} size="small" disabled={others.length === 0} data-testid="relations-add"
          onClick={() => store.set(path, [...list, { kind: 'recruitedBy', defendant: others[0]?.[0] ?? '' }])}>
          {t('field.relations.add')}
        </Button>
      </Space>
    </FieldShell>
  )
}

function CellErrors({ path, children }: { path: Path; children: React.ReactNode }) {
  const errors = useIssues(path)
  return (
    <div>
      {children}
      {errors.length > 0 && <Typography.Text type="danger" role="alert" data-testid={'error-' + pathString(path)} style={{ fontSize: 12 }}>{errors.join('；')}</Typography.Text>}
    </div>
  )
}

function EvidenceTable({ index }: { index: number }) {
  const i18n = useI18n()
  const { t } = i18n
  const { set } = useFieldStore()
  const path: Path = ['defendants', index, 'evidence']
  const rawEvidence = useFieldValue(path)
  const evidence = Array.isArray(rawEvidence) ? (rawEvidence as Evidence[]) : []
  const update = (i: number, patch: Partial<Evidence>) => set(path, evidence.map((e, j) => (j === i ? { ...e, ...patch } : e)))
  const nextId = (): string => {
    let n = evidence.length + 1
    while (evidence.some((e) => e.id === `e${n}`)) n++
    return `e${n}`
  }
  const factOptions = Object.entries(factPathLabels).map(([value, label]) => ({ value, label }))
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={6}>
      <Table<Evidence & { key: number }>
        size="small"
        pagination={false}
        data-testid="evidence-table"
        locale={{ emptyText: t('evidence.empty') }}
        dataSource={evidence.map((e, i) => ({ ...e, key: i }))}
        columns={[
          { title: t('evidence.id'), dataIndex: 'id', width: 56 },
          {
            title: t('evidence.title'), dataIndex: 'title',
            render: (_v, e, i) => (
              <CellErrors path={[...path, i, 'title']}>
                <Input aria-label={`${t('evidence.title')} ${e.id}`} value={e.title} onChange={(ev) => update(i, { title: ev.target.value })} />
              </CellErrors>
            )
          },
          {
            title: t('evidence.supports'), dataIndex: 'supports', width: '30%',
            render: (_v, e, i) => (
              <Select mode="multiple" aria-label={`${t('evidence.supports')} ${e.id}`} style={{ width: '100%' }}
                value={e.supports} options={factOptions} showSearch={{ optionFilterProp: 'label' }}
                onChange={(v: string[]) => update(i, { supports: v })} />
            )
          },
          {
            title: t('evidence.status'), dataIndex: 'status', width: 110,
            render: (_v, e, i) => (
              <Select aria-label={`${t('evidence.status')} ${e.id}`} style={{ width: '100%' }} showSearch={{ optionFilterProp: 'label' }}
                value={e.status ?? '__none'}
                options={[...EVIDENCE_STATUSES.map((k) => ({ value: k, label: i18n.l(evidenceStatusLabels[k]) })), { value: '__none', label: t('evidence.unmarked') }]}
                onChange={(v: string) => update(i, { status: v === '__none' ? null : (v as Evidence['status']) })} />
            )
          },
          {
            title: t('evidence.note'), dataIndex: 'note',
            render: (_v, e, i) => (
              <Input aria-label={`${t('evidence.note')} ${e.id}`} value={e.note ?? ''} onChange={(ev) => update(i, { note: ev.target.value || null })} />
            )
          },
          {
            title: '', key: 'x', width: 44,
            render: (_v, e, i) => (
              <Button type="text" danger icon={<DeleteOutlined />} aria-label={`${t('common.delete')} ${e.id}`}
                onClick={() => set(path, evidence.filter((_x, j) => j !== i))} />
            )
          }
        ]}
      />
      <Button icon={<PlusOutlined />} size="small"
        onClick={() => set(path, [...evidence, { id: nextId(), title: '', supports: [], status: 'verified', note: null }])}>
        {t('evidence.add')}
      </Button>
    </Space>
  )
}
