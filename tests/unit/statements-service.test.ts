// statements:readSheet and statements:exportXlsx through the real dispatcher (zod-validated requests).
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../electron/main/dispatch'
import type { ServiceContext } from '../../electron/main/services/types'
import { importRecords } from '../../core/statements/import'
import { analyse } from '../../core/statements/compute'
import { randomTxns, sampleRows } from '../../core/statements/sample'
import { readXlsxRecords, rowsToXlsx } from '../../core/statements/xlsx'

const ctx: ServiceContext = { dataDir: '/nonexistent-not-used', host: 'web', appVersion: '0.0.0-test' }
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64')

describe('statements IPC', () => {
  it('readSheet returns the cells and sheet rows of an .xlsx statement; the import totals them exactly', async () => {
    const txns = randomTxns(40, 9)
    const r0 = sampleRows('police', '6222', txns)
    const xlsx = await rowsToXlsx([r0.header, ...r0.rows])
    const r = await dispatch('statements:readSheet', { fileName: '回函.xlsx', base64: b64(xlsx) }, ctx)
    expect(r.ok, JSON.stringify(r)).toBe(true)
    if (!r.ok) return
    const data = r.data as { records: string[][]; lines: number[] }
    expect(data.records).toHaveLength(41)
    const { table } = importRecords('回函.xlsx', data.records, xlsx.length, {}, data.lines)
    expect(analyse(table).inflow.fen).toBe(txns.filter((t) => t.dir === 'in').reduce((s, t) => s + t.amountFen, 0))
  })

  it('readSheet refuses .xls and non-spreadsheets with the file named', async () => {
    const xls = await dispatch('statements:readSheet', { fileName: '旧.xls', base64: b64(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2])) }, ctx)
    expect(xls.ok ? '' : xls.error.message).toMatch(/^文件 旧\.xls：不支持旧版 \.xls 格式/)
    const csv = await dispatch('statements:readSheet', { fileName: 'a.xlsx', base64: b64(new TextEncoder().encode('a,b')) }, ctx)
    expect(csv.ok ? null : csv.error.code).toBe('INVALID_REQUEST')
    const bad = await dispatch('statements:readSheet', { fileName: '' }, ctx)
    expect(bad.ok ? null : bad.error.code).toBe('INVALID_REQUEST')
  })

  it('exportXlsx writes the rows; a file name cannot carry a path', async () => {
    const r = await dispatch('statements:exportXlsx', { fileName: '../标注', rows: [['序号', '金额'], [1, 12.5], [2, null]] }, ctx)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const data = r.data as { fileName: string; base64: string }
    expect(data.fileName).toBe('.._标注.xlsx')
    const back = await readXlsxRecords('x.xlsx', new Uint8Array(Buffer.from(data.base64, 'base64')))
    expect(back.records).toEqual([['序号', '金额'], ['1', '12.5'], ['2']])
  })
})
