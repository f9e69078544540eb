// Statements generated here in every supported layout are imported and totalled exactly to the fen.
import { describe, expect, it } from 'vitest'
import { analyse, mergeTables } from '../../core/statements/compute'
import { encodeGbk } from '../../core/statements/encoding'
import { importCsvBytes } from '../../core/statements/import'
import { randomTxns, sampleBytes, sampleCsv, sampleRows, type SampleTxn } from '../../core/statements/sample'
import { formatWall, parseDateTime, parseFen } from '../../core/statements/values'
import { parseVictimsCsv } from '../../core/statements/victims'
import { annotatedWorkbook, importStatement, readXlsxRecords, rowsToXlsx } from '../../core/statements/xlsx'

const ACCOUNT = '6222021234567890123'
const sum = (ts: readonly SampleTxn[], dir: 'in' | 'out') => ts.filter((t) => t.dir === dir).reduce((s, t) => s + t.amountFen, 0)
const distinctIn = (ts: readonly SampleTxn[]) => new Set(ts.filter((t) => t.dir === 'in').map((t) => t.cpAccount)).size

describe('cell values', () => {
  it('amounts become exact integer fen', () => {
    expect(parseFen('1,234.56')).toBe(123456)
    expect(parseFen('¥0.10')).toBe(10)
    expect(parseFen('-12.5')).toBe(-1250)
    expect(parseFen('（3.00）')).toBe(-300)
    expect(parseFen('100.000')).toBe(10000)
    expect(parseFen('100.001')).toBeNaN()
    expect(parseFen('12元')).toBe(1200)
    expect(parseFen('abc')).toBeNaN()
    expect(parseFen('')).toBeNull()
    // 0.1 + 0.2 in yuan is not 0.3 in floating point; in fen it is
    expect((parseFen('0.10') as number) + (parseFen('0.20') as number)).toBe(parseFen('0.30'))
  })
  it('dates and times in the common layouts', () => {
    const t = parseDateTime('2024-03-05 14:22:10')
    for (const s of ['2024/3/5 14:22:10', '20240305142210', '20240305 142210', '2024年3月5日 14:22:10', '2024-03-05T14:22:10', '2024.03.05 14时22分10秒']) {
      expect(parseDateTime(s), s).toBe(t)
    }
    expect(formatWall(t)).toBe('2024-03-05 14:22:10')
    expect(parseDateTime('2023-02-29')).toBeNaN()
    expect(parseDateTime('合计')).toBeNaN()
  })
})

describe('layouts', () => {
  const txns = randomTxns(300, 3)
  for (const layout of ['bank', 'alipay', 'wechat', 'police'] as const) {
    it(`${layout}: detected, every row read, totals exact to the fen`, async () => {
      const r = await importStatement(`${layout}.csv`, sampleBytes(layout, ACCOUNT, txns))
      expect(r.layout.preset).toBe(layout)
      expect(r.table.length).toBe(txns.length)
      const a = analyse(r.table)
      expect(a.inflow.fen).toBe(sum(txns, 'in'))
      expect(a.outflow.fen).toBe(sum(txns, 'out'))
      expect(a.inflow.rows.length + a.outflow.rows.length).toBe(txns.length)
      expect(a.period.from).toBe(txns[0]?.time.slice(0, 10))
      expect(a.period.to).toBe(txns[txns.length - 1]?.time.slice(0, 10))
      // WeChat bills name no counterparty account
      expect(a.counterparties.count).toBe(layout === 'wechat' ? 0 : distinctIn(txns))
      const row = r.table.row(5)
      const t = txns[5] as SampleTxn
      expect(row.time).toBe(t.time)
      expect(row.amountFen).toBe(t.amountFen)
      expect(row.direction).toBe(t.dir)
      expect(row.counterpartyName).toBe(t.cpName)
      if (layout === 'bank' || layout === 'police') {
        expect(row.balanceFen).toBe(t.balanceFen)
        expect(row.counterpartyBank).toBe(t.cpBank)
        expect(row.account).toBe(ACCOUNT)
      }
      // the line of the first transaction is after the preamble and header
      expect(r.table.line[0]).toBe(sampleRows(layout, ACCOUNT, txns).preamble.length + 2)
    })
  }

  it('bank layout: UTF-8 with and without a BOM, and GBK, give the same table', async () => {
    const text = sampleCsv('bank', ACCOUNT, txns)
    const utf8 = new TextEncoder().encode(text)
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])
    const totals = await Promise.all([utf8, bom, encodeGbk(text)].map(async (b) => analyse((await importStatement('x.csv', b)).table).inflow.fen))
    expect(new Set(totals).size).toBe(1)
    expect(totals[0]).toBe(sum(txns, 'in'))
  })

  it('a signed-amount layout with 交易日期 and 交易时间 in separate columns', () => {
    const lines = ['交易日期,交易时间,交易金额,账户余额,对方户名,对方账号,摘要', '20240102,093000,"1,000.50",1000.50,甲,111,存入', '20240102,100000,-200.25,800.25,乙,222,转账']
    const r = importCsvBytes('signed.csv', encodeGbk(lines.join('\n')))
    const a = analyse(r.table)
    expect(a.inflow.fen).toBe(100050)
    expect(a.outflow.fen).toBe(20025)
    expect(r.table.row(1).time).toBe('2024-01-02 10:00:00')
  })

  it('借贷标志 with unsigned amounts; a failed transaction is not counted', () => {
    const lines = ['账号,交易时间,交易金额,借贷标志,对方账号,对方户名,交易是否成功',
      '621,2024-05-01 10:00:00,500.00,贷,900,丙,是', '621,2024-05-01 11:00:00,300.00,借,901,丁,是', '621,2024-05-01 12:00:00,999.00,贷,902,戊,否']
    const a = analyse(importCsvBytes('police.csv', encodeGbk(lines.join('\r\n'))).table)
    expect(a.inflow.fen).toBe(50000)
    expect(a.outflow.fen).toBe(30000)
    expect(a.counterparties.count).toBe(1)
  })

  it('.xlsx: the same rows as the CSV, and the annotated export reads back', async () => {
    const r0 = sampleRows('bank', ACCOUNT, txns)
    const bytes = await rowsToXlsx([...r0.preamble.map((p) => [p]), r0.header, ...r0.rows, ...r0.footer.map((f) => [f])])
    const r = await importStatement('bank.xlsx', bytes)
    expect(r.table.length).toBe(txns.length)
    const a = analyse(r.table)
    expect(a.inflow.fen).toBe(sum(txns, 'in'))
    expect(a.outflow.fen).toBe(sum(txns, 'out'))
    expect(r.table.line[0]).toBe(r0.preamble.length + 2)
    const out = await readXlsxRecords('out.xlsx', await annotatedWorkbook(r.table, a))
    expect(out.records.length).toBe(txns.length + 1)
    expect(out.records[1]?.[1]).toBe('bank.xlsx')
  })
})

