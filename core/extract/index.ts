// Text in, facts out: from the text of an 起诉意见书, 起诉书, 判决书 or 不起诉决定书 (or a published account of
// one), propose the facts the text states for each defendant it names, each with the [start, end) span of the
// text it came from. Pure: no I/O. Rules for legal phrasing; the one number/date parser (core/text/numbers).
//
// Precision first: a fact is proposed only where a phrase states it; where two statements about the same
// defendant disagree, neither is proposed. Nothing is inferred that the text does not say (no 0, no false for
// a silence). The user accepts or corrects each proposal; nothing here writes to a matter.
import { type CardLine, type CHARGE_IDS, type Defendant, KNOWLEDGE_INDICATORS } from '../matter/schema'
import { normalizeText } from '../text/normalize'
import { parseAmount, parseCount, parseDate, type ParsedAmount, type ParsedDate } from '../text/numbers'
import { findDefendants, findMentions, type Mention, type NamedDefendant, type Span, MOU_NAME } from './names'

export type { Span } from './names'

export const DOCUMENT_KINDS = ['起诉意见书', '起诉书', '判决书', '不起诉决定书'] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

/** The charges of the matter format's vocabulary (spec: prevailingCharge, accusation.charge). */
export type Charge = (typeof CHARGE_IDS)[number]

/** Longest text accepted (characters). A 判决书 runs to a few tens of thousands. */
export const EXTRACT_MAX_CHARS = 200_000

export interface Proposal {
  defendantId: string
  /**
   * Field path inside the defendant, in the matter format ("amounts.illegalGain", "mitigation.pleaAgreement",
   * "conduct.cards" for one card line — several lines are several proposals), or "charge" for the charge alleged.
   */
  path: string
  value: unknown
  /** [start, end) in the text as given */
  span: Span
  /** what the reader should know: 余 = lower bound, month precision … ("中文 / English") */
  note?: string
}

export type ExtractedDefendant = NamedDefendant

export interface ExtractResult {
  document: DocumentKind | null
  defendants: ExtractedDefendant[]
  proposals: Proposal[]
  /** the document's charge when every defendant with a charge has the same one */
  charge: { value: Charge; span: Span } | null
}

export type ExtractOutcome = { ok: true; value: ExtractResult } | { ok: false; error: string }

// ---------------------------------------------------------------- input checks
/** Is this text worth reading? A Chinese-first message when not (empty, too long, binary). */
export function checkText(text: string): string | null {
  if (typeof text !== 'string') return '不是文本 / not text'
  if (text.trim() === '') return '文本为空，没有可提取的内容 / the text is empty'
  if (text.length > EXTRACT_MAX_CHARS) {
    return `文本过长（${text.length.toLocaleString('en-US')} 字，上限 ${EXTRACT_MAX_CHARS.toLocaleString('en-US')} 字），请只粘贴起诉书或判决书的正文 / the text is too long (${text.length} characters, limit ${EXTRACT_MAX_CHARS})`
  }
  let bad = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0) return '内容含二进制数据（NUL 字符），不是文本文件 / the content is binary, not text'
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++
  }
  if (bad > 16 && bad / text.length > 0.01) return '内容含大量乱码或控制字符，可能不是文本文件或编码不是 UTF-8 / the content looks binary or not UTF-8'
  return null
}

// ---------------------------------------------------------------- structure
interface Piece { start: number; end: number }

function pieces(t: string, start: number, end: number, sep: ReadonlySet<string>): Piece[] {
  const out: Piece[] = []
  let s = start
  for (let i = start; i < end; i++) {
    const ch = t.charAt(i)
    if (!sep.has(ch)) continue
    // a comma between digits groups thousands (1,200元); it does not end a clause
    if (ch === ',' && isDigit(t.charCodeAt(i - 1)) && isDigit(t.charCodeAt(i + 1)) && isDigit(t.charCodeAt(i + 2)) && isDigit(t.charCodeAt(i + 3)) && !isDigit(t.charCodeAt(i + 4))) continue
    if (i > s) out.push({ start: s, end: i })
    s = i + 1
  }
  if (end > s) out.push({ start: s, end })
  return out
}
const isDigit = (c: number) => c >= 48 && c <= 57

const SENTENCE_SEP: ReadonlySet<string> = new Set([...'。；;！!？?\n'])
const CLAUSE_SEP: ReadonlySet<string> = new Set([...'，,：:'])

function documentKind(t: string): DocumentKind | null {
  const head = t.slice(0, 400)
  for (const k of ['不起诉决定书', '起诉意见书', '起诉书', '判决书'] as const) if (head.includes(k)) return k
  return null
}

// ---------------------------------------------------------------- vocabularies
const CHARGE_PATTERNS: [RegExp, Charge][] = [
  [/帮助信息网络犯罪活动?罪/g, 'art287-2'],
  [/掩饰、?隐瞒犯罪所得(?:、?犯罪所得收益)?罪/g, 'art312'],
  [/妨害信用卡管理罪/g, 'art177-1'],
  [/非法利用信息网络罪/g, 'art287-1'],
  [/(?<=(?:以|犯|构成|涉嫌|触犯))诈骗罪/g, 'art266-accomplice']
]

