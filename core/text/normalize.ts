// Character-level normalisation of Chinese legal text, one character for one character, so that every
// offset in the normalised text is the same offset in the original (the spans the extractor reports point
// into the text the user pasted). Pure: no I/O.
//   - full-width digits, letters and the full-width point/slash/hyphen → ASCII
//   - the traditional forms of the characters that carry meaning in 帮信 documents → simplified
//     (published judgments are often reprinted in traditional script: 幫助信息網絡犯罪活動罪, 萬, 餘 …)

// Pairs: traditional, simplified. Only 1:1 mappings (each traditional character has one simplified form here).
const TRAD =
  '萬億兩貳參陸餘與為於個幾這來們從對將門開關問際後時間會國內處過機構總當經結給絡網動幫資訊訴審檢察院認職員務務' +
  '銀賬帳戶號碼錢貨幣額價買賣購售租借還盜竊騙詐團夥夥罰緩執決罪責權節輕嚴並併發現據證實據條規則計劃' +
  '陳張劉楊黃趙吳鄭馮韓蕭蔣羅許謝葉鄧蘇盧魏龐鄺錢孫龍閔閻彭範雲齊顧師嚴湯賴樂韋' +
  '們個區縣鄉鎮廈瀋倉廣東義門東將員單體學習級專業歲齡產業屬視頻廣告傳輸儲雲絡網誌聯繫擊殺傷亂聲' +
  '轉帳帳戶賺獲取賠償諒解讓協議誘騙說話術應隨撥電話機卡號碼通訊營運遞託託駕駛場見聞雙擔僅與場' +
  '認識記錄讀寫書頁標準號碼單據紀錄輔導徵收遲滯調查處斷開設網站態樣儘費線強運輸種類輸' +
  '頭別項終瞞隱飾織組領僱虛擬銷數錄讀畢繳贓係統辯護歸懲財產類規則損謀導帶擔議鍵層'
const SIMP =
  '万亿两贰参陆余与为于个几这来们从对将门开关问际后时间会国内处过机构总当经结给络网动帮资讯诉审检察院认职员务务' +
  '银账帐户号码钱货币额价买卖购售租借还盗窃骗诈团伙伙罚缓执决罪责权节轻严并并发现据证实据条规则计划' +
  '陈张刘杨黄赵吴郑冯韩萧蒋罗许谢叶邓苏卢魏庞邝钱孙龙闵阎彭范云齐顾师严汤赖乐韦' +
  '们个区县乡镇厦沈仓广东义门东将员单体学习级专业岁龄产业属视频广告传输储云络网志联系击杀伤乱声' +
  '转帐帐户赚获取赔偿谅解让协议诱骗说话术应随拨电话机卡号码通讯营运递托托驾驶场见闻双担仅与场' +
  '认识记录读写书页标准号码单据纪录辅导征收迟滞调查处断开设网站态样尽费线强运输种类输' +
  '头别项终瞒隐饰织组领雇虚拟销数录读毕缴赃系统辩护归惩财产类规则损谋导带担议键层'

const MAP = new Map<string, string>()
if ([...TRAD].length !== [...SIMP].length) throw new Error('normalize: traditional/simplified tables differ in length')
{
  const t = [...TRAD]
  const s = [...SIMP]
  t.forEach((c, i) => {
    const v = s[i] as string
    if (c !== v) MAP.set(c, v)
  })
}
// Financial (大写) numerals keep their meaning; they are mapped by the number parser, not here.

/**
 * Normalise `text` one UTF-16 unit for one: full-width ASCII → ASCII, traditional → simplified.
 * The result has exactly the length of the input.
 */
export function normalizeText(text: string): string {
  // built as an array and joined: a string grown by += is a rope, slow to index character by character
  const out: string[] = new Array<string>(text.length)
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    const code = ch.charCodeAt(0)
    if (code >= 0xff10 && code <= 0xff19) out[i] = String.fromCharCode(code - 0xfee0) // ０-９
    else if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) out[i] = String.fromCharCode(code - 0xfee0)
    else if (ch === '．') out[i] = '.'
    else if (ch === '／') out[i] = '/'
    else if (ch === '－') out[i] = '-'
    else if (ch === '\u3000') out[i] = ' '
    else out[i] = MAP.get(ch) ?? ch
  }
  return out.join('')
}
