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
  | 'plate' | 'passport' | 'ip'

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
  counsel: '[已脱敏·辩护人]',
  plate: '[已脱敏·车牌]',
  passport: '[已脱敏·护照号]',
  ip: '[已脱敏·IP地址]'
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
  // half- or full-width @ and dot
  // a match starts only at the beginning of a run (lookbehind) and its parts are bounded: linear on long runs of
  // letters or digits (the unbounded form was quadratic: 48,000 digits took 6 s)
  email: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}\s?[@＠]\s?[A-Za-z0-9-]{1,63}(?:[.．][A-Za-z0-9-]{1,63}){0,8}[.．][A-Za-z]{2,24}(?![A-Za-z])/g,
  // 18 digits, also written in groups (6-8-4 or 6-4-4-4) with spaces or dashes
  idNumber: /(?<![0-9A-Za-z])[1-9]\d{5}[ \-－]?(?:18|19|20)\d{2}[ \-－]?(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[ \-－]?\d{3}[\dXx](?![0-9A-Za-z])/g,
  ipv4: /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d.])/g,
  // full or compressed (2408:8207:1851:3c50::1); three colons at least, or '::', so that a time (12:30:45) is not one
  ipv6: /(?<![0-9A-Fa-f:])(?=[0-9A-Fa-f:]{0,39}::|(?:[0-9A-Fa-f]{1,4}:){3})[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Fa-f:])/g,
  // 京A12345, 粤B·D12345 (new-energy: 6 characters after the letter)
  plate: /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·•.\s-]?[A-HJ-NP-Z0-9]{5,6}(?![A-Za-z0-9])/g,
  // after the word 护照, any passport-like value; bare: the Chinese formats (E/G/D/S/P + 7–8 digits, EA1234567)
  passportLabelled: /(护照(?:号码|号)?\s*[：:]?\s*)([A-Z0-9]{6,12})(?![A-Za-z0-9])/g,
  passport: /(?<![A-Za-z0-9])(?:E[A-HJ-NP-Z]\d{7}|[EGDSP]\d{8})(?![A-Za-z0-9])/g,
  wxid: /(?<![A-Za-z0-9_])wxid_[A-Za-z0-9_]{4,40}/g,
  maskedCard: /(?<![\d.])\d{4,6}[*＊xX]{4,}\d{3,4}(?!\d)/g,
  groupedCard: /(?<![\d.])\d{4}(?:[ \-－]\d{4}){3}(?:[ \-－]?\d{1,3})?(?![\d.])/g,
  plainCard: /(?<![\d.])\d{16,19}(?![\d.])/g,
  mobile: /(?<![\d.])(?:(?:\+|00)?86[ \-－]?)?1[3-9]\d(?:[ \-－]?\d{4}){2}(?![\d.])/g,
  maskedMobile: /(?<![\d.])1[3-9]\d[*＊]{4}\d{4}(?!\d)/g,
  // (010)6552-9988, 010-65529988, 0755 8888 6666
  landline: /(?<![\d.])(?:[（(]0\d{2,3}[）)]\s?|0\d{2,3}[ \-－]?)(?:\d{7,8}|\d{3,4}[ \-－]\d{4})(?:[ \-－转]\d{1,6})?(?![\d.])/g,
  account: /((?:QQ|qq|微信|WeChat|wechat|Wechat|VX|vx|WX|wx|V信|企鹅|支付宝|抖音|钉钉|Telegram|telegram|TG|飞机)(?:号码|号|账号|账户|ID|id)?\s*[：:为是]?\s*)([A-Za-z][A-Za-z0-9_-]{4,29}|\d{5,12})(?![A-Za-z0-9_\-个张元万次条人余多名])/g,
  longNumber: /(?<![\d.])\d{12,}(?![\d.]|元|万)/g
} as const

// The body of an administrative unit cannot contain a unit suffix: each unit then has one possible length,
// and `(?:ADMIN){1,5}` cannot backtrack exponentially (a text of 2,000 × 市 used to take 11 s).
const ADMIN_SUFFIX = '省|自治区|市|自治州|州|盟|区|县|旗|镇|乡|街道'
const ADMIN = `(?:(?!${ADMIN_SUFFIX})[\\u4e00-\\u9fa5]){1,8}(?:${ADMIN_SUFFIX})`
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


