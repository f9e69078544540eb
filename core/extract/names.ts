// Who the document names as a defendant, and where each defendant is mentioned. Pure.
//
// Published and served documents anonymise names as 姓 + 某 (+ 某 / one given character): 邬某, 严某某, 林某祥.
// A name written that way is recognised anywhere; a full name (张三, 王小明) only right after a role word
// (被告人, 犯罪嫌疑人, 被不起诉人 …). A name is a defendant's when the text puts it in a defendant's place:
// after a role word, after 判处, in 对…提起公诉/作出…不起诉, before 犯/构成/涉嫌…罪, before 被判处, after 主犯/从犯.
// Everyone else named (a victim, an upstream contact, a seller of cards) is a person the text mentions,
// never a defendant.

export type Span = [number, number]

// Single-character surnames (the common ones of 百家姓 and beyond), then the compound ones.
const SURNAMES_1 =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭'
const SURNAMES_2 = ['欧阳', '司马', '诸葛', '上官', '司徒', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '夏侯', '令狐', '端木', '独孤']

// Characters and pairs that end a name: verbs, particles and prepositions that follow a name in legal prose.
const STOP_CHARS = '犯在于系因等伙为的将以自从通与和及被经是已又还即先后曾均仍供到称也就由把并向对受所其之、，,。；;：:（）()“”‘’"\'《》【】 0-9个人名同伙利非无未不'
const STOP_PAIRS = ['明知', '通过', '出售', '出租', '出借', '收购', '购买', '伙同', '先后', '利用', '提供', '帮助', '租用', '使用', '招揽', '组织', '指使', '介绍', '开设', '开立', '办理', '负责', '联系', '共同', '多次', '分别', '主动', '如实', '自愿', '认罪', '到案', '归案', '投案', '构成', '涉嫌', '触犯', '非法', '为了', '为牟', '获利', '违法', '收到', '获取', '处以', '有期', '拘役', '罚金', '缓刑', '判处', '被判', '向他', '将其', '作为', '明确', '知道', '在明', '点击', '下载', '注册', '绑定', '走进', '之后', '以后', '以来', '期间', '某某', '妨害', '掩饰', '诈骗', '盗窃', '走私', '拒不', '拘役', '无法', '主犯', '从犯', '应当', '应予', '依法', '辩称', '供称', '称其']

const cls = (chars: string) => `[${chars.replace(/[\]\\^-]/g, (c) => `\\${c}`)}]`
// STOP_CHARS contains the range 0-9 deliberately; keep the hyphen of that range
const STOP_CLASS = `[${STOP_CHARS.replace(/[\]\\^]/g, (c) => `\\${c}`)}]`
const STOP = `(?:${STOP_PAIRS.join('|')}|${STOP_CLASS})`
const GIVEN = `(?:(?!${STOP})(?![一二三四五六七八九十两][人次张个名年月日号套部万千百元余多])[\\u4e00-\\u9fa5])`
const SURNAME = `(?:${SURNAMES_2.join('|')}|${cls(SURNAMES_1)})`

/** A name written 姓某 / 姓某某 / 姓某X (the anonymised form; never 姓某某X). */
export const MOU_NAME = `${SURNAME}(?:某某|某${GIVEN}?)`
/** Any name after a role word: anonymised, or a full name of two or three characters. */
const ROLE_NAME = `(?:${MOU_NAME}|${SURNAME}${GIVEN}{1,2})`
const UNIT_NAME = `[\\u4e00-\\u9fa5A-Za-z0-9（）()]{2,30}?(?:有限责任公司|股份有限公司|有限公司|公司|厂|合作社|商行|工作室|中心)`

const list = (name: string) => `${name}(?:[、和及与]${name})*`

const ROLE_WORDS = '(?:原审被告人|被告人|犯罪嫌疑人|被不起诉人|被申诉人|上诉人|被告(?!单位))(?:[（(][^）)]{1,12}[）)])?'