const CARD_KINDS: [string, CardLine['kind']][] = [
  ['网银U盾', 'onlineBankingCertificate'], ['U盾', 'onlineBankingCertificate'], ['网银盾', 'onlineBankingCertificate'],
  ['K宝', 'onlineBankingCertificate'], ['UKey', 'onlineBankingCertificate'], ['U-key', 'onlineBankingCertificate'], ['网银证书', 'onlineBankingCertificate'],
  ['单位银行结算账户', 'unitSettlementAccount'], ['单位结算账户', 'unitSettlementAccount'], ['对公账户', 'unitSettlementAccount'],
  ['对公银行账户', 'unitSettlementAccount'], ['公司账户', 'unitSettlementAccount'], ['企业账户', 'unitSettlementAccount'],
  ['非银行支付账户', 'paymentAccount'], ['第三方支付账户', 'paymentAccount'], ['支付宝账户', 'paymentAccount'], ['支付宝账号', 'paymentAccount'],
  ['微信支付账户', 'paymentAccount'], ['微信账户', 'paymentAccount'], ['财付通账户', 'paymentAccount'], ['支付账户', 'paymentAccount'],
  ['支付接口', 'paymentInterface'],
  ['银行结算账户', 'bankAccount'], ['银行账户', 'bankAccount'], ['银行账号', 'bankAccount'],
  ['银行卡', 'bankCard'], ['借记卡', 'bankCard'], ['信用卡', 'bankCard'], ['储蓄卡', 'bankCard'],
  ['物联网卡', 'iotCard'], ['流量卡', 'dataCard'], ['上网卡', 'dataCard'],
  ['手机号卡', 'phoneCard'], ['手机卡', 'phoneCard'], ['电话卡', 'phoneCard'], ['SIM卡', 'phoneCard']
]
const CARD_RE = new RegExp(CARD_KINDS.map(([w]) => w).join('|'), 'g')
const CARD_KIND_OF = new Map(CARD_KINDS)

const DEALINGS: [RegExp, CardLine['dealing']][] = [
  [/出售|出卖|贩卖|卖给|售卖|倒卖|转卖|贩售/g, 'sell'],
  [/出租|租给|租借给/g, 'rent'],
  [/出借|借给/g, 'lend'],
  [/收购|收买|买入/g, 'buy']
]

const NEGATION_BEFORE = /(?:未|未能|没有|没能|没|不|不能|拒不|并未|尚未|无法选择|无|否认|不能认定|不能认定为|不认定为|不应认定为|不予认定|不构成|不具有|不属于|不成立)$/
const negated = (t: string, at: number) => NEGATION_BEFORE.test(t.slice(Math.max(0, at - 6), at))

// amount categories: keyword patterns; the last keyword before the figure in its clause decides
type AmountField = 'oneWayInflow' | 'paymentSettlement' | 'verifiedFraudFunds' | 'illegalGain' | 'restitution'
const AMOUNT_KEYWORDS: [AmountField, RegExp][] = [
  ['restitution', /退赃|退赔|退缴|退还|退出赃款|退出违法所得/g],
  ['illegalGain', /违法所得|非法获利|非法牟利|牟利|获利|获取报酬|获得报酬|报酬|好处费|提成|佣金|非法收入|赚取|获得|收取|分得/g],
  ['verifiedFraudFunds', /诈骗|涉诈|赃款|被骗/g],
  ['oneWayInflow', /流入|转入|入账|进账|进项/g],
  ['paymentSettlement', /支付结算|结算|流水|走账|交易金额|交易额/g]
]
const AMOUNT_EXCLUDE = /罚金|罚款|保证金|每[张个天日月套次笔人单]|价格|单价|日薪|月薪|工资|损失/
const MONEY_RE = /(?:人民币)?([0-9零〇一二两三四五六七八九十百千万亿][0-9.,零〇一二两三四五六七八九十百千万亿余多]*)(亿元|万元|元)(?:余|以上)?/g

const INDICATORS: [RegExp, (typeof KNOWLEDGE_INDICATORS)[number]][] = [
  [/(?:公安机关|民警|银行|运营商|监管部门|工作人员|老师|学校|家人)[^。；]{0,12}(?:告知|警示|提醒|约谈|劝阻|风险提示|告诫)/g, 'regulatorNotice'],
  [/(?:被冻结|被封|被限制|被停|暂停|停止服务|限制交易)[^。；]{0,15}(?:仍|继续|又)/g, 'continuedAfterRestriction'],
  [/频繁更换|规避(?:监管|调查|侦查|风控)|逃避(?:监管|调查|侦查|风控)|使用虚假身份|隐匿身份/g, 'evasionMeasures'],
  [/话术|统一口径|串供|应对(?:公安|调查|询问|盘问|银行)/g, 'preparedCoverStory']
]

// ---------------------------------------------------------------- collection
interface Candidate { defendantId: string; path: string; value: unknown; span: Span; note?: string; key?: string }

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