// ---------------------------------------------------------------- names without 某 or a role word
// Legal prose names people after a few words (向李娜出售, 交给王建国, 伙同陈志强), in lists after a role word
// (被告人张三、李四和王五), and as the subject of a sentence (李娜称…). A candidate is a surname from the list above
// and one or two more characters, ending where a name can end (NAME_END), and not a common word (NAME_STOP).
const TRIGGERS = [
  '交给', '转给', '卖给', '租给', '借给', '递给', '寄给', '发给', '支付给', '转账给', '介绍给', '联系', '伙同', '纠集', '雇佣', '委托', '指使',
  '告诉', '通知', '认识', '结识', '找到', '通过', '经', '向', '给', '与', '和', '同', '跟', '及', '让', '叫', '找', '帮', '替', '被', '由', '将', '把'
]
const SUBJECT_VERBS = [
  '称', '说', '供述', '辩称', '证实', '证言', '陈述', '交代', '承认', '表示', '介绍', '联系', '出售', '出租', '出借', '收购', '购买', '提供',
  '办理', '开设', '注册', '明知', '曾', '于', '在', '将', '把', '被', '通过', '伙同', '与', '和', '向', '从', '因', '以', '系', '是', '为',
  '也', '还', '又', '已', '后', '先', '再', '便', '就', '即', '均', '等人', '的', '收到', '获利', '得知', '知道', '负责', '指使', '使用',
  '转账', '取现', '操作', '到案', '归案', '投案', '自首', '如实', '名下', '本人', '来到', '前往', '驾驶', '持有', '签字', '按照', '按', '共', '：', ':'
]
/** Words that begin with a surname character and are not names (the common ones in case texts). */
const NAME_STOP = new Set([
  '付款', '付费', '付出', '金额', '金钱', '金融', '银行', '银联', '钱款', '钱财', '方式', '方面', '方法', '方便', '高额', '高价', '高度', '马上', '万元',
  '于是', '安全', '安排', '常用', '常见', '明知', '文件', '文字', '和解', '成功', '成本', '成立', '成员', '全部', '全额', '应当', '应该', '支付',
  '平台', '车辆', '关系', '关于', '任何', '任务', '程序', '司法', '包括', '黄金', '白天', '时间', '解释', '施工', '原因', '原来', '初步', '初次',
  '谈判', '计划', '单位', '单独', '路费', '游戏', '房屋', '房租', '简单', '经营', '经过', '经济', '经常', '经查', '余额', '余款', '许多', '许可',
  '何时', '何处', '何人', '周围', '周末', '周边', '朱红', '石头', '田地', '董事', '董事长', '袁某', '潘某', '于某', '蒋某', '蔡某', '杜绝', '叶子',
  '程度', '苏醒', '魏某', '吕某', '丁某', '任意', '任职', '沈某', '姚某', '卢某', '姜某', '崔某', '钟点', '谭某', '陆续', '汪某', '范围', '金某',
  '石某', '廖某', '贾某', '夏天', '夏季', '韦某', '付某', '傅某', '方某', '白某', '邹某', '孟某', '熊某', '秦某', '邱某', '江某', '尹某', '薛某',
  '段时间', '雷同', '侯某', '龙某', '史某', '陶某', '黎明', '贺某', '顾客', '顾及', '毛利', '毛巾', '郝某', '龚某', '邵某', '万一', '钱包', '严重',
  '严格', '严禁', '武器', '戴某', '莫名', '孔某', '汤某', '常年', '温某', '康某', '施行', '文明', '牛某', '樊某', '葛某', '邢某', '安装', '齐全',
  '易于', '乔装', '伍某', '庞大', '颜色', '倪某', '庄某', '聂某', '章程', '鲁某', '岳某', '翟某', '殷某', '詹某', '申请', '申报', '申诉', '欧元',
  '耿某', '关联', '关注', '关键', '兰某', '焦某', '俞某', '左右', '柳某', '甘某', '祝某', '包装', '包含', '宁可', '尚未', '尚且', '符合', '舒适',
  '阮某', '柯某', '纪律', '纪某', '梅某', '童某', '凌晨', '毕业', '单人', '季度', '裴某', '霍某', '涂某', '成年', '成为', '苗某', '谷某', '盛某',
  '曲某', '翁某', '冉某', '骆某', '蓝色', '路上', '路线', '游某', '辛苦', '靳某', '管理', '管控', '柴某', '蒙某', '鲍某', '华某', '喻某', '祁某',
  '蒲某', '房间', '滕某', '屈某', '饶某', '解决', '解除', '牟利', '牟取', '艾某', '尤其', '穆某', '农村', '农民', '司机', '卓某', '古某', '吉某',
  '简称', '车上', '车费', '项目', '连续', '连同', '麦某', '娄某', '窦某', '戚某', '岑某', '景某', '党员', '宫某', '费用', '卜某', '冷某', '晏某',
  '席某', '卫某', '米某', '柏某', '宗某', '全国', '全体', '应用', '应聘', '边境', '边防', '师傅', '商家', '商户', '商品', '荣誉', '桑某', '郎某',
  '仲裁', '封号', '封控', '谈话', '乐意', '原告', '原审', '燕某', '楚某', '劳务', '劳动', '皮某', '满足', '闻某', '伊某', '权利', '权益', '帅某',
  '屠某', '朴某', '练习', '廉价', '井某', '巴某', '丰富', '支持', '计算', '宣传', '宣判', '初中', '门口', '门店', '云南', '容易', '敬请', '普通',
  '浦东', '伏某', '危害', '危险', '宾馆', '展示', '展开', '幸好', '衡量', '富裕', '尧某', '闭某', '明确', '明显', '同意', '同时', '同样', '向某',
  '高中', '高速', '马路', '黄某', '赵某', '吴某', '周某', '徐某', '孙某', '马某', '朱某', '胡某', '郭某', '何某', '高某', '林某', '罗某', '郑某',
  '梁某', '谢某', '宋某', '唐某', '许某', '韩某', '冯某', '邓某', '曹某', '彭某', '曾某', '肖某', '田某', '董某', '王某', '李某', '张某', '刘某',
  '陈某', '杨某', '上线', '下线', '其他', '其中', '公安', '公司', '公民', '信息', '银行卡', '电话', '账户', '微信', '支付宝', '多次', '多人', '曾经',
  '曾在', '江苏', '江西', '湖南', '湖北', '广东', '广西', '山东', '山西', '河南', '河北', '浙江', '福建', '安徽', '四川', '贵州', '云贵', '陕西',
  '甘肃', '青海', '宁夏', '新疆', '西藏', '海南', '吉林', '辽宁', '黑龙江', '北京', '上海', '天津', '重庆', '深圳', '广州', '杭州', '南京', '武汉',
  '成都', '西安', '长沙', '郑州', '济南', '沈阳', '石家庄', '太原', '合肥', '南昌', '福州', '昆明', '贵阳', '南宁', '兰州', '西宁', '银川', '乌鲁木齐',
  '原文', '原件', '原始', '原卡', '原价', '原本', '封停', '封禁', '冻结', '钱取', '钱转', '钱存', '钱打', '钱交', '钱给', '钱汇', '金卡', '银卡',
  '查证', '查明', '查获', '查实', '查询', '查处', '查封', '解协议', '于上', '于同', '向上', '和上', '与上', '同上', '给上', '由上', '通过上',
  '拉萨', '呼和浩特', '哈尔滨', '长春', '宁波', '温州', '苏州', '无锡', '常州', '东莞', '佛山', '厦门', '青岛', '大连'
])
/** Given-name characters that, as the last character, mostly end a word, not a name. */
const NOT_NAME_LAST = new Set([...'某们者人员家方面式法额款费用卡号码户头钱财物品件项次类种些个位名议书据证务理定况形态度率量值解释规则款据实'])

