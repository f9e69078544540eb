// Memo .docx builders: buildMemoDocx(doc, analysis, { kind, defendantId, settings }) → bytes.
// The text and the choice of arguments live in core/memo (one module per kind); this layer
// typesets the model on the shared GB/T 9704 layout and embeds the analysis for re-checking.
import { Packer } from 'docx'
import type { MatterAnalysis } from '../core/analysis/types'
import type { MatterDocument } from '../core/matter/schema'
import { buildMemoModel, embeddedAnalysisOf } from '../core/memo/index'
import type { MemoOptions } from '../core/memo/index'
import type { MemoModel } from '../core/memo/types'
import { defaultSettings } from '../core/settings'
import { analysisParts } from './embed'
import { renderDocument } from './render'

export { readEmbeddedAnalysis, EMBED_NAMESPACE } from './embed'
export { PAGE, MARGIN, FONTS, TEXT_WIDTH_TWIP } from './layout'

export interface BuiltMemo {
  model: MemoModel
  fileName: string
  bytes: Uint8Array
}

/** Typesets an already built model (the in-app preview and the saved file use the same model). */
export async function packMemo(model: MemoModel, analysis: MatterAnalysis, lineSpacingPt: number, doc?: MatterDocument): Promise<Uint8Array> {
  const document = renderDocument(model, { lineSpacingPt })
  const parts = analysisParts(document, embeddedAnalysisOf(model, analysis, doc))
  return new Uint8Array(await Packer.toArrayBuffer(document, false, parts))
}

export async function buildMemo(doc: MatterDocument, analysis: MatterAnalysis, opts: MemoOptions): Promise<BuiltMemo> {
  const settings = opts.settings ?? defaultSettings
  const model = buildMemoModel(doc, analysis, { ...opts, settings })
  const bytes = await packMemo(model, analysis, settings.memoLineSpacingPt, doc)
  return { model, fileName: `${model.meta.fileStem}.docx`, bytes }
}

export async function buildMemoDocx(doc: MatterDocument, analysis: MatterAnalysis, opts: MemoOptions): Promise<Uint8Array> {
  return (await buildMemo(doc, analysis, opts)).bytes
}
