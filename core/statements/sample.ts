// Synthetic statements in each supported layout, for tests, benchmarks and demonstrations. The
// transactions are invented; the layouts follow the exports of banks, Alipay, WeChat and the
// replies banks send to police queries.
import { encodeGbk } from './encoding'
import { formatYuan } from './values'

export interface SampleTxn {
  /** YYYY-MM-DD HH:MM:SS */
  time: string
  amountFen: number
  dir: 'in' | 'out'
  balanceFen: number
  cpName: string
  cpAccount: string
  cpBank: string
  summary: string
  channel: string
}

export type SampleLayout = 'bank' | 'alipay' | 'wechat' | 'police'

const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)
const y = (fen: number) => formatYuan(fen)

/** Rows (first = header after `preamble`) of a statement in a layout, as cells. */
export function sampleRows(layout: SampleLayout, account: string, txns: readonly SampleTxn[]): { preamble: string[]; header: string[]; rows: string[][]; footer: string[] } {
  const first = txns[0]?.time.slice(0, 10) ?? ''
  const last = txns[txns.length - 1]?.time.slice(0, 10) ?? ''
  switch (layout) {
    case 'bank':
      return {
        preamble: ['中国示例银行 个人账户交易明细', `账号：${account}`, '户名：张某某', `起止日期：${first} 至 ${last}`],
        header: ['交易日期', '交易时间', '摘要', '借方发生额', '贷方发生额', '余额', '对方户名', '对方账号', '对方开户行', '交易渠道'],
        rows: txns.map((t) => [t.time.slice(0, 10), t.time.slice(11), t.summary, t.dir === 'out' ? y(t.amountFen) : '', t.dir === 'in' ? y(t.amountFen) : '',
          y(t.balanceFen), t.cpName, t.cpAccount, t.cpBank, t.channel]),
        footer: [`合计笔数：${txns.length}`, '打印时间：2025-01-02 10:00:00']
      }
    case 'alipay':
      return {
        preamble: ['支付宝（中国）网络技术有限公司  交易流水证明', `支付宝账户：${account}`, `起始时间：[${first} 00:00:00]    终止时间：[${last} 23:59:59]`,
          '---------------------------------交易记录明细列表------------------------------------'],
        header: ['交易时间', '交易分类', '交易对方', '对方账号', '商品说明', '收/支', '金额', '收/付款方式', '交易状态', '交易订单号', '商家订单号', '备注'],
        rows: txns.map((t, i) => [t.time, '转账红包', t.cpName, t.cpAccount, t.summary, t.dir === 'in' ? '收入' : '支出', (t.amountFen / 100).toFixed(2),
          t.channel, '交易成功', `2024${String(i).padStart(20, '0')}`, '', '']),
        footer: ['------------------------------------------------------------------------------------']
      }
    case 'wechat':
      return {
        preamble: ['微信支付账单明细', `微信昵称：[${account}]`, `起始时间：[${first} 00:00:00] 终止时间：[${last} 23:59:59]`, '导出类型：[全部]',
          '----------------------微信支付账单明细列表--------------------'],
        header: ['交易时间', '交易类型', '交易对方', '商品', '收/支', '金额(元)', '支付方式', '当前状态', '交易单号', '商户单号', '备注'],
        rows: txns.map((t, i) => [t.time, '转账', t.cpName, t.summary, t.dir === 'in' ? '收入' : '支出', `¥${(t.amountFen / 100).toFixed(2)}`, t.channel,
          t.dir === 'in' ? '已存入零钱' : '支付成功', `1000${String(i).padStart(24, '0')}`, '/', '/']),
        footer: []
      }
    case 'police':
      return {
        preamble: [],
        header: ['交易卡号', '交易账号', '交易户名', '交易时间', '交易金额', '交易余额', '收付标志', '交易对手账卡号', '交易对手户名', '对手开户银行', '摘要说明', '交易网点名称', '交易是否成功'],
        rows: txns.map((t) => [account, account, '张某某', t.time.replace(/[-: ]/g, ''), (t.amountFen / 100).toFixed(2), (t.balanceFen / 100).toFixed(2),
          t.dir === 'in' ? '进' : '出', t.cpAccount, t.cpName, t.cpBank, t.summary, t.channel, '是']),
        footer: []
      }
  }
}

/** The statement as CSV text. */
export function sampleCsv(layout: SampleLayout, account: string, txns: readonly SampleTxn[]): string {
  const r = sampleRows(layout, account, txns)
  return [...r.preamble, r.header.join(','), ...r.rows.map((row) => row.map(q).join(',')), ...r.footer].join('\r\n') + '\r\n'
}

/** The statement as file bytes in the encoding its source uses (bank, Alipay, police: GBK; WeChat: UTF-8 with BOM). */
export function sampleBytes(layout: SampleLayout, account: string, txns: readonly SampleTxn[]): Uint8Array {
  const text = sampleCsv(layout, account, txns)
  if (layout === 'wechat') {
    const body = new TextEncoder().encode(text)
    const out = new Uint8Array(body.length + 3)
    out.set([0xef, 0xbb, 0xbf])
    out.set(body, 3)
    return out
  }
  return encodeGbk(text)
}

/** A deterministic pseudo-random generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂'
const BANKS = ['中国工商银行北京分行', '中国建设银行上海分行', '中国农业银行广州分行', '招商银行深圳分行', '中国银行杭州分行']

/** n transactions starting at `start` (YYYY-MM-DD), about one per `stepSeconds`, inflows and outflows mixed. */
export function randomTxns(n: number, seed = 1, start = '2024-01-01', stepSeconds = 25): SampleTxn[] {
  const r = rng(seed)
  const base = Date.UTC(Number(start.slice(0, 4)), Number(start.slice(5, 7)) - 1, Number(start.slice(8, 10))) / 1000
  let t = base
  let bal = 1_000_00
  const out: SampleTxn[] = []
  for (let i = 0; i < n; i++) {
    t += 1 + Math.floor(r() * stepSeconds * 2)
    const dir = r() < 0.55 || bal < 500_000_00 / 100 ? 'in' : 'out'
    const amountFen = 100 + Math.floor(r() * 5_000_000)
    bal += dir === 'in' ? amountFen : -amountFen
    const cpi = Math.floor(r() * 5000)
    const d = new Date(t * 1000).toISOString()
    out.push({
      time: `${d.slice(0, 10)} ${d.slice(11, 19)}`, amountFen, dir, balanceFen: bal,
      cpName: `${SURNAMES[cpi % 20]}${GIVEN[(cpi >> 2) % 20]}${GIVEN[(cpi >> 4) % 20]}`, cpAccount: `62220${String(cpi * 7919).padStart(14, '0')}`,
      cpBank: BANKS[cpi % BANKS.length] as string, summary: dir === 'in' ? '转账存入' : r() < 0.2 ? 'ATM取款' : '网银转账',
      channel: dir === 'in' ? '网上银行' : '手机银行'
    })
  }
  return out
}