const SURNAME_RE = new RegExp(`^${SURNAME}`)
const CJK = /[\u4e00-\u9fa5]/

/** Characters that may follow a name in narrative prose besides AFTER_NAME (the first character of common verbs). */
const NEXT_AFTER_NAME = '商认识银取称支付转收购卖租借送拿要用办开注签讲问见约打发递寄交带分别刷帮领协参驾持'

/** Names at `text[i..]`: surname + 2 or 1 characters, ending where a name can end; longest first. */
function namesAt(text: string, i: number): string[] {
  const sm = SURNAME_RE.exec(text.slice(i, i + 2))
  if (!sm) return []
  const out: string[] = []
  const start = i + sm[0].length
  for (const len of [2, 1]) {
    const end = start + len
    if (end > text.length) continue
    const given = text.slice(start, end)
    if (![...given].every((c) => CJK.test(c)) || given.includes('某')) continue
    const next = text[end]
    if (next !== undefined && !AFTER_NAME.includes(next) && !NEXT_AFTER_NAME.includes(next)) continue
    const name = text.slice(i, end)
    const last = given[given.length - 1] as string
    if (NAME_STOP.has(name) || NAME_STOP.has(name.slice(0, 2)) || NOT_NAME_LAST.has(last) || NOT_A_NAME_CHAR.includes(last)) continue
    out.push(name)
  }
  return out
}
const nameAt = (text: string, i: number): string | null => namesAt(text, i)[0] ?? null

