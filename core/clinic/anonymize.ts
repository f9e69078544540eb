// Anonymised export (脱敏) of a matter, for teaching and sharing. Pure: no I/O.
//
// What it does, everywhere in the matter (every free-text field included):
//   - people's names → 甲, 乙, 丙 … (consistently: the same name gets the same pseudonym everywhere), or a
//     caller-supplied pseudonym map. Names are the defendants' names, any `X某`, `X某某`, `X某Y` form, and full
//     names that follow a role word (被告人/被害人/证人/同案人 …).
//   - company and studio names (…有限公司/…公司/…工作室 …) → A公司, B工作室 …; a unit defendant likewise.
//   - 18-digit Chinese ID numbers, mobile and landline numbers, bank card numbers (16–19 digits, also grouped with
//     spaces or dashes, and partly masked forms), e-mail addresses, QQ/微信/支付宝 account values, any other run of
//     12+ digits, street-level addresses and 案号/检察文书号 → a `[已脱敏·…]` mark.
//   - matter.caseNumber → null; matter.counsel → a mark; the defendants' idNumber / phone / address → null.
// What it keeps: every structured fact and amount bit for bit (enums, booleans, numbers, dates, ids), the
// authority when it is a public institution (法院/检察院/公安机关: needed for the law's regional practice and public
// anyway), administrative areas that are not a street address (e.g. 北京市朝阳区), and citations of legal sources
// (法释〔2019〕15号 is a 文号, not a 案号). Birth dates are structured facts and are kept (see docs/clinic.md).
import { validateMatter, type MatterDocument } from '../matter/schema'

export type ReplacementKind =
  | 'name' | 'company' | 'idNumber' | 'phone' | 'bankCard' | 'email' | 'account' | 'number' | 'address' | 'caseNumber' | 'counsel' | 'field'

export interface Replacement {
  from: string
  to: string
  kind: ReplacementKind
}

export interface AnonymizeOptions {
  /** original name → pseudonym, used before the generated 甲/乙/丙 sequence */
  pseudonyms?: Readonly<Record<string, string>>
  /** further names to replace everywhere (e.g. a witness named without a role word) */
  extraNames?: readonly string[]
}

export interface AnonymizeResult {
  document: MatterDocument
  /** what was replaced by what (stays on this machine: it holds the originals; never written into the export) */
  replacements: Replacement[]
}

export const MASKS = {
  idNumber: '[已脱敏·身份证号]',
  phone: '[已脱敏·电话]',
  bankCard: '[已脱敏·银行卡号]',
  email: '[已脱敏·邮箱]',
  account: '[已脱敏·账号]',
  number: '[已脱敏·号码]',
  address: '[已脱敏·地址]',
  caseNumber: '[已脱敏·案号]',
  counsel: '[已脱敏·辩护人]'
} as const

const PERSON_PSEUDONYMS = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥'
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

// Common surnames (single and compound). Characters that are mostly prepositions or place-name endings in legal
// prose (向, 由, 和, 同, 时, 海, 都, 沙, 明, 阳) are left out: `向某人` is not a person.
const SINGLE_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥班储原栗燕楚鄢劳谌奚皮粟冼蔺楼满闻厉伊仝郜阚花权帅屠豆朴盖练廉禹井祖漆巴丰支卿狄计索宣晋初门云容敬扈晁芮普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况宿鲜逯隆茹诸战慕危玉银亢嵇湛宾戎勾茅揭干尉冶斯束檀衣展昝智幸奉植衡富尧闭鄺鄭陳劉張楊黃趙吳孫馬許韓馮鄧葉蘇羅謝蔣盧鍾譚陸範賈韋鄒邱顧龔萬錢嚴'
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐', '端木', '西门', '南宫', '独孤', '申屠', '闻人']
const SURNAME = `(?:${COMPOUND_SURNAMES.join('|')}|[${SINGLE_SURNAMES}])`