function approxNote(raw: string, a: ParsedAmount): string | undefined {
  if (a.approximation === 'lowerBound') return `原文“${raw}”为约数，取下限 ${a.value} 元 / “${raw}” is a lower bound: ${a.value} yuan taken`
  if (a.approximation === 'about') return `原文“${raw}”为约数 / “${raw}” is approximate`
  if (a.writtenUnit === '万元' || a.writtenUnit === '亿元' || a.magnitude >= 10_000) return `原文“${raw}”，即 ${a.value} 元 / “${raw}” = ${a.value} yuan`
  return undefined
}

function dateNote(raw: string, d: ParsedDate): string | undefined {
  if (d.precision === 'month') return `原文“${raw}”仅精确到月，按 ${d.iso} 记 / “${raw}” gives the month only; stored as ${d.iso}`
  return undefined
}

/** Extract the facts the text states. `text` is what the user gave; spans point into it. */
export function extractFacts(text: string): ExtractOutcome {
  const bad = checkText(text)
  if (bad) return { ok: false, error: bad }
  const t = normalizeText(text)
  const document = documentKind(t)
  const defendants = findDefendants(t)
  const mentions = findMentions(t, defendants)
  const candidates: Candidate[] = []
  if (defendants.length === 0) return { ok: true, value: { document, defendants, proposals: [], charge: null } }

  const allIds = defendants.map((d) => d.id)
  // positions inside a non-actor phrase (在X的组织下, 出售给X …), marked once so that each check is O(1)
  const covered = new Uint8Array(t.length)
  for (const [s, e] of nonSubjectSpans(t)) covered.fill(1, s, e)
  const isSubjectMention = (m: Mention) => !(covered[m.span[0]] === 1 && covered[m.span[1] - 1] === 1)

  const sentences = pieces(t, 0, t.length, SENTENCE_SEP)
  let current: string[] = []
  let cursor = 0 // mentions are sorted by position: one sweep hands each sentence its own
  for (const [si, sen] of sentences.entries()) {
    while (cursor < mentions.length && (mentions[cursor] as Mention).span[0] < sen.start) cursor++
    const inSentence: Mention[] = []
    for (let k = cursor; k < mentions.length && (mentions[k] as Mention).span[0] < sen.end; k++) {
      const m = mentions[k] as Mention
      if (m.span[1] <= sen.end) inSentence.push(m)
    }
    const defs = inSentence.filter((m) => m.defendantId && isSubjectMention(m))
    let subjects: string[]
    if (defs.length) {
      subjects = [...new Set(defs.map((m) => m.defendantId as string))]
    } else {
      const first = inSentence[0]
      const firstClause = pieces(t, sen.start, sen.end, CLAUSE_SEP)[0]
      // a sentence that opens with someone else acting (a victim, an upstream contact) states nothing about the
      // defendants; the opening clause may be a date or 经查
      const opening = firstClause && /^(?:经查|经审理查明|经依法审查查明|查明|另查明)?[0-9年月日至到间期底初中下上旬—-]*$/.test(t.slice(firstClause.start, firstClause.end))
        ? pieces(t, sen.start, sen.end, CLAUSE_SEP)[1] : firstClause
      if (first && !first.defendantId && opening && first.span[0] >= opening.start && first.span[0] < opening.end) subjects = []
      else if (current.length) subjects = current
      else if (defendants.length === 1 || /(?:[0-9一二三四五六七八九十两]|各|全案)(?:名)?被告人|[二两三四五六七八九十](?:名|个)?人|[二两三四五六七八九十]名|被告人等|均/.test(t.slice(sen.start, sen.end))) subjects = allIds
      else subjects = []
    }
    if (defs.length || subjects.length) current = subjects
    if (si === 0 && !defs.length && !subjects.length) current = []

    const clauses = pieces(t, sen.start, sen.end, CLAUSE_SEP)
    for (const cl of clauses) {
      const inClause = inSentence.filter((m) => m.span[0] >= cl.start && m.span[1] <= cl.end)
      const clauseDefs = [...new Set(inClause.filter((m) => m.defendantId && isSubjectMention(m)).map((m) => m.defendantId as string))]
      const who = clauseDefs.length ? clauseDefs : subjects
      if (!who.length) continue
      const add = (path: string, value: unknown, span: Span, note?: string, key?: string) => {
        for (const id of who) candidates.push({ defendantId: id, path, value, span, ...(note ? { note } : {}), ...(key ? { key } : {}) })
      }
      clauseFacts(t, cl, add)
    }
    // facts whose phrase spans clauses: act period, cards, charge — read per sentence
    if (subjects.length) sentenceFacts(t, sen, subjects, inSentence, (id, path, value, span, note, key) => {
      candidates.push({ defendantId: id, path, value, span, ...(note ? { note } : {}), ...(key ? { key } : {}) })
    }, document)
  }
  personalParticulars(t, mentions, candidates)
  documentFacts(t, defendants, candidates)

  const proposals = resolve(candidates)
  const charges = proposals.filter((p) => p.path === 'charge')
  const distinct = [...new Set(charges.map((p) => p.value as Charge))]
  const charge = distinct.length === 1 && charges[0] ? { value: distinct[0] as Charge, span: charges[0].span } : null
  return { ok: true, value: { document, defendants, proposals, charge } }
}

/**
 * Names that are not the actors of their sentence: 在X的组织下, 受X安排, 向X收购, 从X处, 出售给X, 被害人X.
 */