const LIST_SEP = '、，,和及与'
const SENTENCE_START = '。；;！!？?\n：:，,（('

/** Every person's name found by the rules (trigger words, lists after role words, sentence subjects). Linear. */
export function findPeople(text: string): string[] {
  const out: string[] = []
  const takeList = (from: number): void => {
    let i = from
    for (let guard = 0; guard < 50; guard++) {
      const n = nameAt(text, i)
      if (!n) return
      out.push(n)
      i += n.length
      if (!LIST_SEP.includes(text[i] ?? '')) return
      i++
    }
  }
  for (let i = 0; i < text.length; i++) {
    // after a trigger word
    for (const t of TRIGGERS) {
      if (text.startsWith(t, i)) {
        const n = nameAt(text, i + t.length)
        if (n) out.push(n)
      }
    }
    // a list after a role word: 被告人张三、李四和王五
    for (const r of ROLE_WORDS_LIST) {
      if (text.startsWith(r, i)) {
        let j = i + r.length
        if (text[j] === '：' || text[j] === ':') j++
        takeList(j)
      }
    }
    // the subject of a sentence, followed by a verb of the case narrative
    if (i === 0 || SENTENCE_START.includes(text[i - 1] as string)) {
      const n = namesAt(text, i).find((c) => SUBJECT_VERBS.some((v) => text.startsWith(v, i + c.length)))
      if (n) out.push(n)
    }
  }
  // pinyin names: ZHANG Wei, ZHANG Xiaoming, Zhang Wei (a pinyin surname, then a capitalised given name)
  for (const m of text.matchAll(PINYIN_NAME)) {
    if (PINYIN_SURNAMES.has((m[1] as string).toLowerCase())) out.push(m[0])
  }
  return out
}

const PINYIN_SURNAMES = new Set(
  ('wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han feng deng cao peng zeng ' +
   'xiao tian dong yuan pan yu jiang cai du ye cheng su wei lv lu ding ren shen yao cui zhong tan fan jin shi liao jia xia fu fang bai zou meng ' +
   'xiong qin qiu yin xue yan duan lei hou long tao gu mao hao gong shao wan qian dai mo kong tang kang niu ge xing an qi qiao pang ni zhuang nie ' +
   'zhan ou yue zhai geng guan lan jiao liu zuo gan zhu bao ning shang shu ruan ke ji mei tong ling bi shan pei huo tu miao sheng qu weng ran luo ' +
   'lan lu you xin guan chai meng hua pu fang teng qu rao jie mu ai niu zhuo gu ouyang sima zhuge shangguan dongfang').split(' ')
)
const PINYIN_NAME = /(?<![A-Za-z])([A-Z]{2,}|[A-Z][a-z]{1,6})[ \u00a0]([A-Z][a-z]{1,12}(?:[- ]?[A-Z]?[a-z]{1,6})?)(?![A-Za-z])/g

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
    t = this.mask(t, RE.wxid, 'account')
    t = this.mask(t, RE.ipv4, 'ip')
    t = this.mask(t, RE.ipv6, 'ip')
    t = this.mask(t, RE.idNumber, 'idNumber')
    t = t.replace(RE.passportLabelled, (_m, label: string, value: string) => {
      this.note(value, MASKS.passport, 'passport')
      return label + MASKS.passport
    })
    t = this.mask(t, RE.passport, 'passport')
    t = this.mask(t, RE.plate, 'plate')
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
    for (const n of findPeople(text)) this.person(n)
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