// After `X某` these begin a noun, not a name: `浙江某科技公司`, `于某日`, `构成某罪`, `微信某群`.
const NOT_A_NAME_AFTER = [
  '公司', '科技', '网络', '银行', '平台', '集团', '商贸', '贸易', '电子', '信息', '通讯', '通信', '实业', '传媒', '文化', '投资', '咨询',
  '工作室', '商行', '分局', '派出所', '法院', '检察院', '公安', '医院', '学校', '大学', '学院', '中学', '小学', '酒店', '宾馆', '网吧',
  '单位', '机构', '部门', '账户', '账号', '软件', '网站', '银行卡', '小区', 'APP', 'app'
]
const NOT_A_NAME_CHAR = '日月年时地处天些种个家罪群店厂市县区镇乡村街路号省局所院庭卡项笔次类款条'
const NOT_A_NAME_LOOKAHEAD = `(?!${NOT_A_NAME_AFTER.join('|')}|[${NOT_A_NAME_CHAR}])`

// Characters that can follow a name in legal prose (particles, punctuation, common verbs of narration).
const AFTER_NAME = '等、，。；：,.;:（）()“”"‘’\'」』》\\s与和及的在于系是为因被从对给让帮替通经以共同均也又还已曾即就便都并先后另自按向将把称说证供陈辩表介提出收使租购找交到去来告知获领得要联加作担负任开办犯明未无不所其一二三四五六七八九十两'
const NAME_END = `(?=[${AFTER_NAME}]|$)`

const ROLE_WORDS_LIST = [
  '被告人', '犯罪嫌疑人', '嫌疑人', '同案人', '同案犯', '被害人', '证人', '上线', '下线', '介绍人', '卡主', '当事人', '被不起诉人',
  '妻子', '丈夫', '父亲', '母亲', '儿子', '女儿', '朋友', '同学', '同事', '男友', '女友', '老板', '员工', '业务员', '法定代表人', '负责人'
]

const ROLE_WORDS = ROLE_WORDS_LIST.join('|')
// `张某`, `张某某`, `张某林` (the third character only where a name plainly ends after it)
const MOU_NAME = new RegExp(
  `${SURNAME}某(?:某|[\\u4e00-\\u9fa5](?=[${AFTER_NAME}]|$)(?<![${AFTER_NAME}${NOT_A_NAME_CHAR}]))?(?!某)${NOT_A_NAME_LOOKAHEAD}`, 'g')
// a full name after a role word: `证人李小明称`
const ROLE_NAME = new RegExp(`(?:${ROLE_WORDS})[：:]?(${SURNAME}[\\u4e00-\\u9fa5]{1,2})${NAME_END}`, 'g')