describe('merging, victims and deductions', () => {
  const txns = randomTxns(400, 11)
  const first = txns.slice(0, 250)
  const second = txns.slice(150) // rows 150–249 are in both exports

  it('overlapping exports: repeated rows removed once, totals exact', () => {
    const a1 = importCsvBytes('一月.csv', sampleBytes('bank', ACCOUNT, first)).table
    const a2 = importCsvBytes('二月.csv', sampleBytes('bank', ACCOUNT, second)).table
    const m = mergeTables([a1, a2])
    expect(m.duplicatesRemoved).toBe(100)
    expect(m.table.length).toBe(400)
    const a = analyse(m.table, {}, m.duplicatesRemoved)
    expect(a.inflow.fen).toBe(sum(txns, 'in'))
    expect(a.outflow.fen).toBe(sum(txns, 'out'))
  })

  it('two equal transfers in one file are both kept, and a later file repeating them adds nothing', () => {
    const t = txns[0] as SampleTxn
    const twice = [t, { ...t }]
    const m = mergeTables([importCsvBytes('a.csv', sampleBytes('bank', ACCOUNT, twice)).table, importCsvBytes('b.csv', sampleBytes('bank', ACCOUNT, twice)).table])
    expect(m.table.length).toBe(2)
    expect(m.duplicatesRemoved).toBe(2)
  })

  it('victims matched by paying account and amount within ten minutes; one unmatched; a deduction with its reason', () => {
    const table = importCsvBytes('流水.csv', sampleBytes('bank', ACCOUNT, txns)).table
    const inflows = txns.map((t, i) => ({ t, i })).filter((x) => x.t.dir === 'in')
    const hit1 = inflows[3] as { t: SampleTxn; i: number }
    const hit2 = inflows[40] as { t: SampleTxn; i: number }
    const shift = (s: string, min: number) => formatWall(parseDateTime(s) + min * 60)
    const csv = ['被害人,转账时间,金额,付款账号',
      `张某,${shift(hit1.t.time, -9)},${hit1.t.amountFen / 100},${hit1.t.cpAccount}`,
      `李某,${shift(hit2.t.time, 4)},${hit2.t.amountFen / 100},${hit2.t.cpAccount}`,
      // eleven minutes off: not matched
      `王某,${shift(hit2.t.time, 11)},${hit2.t.amountFen / 100},${hit2.t.cpAccount}`].join('\n')
    const victims = parseVictimsCsv('被害人.csv', encodeGbk(csv))
    const ded = inflows[7] as { t: SampleTxn; i: number }
    const a = analyse(table, {
      victims,
      tags: [{ file: '流水.csv', line: table.line[ded.i] as number, kind: 'deduction', reason: '工资收入，有劳动合同' },
        { file: '流水.csv', line: 99999, kind: 'deduction', reason: 'x' }]
    })
    expect(a.victims.map((m) => m.row)).toEqual([hit1.i, hit2.i, null])
    expect(a.verifiedFraudFunds.fen).toBe(hit1.t.amountFen + hit2.t.amountFen)
    expect(a.deductions.fen).toBe(ded.t.amountFen)
    expect(a.deductionReasons).toEqual([{ row: ded.i, reason: '工资收入，有劳动合同' }])
    expect(a.netInflow).toBe(sum(txns, 'in') - ded.t.amountFen)
    expect(a.unusedTags).toHaveLength(1)
  })

  it('settlement: outflows recorded as 取现 or 转账, with the user’s marks', () => {
    const table = importCsvBytes('流水.csv', sampleBytes('bank', ACCOUNT, txns)).table
    const outs = txns.map((t, i) => ({ t, i })).filter((x) => x.t.dir === 'out')
    const auto = analyse(table)
    expect(auto.settlement.fen).toBe(sum(txns, 'out')) // every generated outflow is ATM取款 or 网银转账
    const excluded = outs[0] as { t: SampleTxn; i: number }
    const b = analyse(table, { tags: [{ file: '流水.csv', line: table.line[excluded.i] as number, kind: 'notSettlement', reason: '本人消费' }] })
    expect(b.settlement.fen).toBe(sum(txns, 'out') - excluded.t.amountFen)
  })
})

