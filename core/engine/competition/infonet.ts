// 刑法第二百八十七条之一 非法利用信息网络罪: the defendant himself set up a site / 通讯群组 for crime, or
// published information for crime, 情节严重 (法释〔2019〕15号第十条). The matter format records this as the
// optional fact `conduct.ownIllegalSiteOrGroup`; when it is absent, a tech-support defendant who built a
// website or app (`techSupport` includes `websiteOrApp`) is `undetermined`, everyone else `notMet`.
// Of the 第十条 grounds only 违法所得 (item 5) and a prior administrative penalty (item 6) are facts of the
// format; site, group and posting counts are not, so a case short of items 5–6 stays undetermined.
import { valueOf } from '../../law'
import type { ElementResult, StatutoryRange, TraceStep } from '../../analysis/types'
import type { CandidateEvaluation, CompetitionContext } from './types'
import { subjectElement } from './common'
import { rangeOf, TIERS } from './ranges'
import { conclusionCitations, element, foldElements, uniq, verificationWarnings, yuan } from './helpers'

function conductElement(ctx: CompetitionContext): ElementResult {
  const c = ctx.defendant.conduct
  const facts = ['conduct.ownIllegalSiteOrGroup', 'conduct.techSupport']
  const cites = ['crimlaw-a287-1']
  if (c.ownIllegalSiteOrGroup === true) {
    return element('networkAbuse', '非法利用信息网络行为', 'met', '本人设立用于实施违法犯罪活动的网站、通讯群组，或为实施违法犯罪活动发布信息', facts, cites)
  }
  if (c.ownIllegalSiteOrGroup === false) {
    return element('networkAbuse', '非法利用信息网络行为', 'notMet', '未自行设立用于违法犯罪的网站、通讯群组，也未为违法犯罪发布信息（仅为他人提供技术支持的，属帮助行为）', facts, cites)
  }
  if (c.techSupport?.includes('websiteOrApp')) {
    return element('networkAbuse', '非法利用信息网络行为', 'undetermined', '搭建了网站或开发了软件，但是否系本人设立用于违法犯罪的网站、通讯群组未查明', facts, cites)
  }
  return element('networkAbuse', '非法利用信息网络行为', 'notMet', '未见设立网站、通讯群组或发布违法犯罪信息的事实', facts, cites)
}

function seriousElement(ctx: CompetitionContext): ElementResult {
  const gainLine = valueOf('interp2019-10', 'illegalGain')
  const gain = ctx.defendant.amounts.illegalGain
  const penalty = ctx.defendant.history.adminPenaltyWithin2Years
  const facts = ['amounts.illegalGain', 'history.adminPenaltyWithin2Years']
  const cites = ['crimlaw-a287-1', 'interp2019-10']
  if (gain !== null && gain >= gainLine) {
    return element('seriousCircumstances', '情节严重', 'met', `违法所得${yuan(gain)}，达到${yuan(gainLine)}以上（第十条第（五）项）`, facts, cites)
  }
  if (penalty === true) {
    return element('seriousCircumstances', '情节严重', 'met', '二年内曾因非法利用信息网络、帮助信息网络犯罪活动、危害计算机信息系统安全受过行政处罚（第十条第（六）项）', facts, cites)
  }
  return element(
    'seriousCircumstances', '情节严重', 'undetermined',
    `${gain === null ? '违法所得未知' : `违法所得${yuan(gain)}未达${yuan(gainLine)}`}；网站、群组数量及发布信息条数等第十条其他情形未录入`,
    facts, cites
  )
}

export function evaluateInfoNetwork(ctx: CompetitionContext): CandidateEvaluation {
  const conduct = conductElement(ctx)
  const elements = [subjectElement(ctx), conduct, seriousElement(ctx)]
  const established = foldElements(elements)
  const trace: TraceStep[] = elements.map((e) => ({ rule: `art287-1.element.${e.id}.${e.status}`, text: `非法利用信息网络罪·${e.label}：${e.why}`, citations: e.citations }))
  const range: StatutoryRange | null = established === true ? rangeOf(TIERS.a2871, ['interp2019-10']) : null
  const why =
    established === true
      ? '自行设立用于违法犯罪的网站、通讯群组或发布违法犯罪信息，情节严重，构成非法利用信息网络罪'
      : established === false
        ? `不构成非法利用信息网络罪：${elements.filter((e) => e.status === 'notMet').map((e) => e.why).join('；')}`
        : `非法利用信息网络罪能否成立尚无法确定：${elements.filter((e) => e.status === 'undetermined').map((e) => e.why).join('；')}`
  const citations = uniq(['crimlaw-a287-1', ...elements.flatMap((e) => e.citations)])
  return {
    candidate: {
      charge: 'art287-1', label: '非法利用信息网络罪', established, elements, statutoryRange: range, tier: established === true ? '情节严重' : null,
      why, citations, warnings: verificationWarnings(conclusionCitations(elements, established, citations))
    },
    trace
  }
}