const RE = {
  // (2023)京0105刑初123号, （2021）苏0682刑初456号之一, [2020]… ; 京朝检刑不诉〔2022〕Z12号
  caseNumber: /[（(〔［[]\s*(?:19|20)\d{2}\s*[）)〕］\]]\s*[\u4e00-\u9fa5]{1,2}\d{0,6}[\u4e00-\u9fa5]{1,8}\d+号(?:之[一二三四五六七八九十])?/g,
  procDocNumber: /[\u4e00-\u9fa5]{0,8}(?:检|公|侦)[\u4e00-\u9fa5]{0,6}(?:刑|诉|侦|捕)[\u4e00-\u9fa5]{0,6}[〔(（［[]\s*(?:19|20)\d{2}\s*[〕)）］\]]\s*[A-Za-z]?\d+号/g,
  email: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g,
  idNumber: /(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g,
  maskedCard: /(?<![\d.])\d{4,6}[*＊xX]{4,}\d{3,4}(?!\d)/g,
  groupedCard: /(?<![\d.])\d{4}(?:[ \-－]\d{4}){3}(?:[ \-－]?\d{1,3})?(?![\d.])/g,
  plainCard: /(?<![\d.])\d{16,19}(?![\d.])/g,
  mobile: /(?<![\d.])(?:(?:\+|00)?86[ \-－]?)?1[3-9]\d(?:[ \-－]?\d{4}){2}(?![\d.])/g,
  maskedMobile: /(?<![\d.])1[3-9]\d[*＊]{4}\d{4}(?!\d)/g,
  landline: /(?<![\d.])(?:[（(]0\d{2,3}[）)]\s?|0\d{2,3}[ \-－]?)\d{7,8}(?:[ \-－转]\d{1,6})?(?![\d.])/g,
  account: /((?:QQ|qq|微信|WeChat|wechat|支付宝|抖音|钉钉)(?:号码|号|账号|账户|ID|id)?\s*[：:]?\s*)([A-Za-z][A-Za-z0-9_-]{4,29}|\d{5,12})(?![A-Za-z0-9_\-个张元万次条人余多名])/g,
  longNumber: /(?<![\d.])\d{12,}(?![\d.]|元|万)/g
} as const

const ADMIN = '[\\u4e00-\\u9fa5]{1,8}?(?:省|自治区|市|自治州|州|盟|区|县|旗|镇|乡|街道)'
const STREET = '[\\u4e00-\\u9fa5\\d]{1,12}?(?:大道|路|街|巷|弄|胡同|村|屯|小区|社区|大厦|公寓)'
const NUM = '(?:[\\d一二三四五六七八九十百零〇]+(?:号院|号楼|号|栋|幢|座|单元|层|楼|室|户|组))+'
const ADDRESS = new RegExp(`(?:${ADMIN}){1,5}${STREET}(?:${NUM})?|${STREET}${NUM}`, 'g')
// leading characters a company match may have swallowed (the regex starts as early as it can): cut at the last of them
const COMPANY_LEAD = '在到向给与及的从被是系入将把对让替经至往即该这那其每于由并或等称了过去说问找自'
// the same for addresses, looked for only before the first administrative or street unit
const ADDRESS_LEAD = COMPANY_LEAD + '为址时后前里内来住居租位家'

const COMPANY = /[\u4e00-\u9fa5A-Za-z0-9（）()]{1,30}?(?:有限责任公司|股份有限公司|有限公司|分公司|公司|工作室|合伙企业|商行|经营部)/g
const COMPANY_SUFFIX = /(有限责任公司|股份有限公司|有限公司|分公司|公司|工作室|合伙企业|商行|经营部)$/
const GENERIC_COMPANY_WORDS = [
  '空壳', '皮包', '上游', '下游', '境外', '境内', '涉案', '一家', '多家', '这家', '那家', '该', '本', '其', '上述', '前述', '同一', '某', '科技',
  '网络', '贸易', '物流', '快递', '通信', '通讯', '运营', '电信', '移动', '联通', '支付', '第三方支付', '互联网', '外包', '中介', '劳务', '投资',
  '壳', '空', '多个', '各', '个', '二', '三', '四', '五', '六', '七', '八', '九', '十', '几', '数', '两', '等', '相关', '所在', '注册', '新', '小', '大'
]

function trimLead(s: string, particles: string, upTo = s.length): string {
  let cut = -1
  for (let i = 0; i < Math.min(upTo, s.length); i++) if (particles.includes(s[i] as string)) cut = i
  return s.slice(cut + 1)
}

function trimAddressLead(s: string): string {
  const firstUnit = s.search(/省|自治区|市|州|盟|区|县|旗|镇|乡|街道|大道|路|街|巷|弄|胡同|村|屯|小区|社区|大厦|公寓/)
  return trimLead(s, ADDRESS_LEAD, firstUnit < 0 ? s.length : firstUnit)
}

const GENERIC_COMPANY_WORDS_BY_LENGTH = [...GENERIC_COMPANY_WORDS].sort((a, b) => b.length - a.length)
const ADDRESS_WHOLE = new RegExp(`^(?:(?:${ADMIN}){1,5}${STREET}(?:${NUM})?|${STREET}${NUM})$`)

/** Replace every key of `map` (two characters or more) by its value, longest match first, in one left-to-right
 *  pass over a trie of the keys: time linear in the text (times the longest key), whatever the number of keys —
 *  no regular expression is generated from the data (a giant alternation used to fail with "too large"). */
function replaceAll(text: string, map: ReadonlyMap<string, string>): string {
  interface Node { next: Map<string, Node>; value?: string }
  const trie: Node = { next: new Map() }
  let any = false
  for (const [k, v] of map) {
    if (k.length < 2) continue
    let n = trie
    for (let x = 0; x < k.length; x++) {
      const ch = k[x] as string // UTF-16 units, as the scan below
      let c = n.next.get(ch)
      if (!c) n.next.set(ch, (c = { next: new Map() }))
      n = c
    }
    n.value = v
    any = true
  }
  if (!any) return text
  const out: string[] = []
  let plainFrom = 0
  let i = 0
  while (i < text.length) {
    let n: Node | undefined = trie
    let j = i
    let hit: { end: number; value: string } | null = null
    while (n && j < text.length) {
      n = n.next.get(text[j] as string)
      j++
      if (n?.value !== undefined) hit = { end: j, value: n.value }
    }
    if (hit) {
      out.push(text.slice(plainFrom, i), hit.value)
      i = plainFrom = hit.end
    } else i++
  }
  out.push(text.slice(plainFrom))
  return out.join('')
}

function freshId(prefix: string, index: number, taken: ReadonlySet<string>): string {
  let n = index + 1
  while (taken.has(`${prefix}${n}`)) n++
  return `${prefix}${n}`
}

/** `齐夏（化名）` → `齐夏` */
const bareName = (n: string) => n.replace(/[（(][^）)]*[）)]\s*$/, '').trim()