function nonSubjectSpans(t: string): Span[] {
  const out: Span[] = []
  const L = `(?:${MOU_NAME})(?:[、和及与](?:${MOU_NAME}))*`
  const re = new RegExp([
    `在${L}的(?:组织|指使|安排|授意|介绍|招揽|带领|雇佣|要求|纠集)下`,
    `受${L}(?:的)?(?:安排|指使|雇佣|招揽|委托|邀请|纠集)`,
    `向${L}等?`,
    `(?:从|自)${L}等?[^，,。；]{0,6}?处`,
    `(?:出售|卖|出租|租|出借|借|交|提供|转交|支付|转账|转|介绍)给${L}`,
    `(?:被害人|受害人|证人|上线|下线)${L}`
  ].join('|'), 'g')
  for (const m of t.matchAll(re)) out.push([m.index as number, (m.index as number) + (m[0] as string).length])
  return out
}

type Add = (path: string, value: unknown, span: Span, note?: string, key?: string) => void

function clauseFacts(t: string, cl: Piece, add: Add): void {
  const c = t.slice(cl.start, cl.end)
  const at = (i: number, len: number): Span => [cl.start + i, cl.start + i + len]

  // ---- amounts
  for (const m of c.matchAll(MONEY_RE)) {
    const i = m.index as number
    const raw = (m[0] as string)
    const before = c.slice(0, i)
    const after = c.slice(i + raw.length, i + raw.length + 6)
    if (/[-~至到—]$/.test(before) || /^[-~至到—/]/.test(after) || /^(?:\/|每|的价格|不等)/.test(after)) continue
    if (AMOUNT_EXCLUDE.test(before)) continue
    let best: { field: AmountField; pos: number } | null = null
    let fraud = -1
    for (const [field, re] of AMOUNT_KEYWORDS) {
      re.lastIndex = 0
      let last = -1
      for (const k of before.matchAll(re)) last = (k.index as number)
      if (last < 0) continue
      if (field === 'verifiedFraudFunds') fraud = last
      if (!best || last > best.pos) best = { field, pos: last }
    }
    // "X元已退缴 / 已全部退赔" after the figure: restitution of that figure
    const restitutedAfter = /^(?:已|均已)?(?:全部|全额|主动)?(?:退缴|退赔|退还|退出|退赃)/.test(c.slice(i + raw.length))
    if (!best && !restitutedAfter) continue
    // a settlement or inflow qualified as fraud money (其中…诈骗…结算 / 流入诈骗资金) is verified fraud money;
    // 退缴违法所得X元 is restitution, whatever noun follows the verb
    let field: AmountField = restitutedAfter ? 'restitution' : (best as { field: AmountField }).field
    if (!restitutedAfter && AMOUNT_KEYWORDS[0]![1].test(before)) field = 'restitution'
    AMOUNT_KEYWORDS[0]![1].lastIndex = 0
    // 入账流水 / 进账流水 / 进项资金流水: money in, i.e. the inflow, not a settlement figure
    if (field === 'paymentSettlement' && /(?:入账|进账|进项|流入|转入)(?:资金)?流水[^，,；;]{0,6}$/.test(before)) field = 'oneWayInflow'
    // 总流水 / 流水总额 / 进出账: money in and out together — neither the inflow nor a settlement amount
    if ((field === 'paymentSettlement' || field === 'oneWayInflow') && /(?:总流水|流水总额|流水总计|进出账|进出流水)[^，,；;]{0,6}$/.test(before)) continue
    if ((field === 'paymentSettlement' || field === 'oneWayInflow') && fraud >= 0) field = 'verifiedFraudFunds'
    if (best && field !== 'restitution' && negated(c, best.pos)) continue
    const a = parseAmount(raw)
    if (!a.ok) continue
    const path = field === 'restitution' ? 'mitigation.restitution' : `amounts.${field}`
    add(path, a.value.value, at(i, raw.length), approxNote(raw, a.value))
  }

  // ---- student
  for (const m of c.matchAll(/(?:在校|在读)(?:大学生|研究生|本科生|学生|中学生|高中生|专科生)|(?:大学|学院|学校|中学)[^，,]{0,8}(?:在读|在校)?(?:学生|研究生|本科生)/g)) {
    if (/(?:已毕业|原系|曾是|毕业于)/.test(c.slice(Math.max(0, (m.index as number) - 6), m.index as number))) continue
    if (/(?:招揽|利用|组织|收购|从)[^，,]{0,10}$/.test(c.slice(0, m.index as number)) || /^(?:及|和|处|手中)/.test(c.slice((m.index as number) + m[0].length))) continue
    add('student', true, at(m.index as number, m[0].length))
  }

  // ---- mitigation
  const flag = (re: RegExp, path: string, value: unknown = true) => {
    for (const m of c.matchAll(re)) {
      if (negated(c, m.index as number)) continue
      add(path, value, at(m.index as number, m[0].length))
    }
  }
  flag(/主动投案|自动投案|投案自首|到案后?自首|(?<!不构成|不认定|不属于|不予认定|没有|无)自首/g, 'mitigation.surrendered')
  flag(/如实供述|如实陈述|坦白/g, 'mitigation.truthfulConfession')
  flag(/认罪认罚|签署[^，,]{0,6}具结书/g, 'mitigation.pleaAgreement')
  flag(/初犯|偶犯/g, 'mitigation.firstOffence')
  for (const m of c.matchAll(/(?:取得|获得|得到)[^，,]{0,8}谅解/g)) {
    const i = m.index as number
    add('mitigation.victimForgiveness', !negated(c, i), at(i, m[0].length))
  }
  flag(/(?<!不构成|不认定为|不系|不是)累犯/g, 'history.recidivist')
  flag(/有前科|曾因(?:犯|涉嫌)?[^，,。；]{0,20}罪(?:被判处|被判|被处以)|曾被判处|刑满释放/g, 'history.priorCriminalRecord')
  for (const m of c.matchAll(/无前科|无违法犯罪(?:记录|前科)|无犯罪前科|无犯罪记录/g)) add('history.priorCriminalRecord', false, at(m.index as number, m[0].length))
  flag(/起主要作用|(?:是|系|为|认定为)主犯|(?<=[对而])主犯/g, 'mitigation.role', 'principal')
  flag(/起次要作用|起辅助作用|(?:是|系|为|认定为)从犯/g, 'mitigation.role', 'accessory')

  // ---- age at the act
  for (const m of c.matchAll(/(?:时年|案发时|作案时|犯罪时|行为时)(?:已满|未满)?([0-9一二三四五六七八九十]+)周?岁/g)) {
    if (/未满/.test(m[0])) continue
    const n = parseCount(m[1] as string)
    if (n.ok && n.value.value <= 120) add('ageAtAct', n.value.value, at(m.index as number, m[0].length))
  }

  // ---- knowledge
  for (const [re, indicator] of INDICATORS) {
    re.lastIndex = 0
    for (const m of c.matchAll(re)) {
      if (negated(c, m.index as number)) continue
      add('knowledge.indicators', indicator, at(m.index as number, m[0].length), undefined, indicator)
    }
  }
  for (const m of c.matchAll(/明知[^，,。]{0,12}(?:犯罪所得|赃款|诈骗所得|违法所得|非法所得)/g)) {
    if (negated(c, m.index as number)) continue
    add('knowledge.knewProceeds', true, at(m.index as number, m[0].length))
  }

  // ---- helped objects
  for (const m of c.matchAll(/为([0-9一二三四五六七八九十两]+)个(?:对象|上线|犯罪团伙|团伙|诈骗团伙)提供帮助/g)) {
    const n = parseCount(m[1] as string)
    if (n.ok) add('helped.objectCount', n.value.value, at(m.index as number, m[0].length))
  }
}

