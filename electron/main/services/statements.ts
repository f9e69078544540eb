// statements:readSheet and statements:exportXlsx — the spreadsheet side of bank-statement import
// (core/statements/xlsx.ts, exceljs). CSV statements never come here: the renderer's worker reads them.
import { StatementError } from '../../../core/statements/errors'
import { checkSize } from '../../../core/statements/import'
import { fileKind, readXlsxRecords, rowsToXlsx } from '../../../core/statements/xlsx'
import { IpcFailure } from './errors'
import type { ServiceHandlers } from './types'

const refuse = (e: unknown): never => {
  if (e instanceof StatementError) throw new IpcFailure('INVALID_REQUEST', e.message, 'base64')
  throw e
}

export const statementsService: ServiceHandlers = {
  'statements:readSheet': async (req) => {
    const bytes = new Uint8Array(Buffer.from(req.base64, 'base64'))
    try {
      checkSize(req.fileName, bytes.length)
      const kind = fileKind(bytes)
      if (kind === 'xls') {
        throw new StatementError('spreadsheet', req.fileName, null, '不支持旧版 .xls 格式，请在 Excel/WPS 中另存为 .xlsx 或 CSV 后导入',
          'legacy .xls is not supported; save it as .xlsx or CSV')
      }
      if (kind !== 'xlsx') throw new StatementError('spreadsheet', req.fileName, null, '不是 .xlsx 文件', 'not an .xlsx file')
      return await readXlsxRecords(req.fileName, bytes)
    } catch (e) {
      return refuse(e)
    }
  },
  'statements:exportXlsx': async (req) => {
    const name = req.fileName.replace(/[\\/:*?"<>|]/g, '_')
    const bytes = await rowsToXlsx(req.rows, '流水明细')
    return { fileName: name.toLowerCase().endsWith('.xlsx') ? name : `${name}.xlsx`, base64: Buffer.from(bytes).toString('base64') }
  }
}