// the defendants named at the head of a title: `张某林、杨某建帮助信息网络犯罪活动案`
const TITLE_NAMES = /^(.+?)(?:等人|等)?(?:帮助信息网络犯罪活动|掩饰、隐瞒犯罪所得|诈骗|妨害信用卡管理|非法利用信息网络|盗窃|洗钱|侵犯公民个人信息)/

function isInstitution(s: string): boolean {
  return /(人民法院|法院|人民检察院|检察院|公安局|公安分局|分局|派出所|司法局|监狱|看守所)$/.test(s.trim())
}

class Scrubber {
  readonly replacements = new Map<string, Replacement>()
  private readonly people = new Map<string, string>()
  private readonly companies = new Map<string, string>()
  private readonly companyCandidates = new Set<string>()
  private personSeq = 0
  private companySeq = 0
  private readonly usedPseudonyms = new Set<string>()

  constructor(private readonly opts: AnonymizeOptions) {}

  note(from: string, to: string, kind: ReplacementKind): void {
    const key = `${kind}\u0000${from}`
    if (!this.replacements.has(key)) this.replacements.set(key, { from, to, kind })
  }

  private nextPerson(): string {
    for (;;) {
      const i = this.personSeq++
      const p = i < PERSON_PSEUDONYMS.length ? (PERSON_PSEUDONYMS[i] as string) : `人员${i + 1}`
      if (!this.usedPseudonyms.has(p)) return p
    }
  }

  person(name: string): string {
    const n = name.trim()
    const known = this.people.get(n)
    if (known) return known
    const p = this.opts.pseudonyms?.[n] ?? this.nextPerson()
    this.people.set(n, p)
    this.usedPseudonyms.add(p)
    this.note(n, p, 'name')
    return p
  }

  /** another spelling of a registered person (`齐夏` for `齐夏（化名）`) */
  alias(name: string, pseudonym: string): void {
    if (!this.people.has(name)) {
      this.people.set(name, pseudonym)
      this.note(name, pseudonym, 'name')
    }
  }

  company(name: string): string {
    const n = name.trim()
    const known = this.companies.get(n) ?? this.opts.pseudonyms?.[n]
    if (known) {
      this.companies.set(n, known)
      this.note(n, known, 'company')
      return known
    }
    const i = this.companySeq++
    const letter = i < LETTERS.length ? (LETTERS[i] as string) : `${LETTERS[i % LETTERS.length]}${Math.floor(i / LETTERS.length)}`
    const suffix = COMPANY_SUFFIX.exec(n)?.[1] ?? '单位'
    const p = `${letter}${suffix}`
    this.companies.set(n, p)
    this.note(n, p, 'company')
    return p
  }

  private mask(text: string, re: RegExp, kind: keyof typeof MASKS & ReplacementKind): string {
    return text.replace(re, (m) => {
      this.note(m, MASKS[kind], kind)
      return MASKS[kind]
    })
  }