type AddFor = (id: string, path: string, value: unknown, span: Span, note?: string, key?: string) => void

const DATE_FULL = '(?:[0-9]{4}|[〇零一二三四五六七八九]{4})年(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日|初|上旬|中旬|下旬|底|末)?'
const DATE_TAIL = `(?:${DATE_FULL}|(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日|初|上旬|中旬|下旬|底|末)?|(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日)`
const RANGE_RE = new RegExp(`(${DATE_FULL})(?:至|到|—|-|~|－)(${DATE_TAIL})(?:期间|间|之间)?`, 'g')
const FROM_RE = new RegExp(`(?:自|从)(${DATE_FULL})(?:以来|起|开始)`, 'g')

function parseTail(first: ParsedDate, raw: string): ParsedDate | null {
  let s = raw
  if (!/年/.test(s)) s = /月/.test(s) ? `${first.year}年${s}` : `${first.year}年${first.month ?? 1}月${s}`
  const r = parseDate(s)
  if (!r.ok) return null
  // the end of a period given to the month ("至2021年4月") is that month's last day: the act ran through it
  if (r.value.precision === 'month' && r.value.month != null) {
    const last = new Date(Date.UTC(r.value.year, r.value.month, 0)).getUTCDate()
    return { ...r.value, iso: `${r.value.iso.slice(0, 8)}${String(last).padStart(2, '0')}` }
  }
  return r.value
}

