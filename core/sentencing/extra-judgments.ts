// Further published 帮信 judgments used as calibration data, beyond the fixtures in ../shared/cases.
// Each record names its source (title and address) and carries only the facts that source states; unknown facts
// are null, as in the fixtures. Amounts written “X余万元” are recorded at X万元. Where the source gives no decision
// date, `asOf` is the publication date of the report (it only fixes which law is applied, not the fit).
// Decision dates marked “approx.” are estimated from the case number or the act period.
// Kept apart from ../shared/cases: these are data for the sentencing fit only, not golden fixtures of the engine.
import type { CardLine, Defendant } from '../matter/schema'
import { emptyDefendant } from '../matter/schema'
import type { JudgmentRecord } from './dataset'

interface Facts {
  cards?: CardLine[]
  paymentSettlement?: number
  oneWayInflow?: number
  verifiedFraudFunds?: number
  illegalGain?: number
  restitution?: number
  surrendered?: boolean
  truthfulConfession?: boolean
  pleaAgreement?: boolean
  faceVerificationForOthers?: boolean
  transferredForOthers?: boolean
  crimeType?: 'fraud' | 'gambling'
  actFrom?: string
  /** default: payment settlement help (the two-card cases) */
  techSupport?: ('communicationTransmission')[]
}

function defendant(id: string, name: string, f: Facts): Defendant {
  const d = emptyDefendant(id, name)
  d.conduct.paymentSettlement = f.techSupport ? false : true
  d.conduct.techSupport = f.techSupport ?? []
  d.conduct.cards = f.cards ?? []
  d.conduct.faceVerificationForOthers = f.faceVerificationForOthers ?? null
  d.conduct.transferredForOthers = f.transferredForOthers ?? null
  d.knowledge.finding = 'proven'
  d.amounts.paymentSettlement = f.paymentSettlement ?? null
  d.amounts.oneWayInflow = f.oneWayInflow ?? null
  d.amounts.verifiedFraudFunds = f.verifiedFraudFunds ?? null
  d.amounts.illegalGain = f.illegalGain ?? null
  d.helped.crimeType = f.crimeType ?? null
  d.helped.crimeEstablished = 'yes'
  d.mitigation.restitution = f.restitution ?? null
  d.mitigation.surrendered = f.surrendered ?? null
  d.mitigation.truthfulConfession = f.truthfulConfession ?? null
  d.mitigation.pleaAgreement = f.pleaAgreement ?? null
  d.actPeriod = { from: f.actFrom ?? null, to: null }
  return d
}

const card = (kind: CardLine['kind'], count: number | null, owner: CardLine['owner'], dealing: CardLine['dealing']): CardLine => ({ kind, count, owner, dealing })

const YONGSHUN = { title: '湖南省永顺县人民法院：3名男子因犯帮助信息网络犯罪活动罪被判刑（郝某富、樊某伟案）', url: 'http://hnysxfy.hunancourt.gov.cn/article/detail/2021/09/id/6250266.shtml' }
const BAQIAO = { title: '陕西法制网：西安灞桥法院帮信罪案例（余某出租银行卡案、王某收购银行卡案）', url: 'https://shxlaw.cn/a/shaanxifazhi/shanxifayuan/2022/08/19/773107.html' }
const JIAYUGUAN = { title: '嘉峪关法院网：动歪心思帮人 触犯律法获刑（嘉峪关市城区人民法院 杨某、乔某帮信案）', url: 'https://jiayuguan.chinagscourt.gov.cn/Show/71330' }
const TIANJIN = { title: '天津市河北区人民法院：周海、张迪（化名）收购出售银行卡帮信案', url: 'https://tjhbfy.tjcourt.gov.cn/article/detail/2022/06/id/6720808.shtml' }

