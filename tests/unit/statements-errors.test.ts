// Bad statement files: each is refused with a message naming the file (and the line where there is one),
// Chinese first; nothing of the file is imported.
import { describe, expect, it } from 'vitest'
import { encodeGbk } from '../../core/statements/encoding'
import { StatementError } from '../../core/statements/errors'
import { checkSize, importCsvBytes, MAX_STATEMENT_BYTES } from '../../core/statements/import'
import { randomTxns, sampleBytes, sampleCsv } from '../../core/statements/sample'
import { parseVictimsCsv } from '../../core/statements/victims'
import { importStatement, rowsToXlsx } from '../../core/statements/xlsx'

const txns = randomTxns(50, 5)
const good = sampleCsv('bank', '6222020000000001', txns)

async function failure(file: string, bytes: Uint8Array): Promise<StatementError> {
  try {
    await importStatement(file, bytes)
  } catch (e) {
    expect(e).toBeInstanceOf(StatementError)
    const err = e as StatementError
    expect(err.message).toMatch(/^文件 /)
    expect(err.message).toContain(file)
    expect(err.message).toMatch(/ \/ /) // Chinese, then English
    return err
  }
  throw new Error('expected the import to fail')
}

describe('bad statement files', () => {
  it('an empty file, and one with only blank lines', async () => {
    expect((await failure('空.csv', new Uint8Array(0))).code).toBe('empty')
    expect((await failure('空白.csv', encodeGbk('\r\n\r\n  \r\n'))).code).toBe('empty')
  })

  it('a header and no transactions', async () => {
    const e = await failure('只有表头.csv', encodeGbk(good.split('\r\n').slice(0, 5).join('\r\n')))
    expect(e.code).toBe('empty')
  })

  it('a file cut in the middle of a row', async () => {
    const bytes = encodeGbk(good)
    const cut = bytes.subarray(0, Math.floor(bytes.length / 2))
    // cut where a row is incomplete: drop back to the middle of the last line
    let end = cut.length
    while (cut[end - 1] !== 10) end--
    const partial = bytes.subarray(0, end + 25)
    const e = await failure('截断.csv', partial)
    expect(e.code).toBe('truncated')
    const lines = new TextDecoder('gbk').decode(partial).split('\n').length
    expect(e.row).toBe(lines)
    expect(e.message).toContain(`第 ${lines} 行`)
  })

  it('a file cut inside a quoted amount', async () => {
    const bytes = encodeGbk(good)
    const at = new TextDecoder('gbk').decode(bytes).lastIndexOf('"')
    const e = await failure('截断引号.csv', encodeGbk(good.slice(0, at)))
    expect(e.code).toBe('truncated')
  })

  it('a file cut inside a two-byte GBK character', async () => {
    const bytes = encodeGbk(`${good}对方`)
    const e = await failure('截断字符.csv', bytes.subarray(0, bytes.length - 1))
    expect(e.code).toBe('truncated')
  })

  it('a cell that is not a number names its line and column', async () => {
    const lines = good.split('\r\n')
    const k = 9 // line 10
    const cells = (lines[k] as string).split(',')
    lines[k] = (lines[k] as string).replace(/"[\d,]+\.\d\d"|,\d+\.\d\d,/, (m) => m.replace(/\d/, 'O'))
    expect(lines[k]).not.toBe(cells.join(','))
    const e = await failure('非数字.csv', encodeGbk(lines.join('\r\n')))
    expect(e.code).toBe('number')
    expect(e.row).toBe(10)
    expect(e.message).toMatch(/第 10 行：.*不是有效金额（第 \d+ 列/)
  })

  it('a date that is not a date in the middle of the rows', async () => {
    const lines = good.split('\r\n')
    lines[20] = (lines[20] as string).replace(/^\d{4}-\d{2}-\d{2}/, '2024-13-45')
    const e = await failure('日期.csv', encodeGbk(lines.join('\r\n')))
    expect(e.code).toBe('date')
    expect(e.row).toBe(21)
  })

  it('a wrong encoding: UTF-16, and binary data', async () => {
    const u16 = new Uint8Array([0xff, 0xfe, ...Array.from(good.slice(0, 200)).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])])
    expect((await failure('utf16.csv', u16)).code).toBe('encoding')
    const junk = new Uint8Array(4000).map((_, i) => (i * 7919) % 256)
    const e = await failure('乱码.csv', junk)
    expect(['encoding', 'layout']).toContain(e.code)
  })

  it('a file in an encoding other than UTF-8 or GBK has no recognisable header', async () => {
    // Big5 bytes of the header are valid GBK bytes of other characters: the header is not found
    const big5Header = new Uint8Array([0xa5, 0xe6, 0xa9, 0xf6, 0xa4, 0xe9, 0xb4, 0xc1, 0x2c, 0xaa, 0xf7, 0xc3, 0x42, 0x0a, 0x31, 0x2c, 0x32, 0x0a])
    const e = await failure('big5.csv', big5Header)
    expect(e.code).toBe('layout')
    expect(e.message).toContain('编码')
  })

  it('a file over the size limit is refused before it is read', () => {
    expect(() => checkSize('两GB.csv', 2 * 1024 ** 3)).toThrow(/文件 两GB\.csv：文件过大（2048 MB，上限 512 MB）/)
    expect(() => importCsvBytes('小.csv', sampleBytes('bank', '1', txns), { maxBytes: 100 })).toThrow(StatementError)
    expect(MAX_STATEMENT_BYTES).toBeLessThan(2 * 1024 ** 3)
  })

  it('legacy .xls and a damaged .xlsx', async () => {
    expect((await failure('旧.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).code).toBe('spreadsheet')
    const x = await rowsToXlsx([['交易时间', '金额'], ['2024-01-01 10:00:00', '1']])
    expect((await failure('坏.xlsx', x.subarray(0, x.length - 200))).code).toBe('spreadsheet')
  })

  it('an unknown direction flag', async () => {
    const csv = '交易时间,交易金额,借贷标志\n2024-01-01 10:00:00,1.00,贷\n2024-01-01 11:00:00,1.00,X\n'
    const e = await failure('标志.csv', encodeGbk(csv))
    expect(e.row).toBe(3)
    expect(e.message).toContain('借贷/收支标志“X”无法识别')
  })

  it('cancelling an import stops it with no table', () => {
    const big = sampleBytes('bank', '1', randomTxns(3000, 2))
    let polls = 0
    expect(() => importCsvBytes('大.csv', big, { shouldCancel: () => ++polls > 2 })).toThrow(/导入已取消/)
  })

  it('a victims file with a bad amount or a missing column', () => {
    expect(() => parseVictimsCsv('被害人.csv', encodeGbk('被害人,转账时间,金额\n张,2024-01-01 10:00:00,1'))).toThrow(/表头缺少列：付款账号/)
    expect(() => parseVictimsCsv('被害人.csv', encodeGbk('被害人,转账时间,金额,付款账号\n张,2024-01-01 10:00:00,一百,622'))).toThrow(/被害人\.csv 第 2 行：金额“一百”不是有效的正数金额/)
  })
})

describe('column mapping fallback', () => {
  it('an unknown layout fails alone, reads with a mapping, and a known layout ignores the mapping', async () => {
    const { importWithFallback, previewCsv } = await import('../../core/statements/import')
    const odd = encodeGbk('when,value\n2024-01-01 10:00:00,5.00\n')
    expect(() => importWithFallback('odd.csv', { bytes: odd, size: odd.length })).toThrow(/未找到表头/)
    expect(previewCsv(odd)).toEqual([['when', 'value'], ['2024-01-01 10:00:00', '5.00']])
    const mapping = { name: 'm', headerLine: 1, columns: { dateTime: 0, amount: 'value' } }
    expect(importWithFallback('odd.csv', { bytes: odd, size: odd.length }, { mapping }).table.amount[0]).toBe(500)
    const bank = sampleBytes('bank', '1', txns)
    expect(importWithFallback('bank.csv', { bytes: bank, size: bank.length }, { mapping }).layout.preset).toBe('bank')
  })
})