  /** Numbers, case numbers and addresses. */
  maskNumbers(text: string): string {
    let t = text
    t = this.mask(t, RE.caseNumber, 'caseNumber')
    t = this.mask(t, RE.procDocNumber, 'caseNumber')
    t = this.mask(t, RE.email, 'email')
    t = this.mask(t, RE.idNumber, 'idNumber')
    t = this.mask(t, RE.maskedCard, 'bankCard')
    t = this.mask(t, RE.groupedCard, 'bankCard')
    t = this.mask(t, RE.plainCard, 'bankCard')
    t = this.mask(t, RE.maskedMobile, 'phone')
    t = this.mask(t, RE.mobile, 'phone')
    t = this.mask(t, RE.landline, 'phone')
    t = t.replace(RE.account, (_m, label: string, value: string) => {
      this.note(value, MASKS.account, 'account')
      return label + MASKS.account
    })
    t = this.mask(t, RE.longNumber, 'number')
    t = t.replace(ADDRESS, (m) => {
      const addr = trimAddressLead(m)
      if (!addr || !ADDRESS_WHOLE.test(addr)) return m
      this.note(addr, MASKS.address, 'address')
      return m.slice(0, m.length - addr.length) + MASKS.address
    })
    return t
  }

  /** Find company and studio names and register them. */
  detectCompanies(text: string): void {
    for (const found of text.matchAll(COMPANY)) {
      const m = found[0]
      const suffix = COMPANY_SUFFIX.exec(m)?.[1] ?? ''
      let lead = m.slice(0, m.length - suffix.length)
      const unit = lead.lastIndexOf('单位')
      if (unit >= 0) lead = lead.slice(unit + 2)
      const prefix = trimLead(lead, COMPANY_LEAD)
      let core = prefix
      for (const w of GENERIC_COMPANY_WORDS_BY_LENGTH) core = core.split(w).join('')
      if (prefix.length < 2 || core.length === 0 || /^[A-Z]\d*$/.test(prefix)) continue
      this.companyCandidates.add(prefix + suffix)
    }
  }

  /** Register the companies found: shortest first; a candidate that ends with a known name is that name
   *  with words in front of it (`调取自深圳市某公司`), so it is not a company of its own. */
  settleCompanies(): void {
    for (const c of [...this.companyCandidates].sort((a, b) => a.length - b.length)) {
      if (![...this.companies.keys()].some((k) => c.endsWith(k))) this.company(c)
    }
  }

  /** Replace every registered company name (longest first, one pass). */
  replaceCompanies(text: string): string {
    return replaceAll(text, this.companies)
  }

  /** Find people's names in a text and register them. */
  detectPeople(text: string): void {
    for (const m of text.matchAll(MOU_NAME)) this.person(m[0])
    for (const m of text.matchAll(ROLE_NAME)) {
      const n = m[1] as string
      if (!n.includes('某')) this.person(n)
    }
  }

  /** The names at the head of a case title (`深圳市某科技有限公司、卿某、李某帮助信息网络犯罪活动案`). */
  detectTitle(title: string): void {
    const head = TITLE_NAMES.exec(title.trim())?.[1]
    if (!head) return
    for (const part of head.split(/[、，,和及与]/)) {
      const n = part.trim()
      if (COMPANY_SUFFIX.test(n) && n.length > 3) this.company(n)
      else if (new RegExp(`^${SURNAME}[\\u4e00-\\u9fa5]{1,3}$`).test(n)) this.person(n)
    }
  }

  replacePeople(text: string): string {
    return replaceAll(text, this.people)
  }

  /** Everything at once, with the names known so far (for short strings such as ids). */
  scrub(text: string): string {
    return this.replacePeople(this.replaceCompanies(this.maskNumbers(text)))
  }
}

/** Keys whose string values are structure (enums, dates, ids, field paths), never free text. */
const STRUCTURAL_KEYS = new Set([
  'formatVersion', 'stage', 'perspective', 'asOf', 'kind', 'id', 'birthDate', 'from', 'to', 'techSupport', 'owner', 'dealing',
  'indicators', 'finding', 'crimeType', 'crimeEstablished', 'consequence', 'meritoriousService', 'role', 'status', 'supports'
])
/** Fields handled on their own (see anonymizeMatter). */
const SPECIAL_KEYS = new Set(['name', 'caseNumber', 'counsel', 'authority', 'idNumber', 'phone', 'address'])

type Visit = (value: string, key: string) => string