interface ContextRule { re: RegExp; group: number; full: boolean }
const CONTEXTS: ContextRule[] = [
  // 被告人X、Y和Z
  { re: new RegExp(`${ROLE_WORDS}(${list(ROLE_NAME)})`, 'g'), group: 1, full: true },
  // 判处(被告人)X、Y
  { re: new RegExp(`判处(?:被告人|主管人员|直接责任人员|直接负责的主管人员|其他直接责任人员)?(${list(MOU_NAME)})`, 'g'), group: 1, full: false },
  // (单位犯罪) 主管人员X / 直接责任人员Y
  { re: new RegExp(`(?:直接负责的主管人员|主管人员|其他直接责任人员|直接责任人员)(${MOU_NAME})`, 'g'), group: 1, full: false },
  // 对X、Y(3人)提起公诉 / 作出不起诉决定 / 以…罪提起公诉
  { re: new RegExp(`对(?:被告人|犯罪嫌疑人|主犯|从犯)?(${list(MOU_NAME)})(?:等?[0-9一二三四五六七八九十]*人)?[^。；，,]{0,8}?(?:不起诉|提起公诉|作出|以|依法|决定)`, 'g'), group: 1, full: false },
  // X、Y(等N人)(因)犯/触犯/构成/涉嫌 …罪
  { re: new RegExp(`(${list(MOU_NAME)})(?:等[0-9一二三四五六七八九十]*人)?[,，]?(?:因|均|的行为)?(?:犯|触犯|构成|涉嫌)[^。；]{0,30}罪`, 'g'), group: 1, full: false },
  // X被判处 / 被判
  { re: new RegExp(`(${list(MOU_NAME)})[,，]?(?:被判处|被判|被依法判处)`, 'g'), group: 1, full: false },
  // 主犯X / 从犯X
  { re: new RegExp(`(?:主犯|从犯)(${MOU_NAME})`, 'g'), group: 1, full: false }
]
const UNIT_CONTEXTS = [
  new RegExp(`被告单位(${UNIT_NAME})`, 'g'),
  // 判决/判处 某公司 (以下简称…) 罚金
  new RegExp(`(?:判决|判处)(${UNIT_NAME})(?:[（(]以下简称[^）)]{1,12}[）)])?罚金`, 'g')
]
const SPLIT_LIST = /[、和及与]/

export interface NamedDefendant {
  id: string
  name: string
  kind: 'person' | 'unit'
  /** span of the mention that made this name a defendant's */
  span: Span
}

export interface Mention {
  name: string
  span: Span
  /** the defendant's id, or null for a person who is not a defendant */
  defendantId: string | null
}

/** Split a matched list "林某祥、林某江" into its names with their spans. */
function splitList(text: string, start: number, full: boolean): { name: string; span: Span }[] {
  const out: { name: string; span: Span }[] = []
  const one = new RegExp(`^${full ? ROLE_NAME : MOU_NAME}`)
  let i = 0
  while (i < text.length) {
    const m = one.exec(text.slice(i))
    if (!m) break
    out.push({ name: m[0], span: [start + i, start + i + m[0].length] })
    i += m[0].length
    if (i < text.length && SPLIT_LIST.test(text[i] as string)) i++
    else break
  }
  return out
}

/** Defendants named in `t` (normalised text), in order of first mention, with ids d1, d2 … */
export function findDefendants(t: string): NamedDefendant[] {
  const found = new Map<string, { span: Span; kind: 'person' | 'unit' }>()
  const add = (name: string, span: Span, kind: 'person' | 'unit') => {
    const prev = found.get(name)
    if (!prev || prev.span[0] > span[0]) found.set(name, { span, kind })
  }
  for (const rule of CONTEXTS) {
    rule.re.lastIndex = 0
    for (const m of t.matchAll(rule.re)) {
      const g = m[rule.group] as string
      const start = (m.index as number) + (m[0] as string).indexOf(g)
      for (const n of splitList(g, start, rule.full)) add(n.name, n.span, 'person')
    }
  }
  for (const re of UNIT_CONTEXTS) {
    for (const m of t.matchAll(re)) {
      const g = m[1] as string
      const start = (m.index as number) + (m[0] as string).indexOf(g)
      add(g, [start, start + g.length], 'unit')
    }
  }
  // a name that is a prefix of a longer defendant's name found by the same mention is spurious (王某 in 王某某)
  return [...found.entries()]
    .sort((a, b) => a[1].span[0] - b[1].span[0])
    .map(([name, v], i) => ({ id: `d${i + 1}`, name, kind: v.kind, span: v.span }))
}

/** Every person mention in `t`: the anonymised names anywhere, and each defendant's name wherever written. */
export function findMentions(t: string, defendants: NamedDefendant[]): Mention[] {
  const byName = new Map(defendants.map((d) => [d.name, d.id]))
  const out: Mention[] = []
  const taken = new Uint8Array(t.length)
  // defendants' names first, longest first, so that 王某某 is not read as 王某
  const names = [...defendants].sort((a, b) => b.name.length - a.name.length)
  for (const d of names) {
    let from = 0
    for (;;) {
      const i = t.indexOf(d.name, from)
      if (i < 0) break
      from = i + 1
      const end = i + d.name.length
      if (taken.subarray(i, end).some((x) => x === 1)) continue
      // not when the name runs on into a longer anonymised name (王某 inside 王某某; a defendant 王某某 is taken first)
      if (t[end] === '某') continue
      taken.fill(1, i, end)
      out.push({ name: d.name, span: [i, end], defendantId: d.id })
    }
  }
  const any = new RegExp(MOU_NAME, 'g')
  for (const m of t.matchAll(any)) {
    const i = m.index as number
    const end = i + (m[0] as string).length
    if (taken.subarray(i, end).some((x) => x === 1)) continue
    out.push({ name: m[0] as string, span: [i, end], defendantId: byName.get(m[0] as string) ?? null })
  }
  return out.sort((a, b) => a.span[0] - b.span[0])
}