describe('edge layouts', () => {
  it('a GBK file whose first megabyte is ASCII is still read as GBK (and a saved column mapping reads its header)', () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `2024-01-01 10:00:00,1.00,n${i}`)
    const csv = `time,amount,name\n${rows.join('\n')}\n2024-01-02 10:00:00,2.00,张三\n`
    expect(csv.indexOf('张')).toBeGreaterThan(1_048_576)
    const mapping = { name: '英文表头', headerLine: 1, columns: { dateTime: 'time', amount: 'amount', counterpartyName: 'name' } }
    const r = importCsvBytes('长.csv', encodeGbk(csv), { mapping })
    expect(r.layout.preset).toBe('custom')
    expect(r.table.row(40_000).counterpartyName).toBe('张三')
    expect(analyse(r.table).inflow.fen).toBe(40_000 * 100 + 200)
  })

  it('.xlsx with date cells and time-only cells in separate columns', async () => {
    const date = new Date(Date.UTC(2024, 2, 5))
    const time = new Date(Date.UTC(1899, 11, 30, 14, 22, 10))
    const bytes = await rowsToXlsx([['交易日期', '交易时间', '贷方发生额', '借方发生额'], [date as unknown as string, time as unknown as string, 12.5, null]])
    const r = await importStatement('日期.xlsx', bytes)
    expect(r.table.row(0).time).toBe('2024-03-05 14:22:10')
    expect(r.table.row(0).amountFen).toBe(1250)
  })
})

describe('more layouts', () => {
  it('tab-separated text with CRLF and a multi-line quoted summary', () => {
    const txns = randomTxns(30, 17)
    const r0 = sampleRows('bank', ACCOUNT, txns)
    const rows = r0.rows.map((r, i) => (i === 3 ? r.map((c, j) => (j === 2 ? `"第一行\n第二行"` : c)) : r))
    const tsv = [...r0.preamble, r0.header.join('\t'), ...rows.map((r) => r.join('\t')), ...r0.footer].join('\r\n')
    const t = importCsvBytes('制表符.txt', encodeGbk(tsv)).table
    expect(t.length).toBe(30)
    expect(t.row(3).summary).toBe('第一行\n第二行')
    expect(t.line[4]).toBe(r0.preamble.length + 2 + 5) // the quoted line break counts as a line
    expect(analyse(t).inflow.fen).toBe(sum(txns, 'in'))
  })

  it('the older Alipay export: 金额（元）, an empty 收/支 counts in neither direction, a closed trade is not counted', () => {
    const csv = ['支付宝交易记录明细查询', '账号:[someone@example.com]', '起始日期:[2024-01-01 00:00:00]    终止日期:[2024-02-01 00:00:00]',
      '---------------------------------交易记录明细列表------------------------------------',
      '交易号,商户订单号,交易创建时间,付款时间,最近修改时间,交易来源地,类型,交易对方,商品名称,金额（元）,收/支,交易状态,服务费（元）,成功退款（元）,备注,资金状态,',
      '2024010122001,,2024-01-01 10:00:00,2024-01-01 10:00:01,2024-01-01 10:00:01,其他（包括阿里巴巴和外部商家）,即时到账交易,张三,转账,100.00,收入,交易成功,0.00,0.00,,已收入,',
      '2024010222002,,2024-01-02 10:00:00,,2024-01-02 10:00:00,其他（包括阿里巴巴和外部商家）,即时到账交易,李四,转账,30.00,支出,交易关闭,0.00,0.00,,,',
      '2024010322003,,2024-01-03 10:00:00,2024-01-03 10:00:00,2024-01-03 10:00:00,支付宝网站,即时到账交易,余额宝,转入,50.00,,交易成功,0.00,0.00,,资金转移,',
      '------------------------------------------------------------------------------------', '共3笔记录'].join('\r\n')
    const r = importCsvBytes('alipay-old.csv', encodeGbk(csv))
    expect(r.layout.preset).toBe('alipay')
    const a = analyse(r.table)
    expect(r.table.length).toBe(3)
    expect(a.inflow.fen).toBe(10000)
    expect(a.outflow.fen).toBe(0)
  })
})