function sentenceFacts(t: string, sen: Piece, subjects: string[], inSentence: Mention[], add: AddFor, document: DocumentKind | null): void {
  const s = t.slice(sen.start, sen.end)
  const abs = (i: number, len: number): Span => [sen.start + i, sen.start + i + len]

  // ---- act period: a range of dates, or 自…以来; only when the defendants act in that sentence
  const actorAfter = (end: number) => {
    const m = inSentence.find((x) => x.span[0] >= sen.start + end)
    return !m || m.defendantId !== null
  }
  for (const m of s.matchAll(RANGE_RE)) {
    const i = m.index as number
    if (!actorAfter(i + m[0].length)) continue
    const from = parseDate(m[1] as string)
    if (!from.ok || from.value.precision === 'year') continue
    const to = parseTail(from.value, m[2] as string)
    if (!to || to.iso < from.value.iso) continue
    for (const id of subjects) {
      add(id, 'actPeriod.from', from.value.iso, abs(i, (m[1] as string).length), dateNote(m[1] as string, from.value))
      add(id, 'actPeriod.to', to.iso, abs(i, m[0].length), dateNote(m[2] as string, to))
    }
  }
  // in a served document (起诉书 …), a fact paragraph opening with a date dates the act: 2022年6月，被告人X…
  RANGE_RE.lastIndex = 0
  FROM_RE.lastIndex = 0
  const ranged = RANGE_RE.test(s) || FROM_RE.test(s)
  RANGE_RE.lastIndex = 0
  FROM_RE.lastIndex = 0
  if (document && !ranged) {
    const open = new RegExp(`^(?:经[^，,：:]{0,10}查明[：:]?)?(${DATE_FULL})(?:间|期间|左右)?[，,]`).exec(s)
    const first = inSentence[0]
    if (open && first?.defendantId && first.span[0] - sen.start - open[0].length <= 6) {
      const d = parseDate(open[1] as string)
      const at = open[0].indexOf(open[1] as string)
      if (d.ok && d.value.precision !== 'year') {
        for (const id of subjects) add(id, 'actPeriod.from', d.value.iso, abs(at, (open[1] as string).length), dateNote(open[1] as string, d.value))
      }
    }
  }
  for (const m of s.matchAll(FROM_RE)) {
    const d = parseDate(m[1] as string)
    if (!d.ok || d.value.precision === 'year') continue
    for (const id of subjects) add(id, 'actPeriod.from', d.value.iso, abs(m.index as number, m[0].length), dateNote(m[1] as string, d.value))
  }

  // ---- cards: per clause, the dealing verbs and the kinds they take
  for (const cl of pieces(t, sen.start, sen.end, CLAUSE_SEP)) {
    const c = t.slice(cl.start, cl.end)
    const verbs: { at: number; len: number; dealing: CardLine['dealing'] }[] = []
    for (const [re, dealing] of DEALINGS) {
      re.lastIndex = 0
      for (const m of c.matchAll(re)) if (!negated(c, m.index as number)) verbs.push({ at: m.index as number, len: m[0].length, dealing })
    }
    if (!verbs.length) continue
    verbs.sort((a, b) => a.at - b.at)
    const kinds = [...c.matchAll(CARD_RE)].map((m) => ({ at: m.index as number, len: m[0].length, kind: CARD_KIND_OF.get(m[0]) as CardLine['kind'], word: m[0] }))
    if (!kinds.length) continue
    const hasBuy = verbs.some((v) => v.dealing === 'buy')
    const selfWords = /本人|自己|其名下|各自名下|自身|各自(?:开立|办理|开设|注册)|以个人身份/.test(c)
    const otherWords = /他人名下|他人的(?:银行|手机|电话|身份|支付)|他人身份|非本人|多人|朋友|亲友|同学|家人|亲属|从[^，,]{0,12}处|向[^，,]{0,12}收购|收购的/.test(c)
    verbs.forEach((v, vi) => {
      const next = verbs[vi + 1]?.at ?? c.length
      const prev = vi > 0 ? (verbs[vi - 1] as { at: number; len: number }).at + (verbs[vi - 1] as { len: number }).len : 0
      let objs = kinds.filter((k) => k.at >= v.at + v.len && k.at < next)
      if (!objs.length) objs = kinds.filter((k) => k.at >= prev && k.at < v.at)
      if (!objs.length) return
      const seen = new Set<string>()
      for (const k of objs) {
        if (seen.has(k.kind)) continue
        seen.add(k.kind)
        let owner: CardLine['owner'] = null
        if (v.dealing === 'buy' || (hasBuy && verbs.find((x) => x.dealing === 'buy' && x.at < v.at))) owner = 'others'
        else if (selfWords && !otherWords) owner = 'self'
        else if (otherWords && !selfWords) owner = 'others'
        // a count written right at the kind: 5个银行账户, 3张银行卡, 银行卡4张
        let count: number | null = null
        const lead = c.slice(Math.max(0, k.at - 10), k.at)
        const leadM = /([0-9零〇一二两三四五六七八九十百千]+[余多]?)(?:张|个|套|户)(?:本人|自己|他人|个人|实名制?|名下的?|的)?$/.exec(lead)
        const trail = /^(?:共计|合计|总计|计|共)?([0-9零〇一二两三四五六七八九十百千]+[余多]?)(?:张|个|套|户)/.exec(c.slice(k.at + k.len))
        // "银行卡及U盾、手机卡共计36套" counts sets of several kinds: a 共计 figure belongs to a kind only when alone
        const trailOk = trail && (!/^(?:共计|合计|总计|计|共)/.test(trail[0]) || objs.length === 1)
        const numText = (leadM?.[1] ?? (trailOk ? trail?.[1] : undefined)) as string | undefined
        if (numText && objs.length >= 1) {
          const n = parseCount(numText)
          if (n.ok && n.value.approximation === 'exact') count = n.value.value
        }
        const line: CardLine = { kind: k.kind, count, owner, dealing: v.dealing }
        const span: Span = [cl.start + Math.min(v.at, k.at), cl.start + Math.max(v.at + v.len, k.at + k.len)]
        for (const id of subjects) add(id, 'conduct.cards', line, span, undefined, `${k.kind}|${v.dealing}`)
      }
    })
  }

  // ---- charge: the one the sentence convicts of, or alleges
  const court = /法院|判决|判处|审理|认定|本院认为/.test(s)
  const found: { charge: Charge; at: number; len: number }[] = []
  for (const [re, charge] of CHARGE_PATTERNS) {
    re.lastIndex = 0
    for (const m of s.matchAll(re)) found.push({ charge, at: m.index as number, len: m[0].length })
  }
  if (found.length) {
    found.sort((a, b) => a.at - b.at)
    // each charge belongs to the defendants named between the previous charge and it
    const owners = found.map((f, fi) => {
      const from = fi > 0 ? sen.start + (found[fi - 1] as { at: number; len: number }).at + (found[fi - 1] as { len: number }).len : sen.start
      return new Set(inSentence.filter((x) => x.defendantId && x.span[0] >= from && x.span[1] <= sen.start + f.at).map((x) => x.defendantId as string))
    })
    const named = new Set(inSentence.filter((x) => x.defendantId).map((x) => x.defendantId as string))
    const note = court ? '法院认定的罪名 / the charge as found by the court' : document === '起诉书' || document === '起诉意见书' ? '指控的罪名 / the charge alleged' : undefined
    for (const id of subjects) {
      const mine = named.has(id) ? found.filter((_, fi) => owners[fi]?.has(id)) : found
      const distinct = [...new Set(mine.map((f) => f.charge))]
      if (distinct.length !== 1) continue
      const f = mine[0] as { charge: Charge; at: number; len: number }
      add(id, 'charge', f.charge, abs(f.at, f.len), note, court ? 'court' : 'alleged')
    }
  }

  // ---- 明知 as found (not as alleged)
  if (document !== '起诉书' && document !== '起诉意见书') {
    for (const m of s.matchAll(/明知(?:是)?(?:他人|其|上游)?[^，,。]{0,12}(?:利用信息网络实施犯罪|实施犯罪|实施诈骗|犯罪)/g)) {
      const i = m.index as number
      if (negated(s, i) || /是否|辩称|不知|供称|称其/.test(s.slice(Math.max(0, i - 8), i))) continue
      if (!/法院|判决|认定|认为|审理|经查|查明|经审查/.test(s)) continue
      for (const id of subjects) add(id, 'knowledge.finding', 'proven', abs(i, m[0].length))
    }
  }
}

