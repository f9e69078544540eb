// memo:build and memo:saveAs: validate the matter, analyse it, build the memo .docx.
import { writeFile } from 'node:fs/promises'
import { analyzeMatter } from '../../../core/engine/analyze'
import { loadMatterDocument } from '../../../core/matter/migrations'
import type { MatterDocument } from '../../../core/matter/schema'
import { MemoInputError } from '../../../core/memo/index'
import type { MemoKind } from '../../../core/settings'
import { buildMemo } from '../../../templates/index'
import type { BuiltMemo } from '../../../templates/index'
import { IpcFailure } from './errors'
import { loadSettings } from './settings'
import type { ServiceContext, ServiceHandlers } from './types'

interface MemoRequest {
  document: unknown
  kind: MemoKind
  defendantId?: string | null
}

function parseDocument(raw: unknown): MatterDocument {
  const r = loadMatterDocument(raw)
  if (!r.ok) {
    const first = r.issues[0]
    throw new IpcFailure(
      'INVALID_MATTER',
      `案件数据有 ${r.issues.length} 处错误，无法生成文书${first ? `：${first.path} ${first.message}` : ''} / the matter is invalid; no memo was built`,
      first ? `document.${first.path}` : 'document',
      r.issues.map((i) => ({ path: `document.${i.path}`, message: i.message }))
    )
  }
  return r.value
}

export async function buildMemoFor(req: MemoRequest, ctx: ServiceContext): Promise<BuiltMemo> {
  const doc = parseDocument(req.document)
  if (req.defendantId && !doc.defendants.some((d) => d.id === req.defendantId)) {
    throw new IpcFailure('INVALID_REQUEST', `找不到被告人：${req.defendantId} / no defendant with id ${req.defendantId}`, 'defendantId')
  }
  const settings = await loadSettings(ctx.dataDir)
  const analysis = analyzeMatter(doc)
  try {
    return await buildMemo(doc, analysis, { kind: req.kind, defendantId: req.defendantId ?? null, settings })
  } catch (e) {
    if (e instanceof MemoInputError) throw new IpcFailure('INVALID_REQUEST', e.message, e.path)
    throw e
  }
}

export const memoService: ServiceHandlers = {
  'memo:build': async (req, ctx) => {
    const memo = await buildMemoFor(req, ctx)
    return { fileName: memo.fileName, base64: Buffer.from(memo.bytes).toString('base64') }
  },
  'memo:saveAs': async (req, ctx) => {
    if (!ctx.showSaveDialog) {
      throw new IpcFailure('UNSUPPORTED', '浏览器模式下不能打开保存对话框，请使用下载 / no save dialog in the browser host')
    }
    const memo = await buildMemoFor(req, ctx)
    const path = await ctx.showSaveDialog(memo.fileName, [{ name: 'Word 文档', extensions: ['docx'] }])
    if (!path) return { path: null }
    await writeFile(path, memo.bytes)
    return { path }
  }
}
