// matters:* and examples:list — thin handlers over the matter store.
import { emptyMatter, type MatterDocument } from '../../../core/matter/schema'
import { examples } from '../../../core/examples'
import { storeFor } from '../store'
import { IpcFailure } from './errors'
import type { ServiceHandlers } from './types'

function exampleDocument(exampleId: string, title: string): MatterDocument {
  const ex = examples.find((e) => e.id === exampleId)
  if (!ex) throw new IpcFailure('NOT_FOUND', `找不到示例案例 ${exampleId} / example not found`, 'exampleId')
  const doc = structuredClone(ex.document)
  return { ...doc, matter: { ...doc.matter, title } }
}

/** A new blank matter (one defendant with a placeholder name). */
export function newMatter(title: string): MatterDocument {
  return emptyMatter(title)
}

export const mattersService: ServiceHandlers = {
  'matters:list': async (req, ctx) => {
    const store = await storeFor(ctx.dataDir)
    await store.refresh() // matters created or changed by another process on the same folder
    return store.list(req)
  },
  'matters:create': async (req, ctx) => {
    const title = req.title.trim()
    if (!title) throw new IpcFailure('INVALID_REQUEST', '案件名称不能为空 / title is required', 'title')
    const doc = req.exampleId ? exampleDocument(req.exampleId, title) : newMatter(title)
    return (await storeFor(ctx.dataDir)).create(doc)
  },
  'matters:open': async (req, ctx) => (await storeFor(ctx.dataDir)).open(req.id),
  'matters:save': async (req, ctx) => (await storeFor(ctx.dataDir)).save(req.id, req.document, req.baseRevision),
  'matters:rename': async (req, ctx) => (await storeFor(ctx.dataDir)).rename(req.id, req.title),
  'matters:duplicate': async (req, ctx) => (await storeFor(ctx.dataDir)).duplicate(req.id),
  'matters:trash': async (req, ctx) => (await storeFor(ctx.dataDir)).trash(req.id),
  'matters:restore': async (req, ctx) => (await storeFor(ctx.dataDir)).restore(req.id),
  'matters:versions': async (req, ctx) => (await storeFor(ctx.dataDir)).versions(req.id),
  'matters:restoreVersion': async (req, ctx) => (await storeFor(ctx.dataDir)).restoreVersion(req.id, req.revision),
  'matters:import': async (req, ctx) =>
    (await storeFor(ctx.dataDir)).importFile(req.fileName, req.content, { onDuplicate: req.onDuplicate, replaceId: req.replaceId, passphrase: req.passphrase }),
  'matters:export': async (req, ctx) => (await storeFor(ctx.dataDir)).exportFile(req.id, req.passphrase),
  'examples:list': async () => examples.map((e) => ({ id: e.id, title: e.title, summary: e.summary, charge: e.charge }))
}