/** 被告人X，男，1990年1月1日出生，…，系某大学学生 — the particulars right after a defendant's name. */
function personalParticulars(t: string, mentions: Mention[], out: Candidate[]): void {
  for (const m of mentions) {
    if (!m.defendantId) continue
    const rest = t.slice(m.span[1], m.span[1] + 160)
    const stop = rest.search(/[。\n]/)
    const seg = stop >= 0 ? rest.slice(0, stop) : rest
    if (!/^[（(]?[^，,]{0,12}[）)]?[，,]\s*(?:男|女)|^[，,]\s*(?:[0-9]{4}|[〇零一二三四五六七八九]{4})年/.test(seg)) continue
    const base = m.span[1]
    const sex = /^[（(]?[^，,]{0,12}[）)]?[，,]\s*(男|女)[，,、]/.exec(seg)
    if (sex) {
      const i = seg.indexOf(sex[1] as string, sex[0].length - 2)
      out.push({ defendantId: m.defendantId, path: 'sex', value: sex[1] === '男' ? 'male' : 'female', span: [base + i, base + i + 1] })
    }
    const birth = new RegExp(`(${DATE_FULL})(?:出生|生)|出生于(${DATE_FULL})`).exec(seg)
    if (birth) {
      const raw = (birth[1] ?? birth[2]) as string
      const d = parseDate(raw)
      if (d.ok && d.value.precision === 'day') {
        out.push({ defendantId: m.defendantId, path: 'birthDate', value: d.value.iso, span: [base + birth.index, base + birth.index + birth[0].length] })
      }
    }
    // 强制措施 (format version 2): the last measure named in the particulars' paragraph is the one in force
    const para = t.slice(m.span[1], m.span[1] + 400).split('\n')[0] as string
    let custody: { value: string; at: number; len: number } | null = null
    for (const c of para.matchAll(/刑事拘留|被拘留|逮捕|取保候审|监视居住|拘传/g)) {
      const i = c.index as number
      if (/(?:解除|不批准|不予|撤销)$/.test(para.slice(Math.max(0, i - 4), i))) continue
      const value = c[0] === '逮捕' ? 'arrested' : c[0] === '取保候审' ? 'bail' : c[0] === '监视居住' ? 'residentialSurveillance' : c[0] === '拘传' ? 'summoned' : 'detained'
      custody = { value, at: i, len: c[0].length }
    }
    if (custody) out.push({ defendantId: m.defendantId, path: 'custody', value: custody.value, span: [base + custody.at, base + custody.at + custody.len] })
    const student = /(?:在校|在读)?(?:大学生|研究生|本科生|学生)(?![^，,]{0,4}(?:会|干部))/.exec(seg)
    if (student && !/(?:毕业|原系|曾系)/.test(seg.slice(Math.max(0, student.index - 8), student.index))) {
      out.push({ defendantId: m.defendantId, path: 'student', value: true, span: [base + student.index, base + student.index + student[0].length] })
    }
  }
}