function mapStrings(node: unknown, visit: Visit, key = ''): unknown {
  if (typeof node === 'string') return STRUCTURAL_KEYS.has(key) || SPECIAL_KEYS.has(key) ? node : visit(node, key)
  if (Array.isArray(node)) return node.map((v) => mapStrings(v, visit, key))
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) out[k] = STRUCTURAL_KEYS.has(k) ? v : mapStrings(v, visit, k)
    return out
  }
  return node
}

export function anonymizeMatter(doc: MatterDocument, options: AnonymizeOptions = {}): AnonymizeResult {
  const s = new Scrubber(options)
  // 1. the defendants' names first, so they get 甲, 乙 … in order (units: A公司 …), then the title's names
  for (const d of doc.defendants) {
    const n = d.name.trim()
    if (!n) continue
    if (d.kind === 'unit') s.company(n)
    else {
      const p = s.person(n)
      const bare = bareName(n)
      if (bare && bare !== n) s.alias(bare, p)
    }
  }
  for (const n of options.extraNames ?? []) if (n.trim()) s.person(n)
  s.detectTitle(doc.matter.title)

  // 2. numbers, case numbers, addresses; then companies; then people (each: detect everywhere, then replace)
  const masked = mapStrings(doc, (v) => s.maskNumbers(v)) as MatterDocument
  const rawAuthority = doc.matter.authority
  const keepAuthority = rawAuthority != null && isInstitution(rawAuthority)
  const authority0 = rawAuthority == null || keepAuthority ? rawAuthority : s.maskNumbers(rawAuthority)
  const everyText = (d: MatterDocument, f: (v: string) => void) => {
    mapStrings(d, (v) => (f(v), v))
    if (authority0 != null && !keepAuthority) f(authority0)
  }
  everyText(masked, (v) => s.detectCompanies(v))
  s.settleCompanies()
  const companied = mapStrings(masked, (v) => s.replaceCompanies(v)) as MatterDocument
  everyText(companied, (v) => s.detectPeople(s.replaceCompanies(v)))
  const out = mapStrings(companied, (v) => s.replacePeople(v)) as MatterDocument

  // 3. fields handled on their own
  const m = out.matter
  if (m.caseNumber != null) {
    if (m.caseNumber.trim()) s.note(m.caseNumber, '(已删除)', 'caseNumber')
    m.caseNumber = null
  }
  if (m.counsel != null && m.counsel.trim()) {
    s.note(m.counsel, MASKS.counsel, 'counsel')
    m.counsel = MASKS.counsel
  }
  if (authority0 != null) m.authority = keepAuthority ? authority0 : s.replacePeople(s.replaceCompanies(authority0))
  out.defendants = out.defendants.map((d, i) => {
    const orig = doc.defendants[i]
    const n = orig?.name.trim() ?? ''
    const name = !orig || !n ? d.name : orig.kind === 'unit' ? s.company(n) : s.person(n)
    const copy = { ...d, name }
    // ids are free text too: one that carries an identifier is renumbered (d1, d2 …; e1, e2 …)
    if (s.scrub(d.id) !== d.id) {
      copy.id = freshId('d', i, new Set(doc.defendants.map((x) => x.id)))
      s.note(d.id, copy.id, 'field')
    }
    if (d.evidence) {
      const taken = new Set(d.evidence.map((e) => e.id))
      copy.evidence = d.evidence.map((e, j) => {
        if (s.scrub(e.id) === e.id) return e
        const id = freshId('e', j, taken)
        taken.add(id)
        s.note(e.id, id, 'field')
        return { ...e, id }
      })
    }
    for (const f of ['idNumber', 'phone', 'address'] as const) {
      const v = orig?.[f]
      if (v !== undefined) {
        if (v) s.note(v, '(已删除)', 'field')
        copy[f] = null
      }
    }
    return copy
  })

  // a valid matter stays valid (a failure here is a program error); a draft with field errors keeps them
  if (!validateMatter(doc).ok) return { document: out, replacements: [...s.replacements.values()] }
  const checked = validateMatter(out)
  if (!checked.ok) {
    throw new Error(`脱敏后的案件未通过校验（程序错误）/ anonymised matter failed validation: ${checked.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`)
  }
  return { document: checked.value, replacements: [...s.replacements.values()] }
}