export const extraJudgments: JudgmentRecord[] = [
  {
    id: 'x-yongshun-haofan/d1', caseId: 'x-yongshun-haofan', source: YONGSHUN, charge: 'art287-2', asOf: '2021-09-01',
    defendant: defendant('d1', '郝某富', { cards: [card('bankCard', null, 'self', 'rent'), card('bankCard', null, 'others', 'rent')], paymentSettlement: 50000000, illegalGain: 20000, actFrom: '2020-12-01' }),
    sentence: { kind: 'fixedTerm', months: 26, probationMonths: null, fineYuan: 20000 }
  },
  {
    id: 'x-yongshun-haofan/d2', caseId: 'x-yongshun-haofan', source: YONGSHUN, charge: 'art287-2', asOf: '2021-09-01',
    defendant: defendant('d2', '樊某伟', { cards: [card('bankCard', null, 'self', 'lend')], paymentSettlement: 800000, illegalGain: 3292, actFrom: '2020-12-01' }),
    sentence: { kind: 'fixedTerm', months: 6, probationMonths: null, fineYuan: 5000 }
  },
  {
    id: 'x-huzhu-lei/d1', caseId: 'x-huzhu-lei',
    source: { title: '法治日报：明知犯罪仍帮结算 获刑一年罚金三千（青海省互助县人民法院 雷某帮信案）', url: 'http://www.legaldaily.com.cn/legal_case/content/2021-11/08/content_8627413.html' },
    charge: 'art287-2', asOf: '2021-11-08',
    defendant: defendant('d1', '雷某', { cards: [card('bankCard', 21, 'self', 'lend'), card('paymentAccount', 1, 'self', 'lend')], paymentSettlement: 2000000, illegalGain: 10000, surrendered: true, truthfulConfession: true, pleaAgreement: true, faceVerificationForOthers: true, actFrom: '2020-08-01' }),
    sentence: { kind: 'fixedTerm', months: 12, probationMonths: null, fineYuan: 3000 }
  },
  {
    id: 'x-baqiao-yu/d1', caseId: 'x-baqiao-yu', source: BAQIAO, charge: 'art287-2', asOf: '2022-08-19',
    defendant: defendant('d1', '余某', { cards: [card('bankCard', 2, 'self', 'rent')], paymentSettlement: 1100000, illegalGain: 1073, crimeType: 'fraud' }),
    sentence: { kind: 'fixedTerm', months: 8, probationMonths: null, fineYuan: 3000 }
  },
  {
    id: 'x-baqiao-wang/d1', caseId: 'x-baqiao-wang', source: BAQIAO, charge: 'art287-2', asOf: '2022-08-19',
    defendant: defendant('d1', '王某', { cards: [card('bankCard', 4, 'others', 'buy')], paymentSettlement: 573662, illegalGain: 35506, crimeType: 'gambling' }),
    sentence: { kind: 'fixedTerm', months: 10, probationMonths: null, fineYuan: 10000 }
  },
  {
    id: 'x-jiayuguan-qiao/d1', caseId: 'x-jiayuguan-qiao', source: JIAYUGUAN, charge: 'art287-2', asOf: '2022-03-24',
    defendant: defendant('d1', '乔某', { cards: [card('bankCard', 16, 'self', 'lend')], oneWayInflow: 1740000, verifiedFraudFunds: 640000, illegalGain: 500, faceVerificationForOthers: true, crimeType: 'fraud', actFrom: '2021-08-01' }),
    sentence: { kind: 'fixedTerm', months: 10, probationMonths: null, fineYuan: 10000 }
  },
  {
    id: 'x-jiayuguan-yang/d1', caseId: 'x-jiayuguan-yang', source: JIAYUGUAN, charge: 'art287-2', asOf: '2022-03-24',
    defendant: defendant('d1', '杨某', { cards: [card('bankCard', 6, 'self', 'lend'), card('paymentAccount', 2, 'self', 'lend'), card('bankCard', 3, 'others', 'lend')], oneWayInflow: 1790000, verifiedFraudFunds: 200000, illegalGain: 10100, restitution: 10100, transferredForOthers: true, crimeType: 'fraud', actFrom: '2021-04-01' }),
    sentence: { kind: 'fixedTerm', months: 12, probationMonths: null, fineYuan: null }
  },
  {
    id: 'x-weihai-wang/d1', caseId: 'x-weihai-wang',
    source: { title: '威海经区法院：为赚蝇头小利出租银行卡？真“刑”，有“判头”！（王某帮信案）', url: 'http://www.eweihai.gov.cn/art/2022/6/29/art_44987_2880176.html' },
    charge: 'art287-2', asOf: '2022-06-29',
    defendant: defendant('d1', '王某', { cards: [card('bankCard', 3, 'self', 'rent')], oneWayInflow: 3790000, verifiedFraudFunds: 69000, illegalGain: 1500, truthfulConfession: true, pleaAgreement: true, crimeType: 'fraud', actFrom: '2020-10-01' }),
    sentence: { kind: 'fixedTerm', months: 8, probationMonths: null, fineYuan: 30000 }
  },
  {
    id: 'x-fushun-wang/d1', caseId: 'x-fushun-wang',
    source: { title: '抚顺市望花区人民法院 王某某帮信案（律所转载，判处拘役二个月，缓刑四个月）', url: 'https://www.jingyinlaw.com/zxzx/6862.html' },
    charge: 'art287-2', asOf: '2021-06-30',
    defendant: defendant('d1', '王某某', { cards: [card('bankCard', 1, 'self', 'lend'), card('onlineBankingCertificate', 1, 'self', 'lend')], oneWayInflow: 4878422.6, verifiedFraudFunds: 285601, surrendered: true, truthfulConfession: true, pleaAgreement: true, faceVerificationForOthers: true, crimeType: 'fraud', actFrom: '2020-08-13' }),
    sentence: { kind: 'criminalDetention', months: 2, probationMonths: 4, fineYuan: 2000 }
  },
  {
    id: 'x-tianjin-zhouzhang/d1', caseId: 'x-tianjin-zhouzhang', source: TIANJIN, charge: 'art287-2', asOf: '2022-06-01',
    defendant: defendant('d1', '周海（化名）', { cards: [card('bankCard', 15, 'others', 'buy'), card('phoneCard', 5, 'others', 'buy')], paymentSettlement: 868297, illegalGain: 6950, pleaAgreement: true, crimeType: 'fraud', actFrom: '2021-08-01' }),
    sentence: { kind: 'fixedTerm', months: 10, probationMonths: null, fineYuan: 10000 }
  },
  {
    id: 'x-tianjin-zhouzhang/d2', caseId: 'x-tianjin-zhouzhang', source: TIANJIN, charge: 'art287-2', asOf: '2022-06-01',
    defendant: defendant('d2', '张迪（化名）', { cards: [card('bankCard', 3, 'self', 'sell')], paymentSettlement: 748623, pleaAgreement: true, crimeType: 'fraud', actFrom: '2021-08-01' }),
    sentence: { kind: 'fixedTerm', months: 6, probationMonths: null, fineYuan: 6000 }
  },
  {
    id: 'x-jinan-zhao/d1', caseId: 'x-jinan-zhao',
    source: { title: '山东法院网（济南）：涉银行卡新型犯罪案例（赵某帮助信息网络犯罪活动案）', url: 'http://jnanhyqfy.sdcourt.gov.cn/zbbsqfy/378416/378417/8770856/index.html' },
    charge: 'art287-2', asOf: '2021-06-30',
    defendant: defendant('d1', '赵某', { cards: [card('bankCard', 4, 'self', 'rent'), card('phoneCard', 1, 'self', 'rent')], oneWayInflow: 2000000, crimeType: 'fraud' }),
    sentence: { kind: 'fixedTerm', months: 11, probationMonths: null, fineYuan: 10000 }
  },
  {
    id: 'x-huangmei-hu/d1', caseId: 'x-huangmei-hu',
    source: { title: '法治时代网：黄梅县人民检察院“手机口”案（胡某帮助信息网络犯罪活动案，判处有期徒刑一年五个月）', url: 'http://mundilogos.com/index/index/n_show/id/156994.html' },
    charge: 'art287-2', asOf: '2025-03-31', // approx.: act 2024-07 to 2024-09
    defendant: defendant('d1', '胡某', { techSupport: ['communicationTransmission'], cards: [card('phoneCard', 50, 'others', null)], illegalGain: 70000, crimeType: 'fraud', actFrom: '2024-07-01' }),
    sentence: { kind: 'fixedTerm', months: 17, probationMonths: null, fineYuan: 5000 }
  },
  {
    id: 'x-baoan-2021-824/d1', caseId: 'x-baoan-2021-824',
    source: { title: '深圳市宝安区人民法院（2021）粤0306刑初824号（裁判文书数据分析文章转引）', url: 'http://www.blueskydev.net/article/details?appKeys=timewe&id=8210' },
    charge: 'art287-2', asOf: '2021-06-30', // approx.: from the case number
    defendant: defendant('d1', '被告人', { cards: [card('bankCard', null, 'self', 'sell')], verifiedFraudFunds: 20000, crimeType: 'fraud' }),
    sentence: { kind: 'fixedTerm', months: 10, probationMonths: null, fineYuan: 5000 }
  },
  {
    id: 'x-longgang-2020-3267/d1', caseId: 'x-longgang-2020-3267',
    source: { title: '深圳市龙岗区人民法院（2020）粤0307刑初3267号（裁判文书数据分析文章转引）', url: 'http://www.blueskydev.net/article/details?appKeys=timewe&id=8210' },
    charge: 'art287-2', asOf: '2020-12-31', // approx.: from the case number
    defendant: defendant('d1', '被告人', { cards: [card('paymentInternetAccount', null, 'others', 'buy'), card('paymentInternetAccount', null, 'others', 'sell')] }),
    sentence: { kind: 'criminalDetention', months: 4, probationMonths: null, fineYuan: 10000 }
  }
]