/** What the whole text states about the helped crime: fraud (or gambling) when it says so and nothing else. */
function documentFacts(t: string, defendants: NamedDefendant[], out: Candidate[]): void {
  const fraud = /电信诈骗|网络诈骗|电信网络诈骗|诈骗团伙|诈骗资金|诈骗分子|被诈骗|实施诈骗|诈骗犯罪|诈骗赃款|诈骗金额|涉诈资金|用于诈骗|诈骗活动/.exec(t)
  const gambling = /赌博|开设赌场|赌资/.exec(t)
  const hit = fraud && !gambling ? { m: fraud, v: 'fraud' } : gambling && !fraud ? { m: gambling, v: 'gambling' } : null
  if (!hit) return
  for (const d of defendants) out.push({ defendantId: d.id, path: 'helped.crimeType', value: hit.v, span: [hit.m.index, hit.m.index + hit.m[0].length] })
}

/** One proposal per defendant and path; disagreeing statements cancel out. Lists (cards, indicators) merge. */
function resolve(cands: Candidate[]): Proposal[] {
  const groups = new Map<string, Candidate[]>()
  for (const c of cands) {
    const k = c.path === 'conduct.cards' || c.path === 'knowledge.indicators' ? `${c.defendantId}|${c.path}|${c.key ?? ''}` : `${c.defendantId}|${c.path}`
    const g = groups.get(k)
    if (g) g.push(c)
    else groups.set(k, [c])
  }
  const out: Proposal[] = []
  for (const g of groups.values()) {
    const first = g[0] as Candidate
    if (first.path === 'conduct.cards') {
      // one line per kind and dealing: counts and owners that disagree are left unknown
      const lines = g.map((c) => c.value as CardLine)
      const pick = <K extends 'count' | 'owner'>(k: K): CardLine[K] => {
        const vs = [...new Set(lines.map((l) => l[k]).filter((v) => v !== null))]
        return (vs.length === 1 ? vs[0] : null) as CardLine[K]
      }
      out.push({ defendantId: first.defendantId, path: first.path, value: { ...lines[0], count: pick('count'), owner: pick('owner') }, span: first.span })
      continue
    }
    if (first.path === 'charge') {
      // a court's charge prevails over an allegation; two different ones of the same standing cancel out
      const court = g.filter((c) => c.key === 'court')
      const use = court.length ? court : g
      const vs = [...new Set(use.map((c) => c.value))]
      if (vs.length === 1) {
        const last = use[use.length - 1] as Candidate
        out.push({ defendantId: first.defendantId, path: 'charge', value: last.value, span: last.span, ...(last.note ? { note: last.note } : {}) })
      }
      continue
    }
    if (!g.every((c) => same(c.value, first.value))) continue
    out.push({ defendantId: first.defendantId, path: first.path, value: first.value, span: first.span, ...(first.note ? { note: first.note } : {}) })
  }
  // the order of the text, defendant by defendant
  return out.sort((a, b) => a.defendantId.localeCompare(b.defendantId, 'en', { numeric: true }) || a.span[0] - b.span[0])
}

// ---------------------------------------------------------------- as matter-format defendants
export type PartialDefendant = Partial<Omit<Defendant, 'conduct' | 'knowledge' | 'amounts' | 'mitigation' | 'helped' | 'actPeriod'>> & {
  id: string
  name: string
  sex?: 'male' | 'female'
  conduct?: Partial<Defendant['conduct']>
  knowledge?: Partial<Defendant['knowledge']>
  amounts?: Partial<Defendant['amounts']>
  mitigation?: Partial<Defendant['mitigation']>
  helped?: Partial<Defendant['helped']>
  actPeriod?: Partial<NonNullable<Defendant['actPeriod']>>
}

/**
 * The proposals as defendants in the matter format, holding only the stated facts (a missing key is unknown, as
 * in format version 2), and the span of each as "<defendant id>.<field path>" (card lines: conduct.cards.<i>,
 * indicators: knowledge.indicators.<i>).
 */
export function toMatterDefendants(r: ExtractResult): { defendants: PartialDefendant[]; spans: Record<string, Span> } {
  const spans: Record<string, Span> = {}
  const defendants = r.defendants.map((d) => {
    const out: PartialDefendant = { id: d.id, name: d.name, kind: d.kind }
    spans[`${d.id}.name`] = d.span
    for (const p of r.proposals.filter((x) => x.defendantId === d.id)) {
      if (p.path === 'charge') continue
      const parts = p.path.split('.')
      let node = out as Record<string, unknown>
      for (const part of parts.slice(0, -1)) {
        if (typeof node[part] !== 'object' || node[part] === null) node[part] = {}
        node = node[part] as Record<string, unknown>
      }
      const leaf = parts[parts.length - 1] as string
      if (p.path === 'conduct.cards' || p.path === 'knowledge.indicators') {
        const arr = (node[leaf] as unknown[] | undefined) ?? []
        spans[`${d.id}.${p.path}.${arr.length}`] = p.span
        arr.push(p.value)
        node[leaf] = arr
      } else {
        node[leaf] = p.value
        spans[`${d.id}.${p.path}`] = p.span
      }
    }
    return out
  })
  return { defendants, spans }
}
