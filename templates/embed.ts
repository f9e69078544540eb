// The machine-readable part of a memo: the analysis it was written from, stored as a custom XML
// part (customXml/item1.xml, related from the main document) so the memo can be re-checked later.
// docx 9 has no option for it: the part goes in through Packer's file overrides, its relationship
// and content type through the Document's public Relationships / ContentTypes. Reading back uses JSZip.
import type { Document } from 'docx'
import JSZip from 'jszip'
import { isEmbeddedAnalysis } from '../core/memo/index'
import type { EmbeddedAnalysis } from '../core/memo/types'
import { xmlSafe } from './sanitize'

export const EMBED_NAMESPACE = 'urn:bangxin-desk:memo-analysis:1'
const REL_CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml'
const REL_CUSTOM_XML_PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps'
const CT_CUSTOM_XML_PROPS = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml'

const escapeXml = (s: string): string => xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const unescapeXml = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

/** A GUID derived from the content (FNV-1a), so the same memo packs to the same bytes. */
function guidOf(text: string): string {
  const hex: string[] = []
  for (let seed = 0; seed < 4; seed++) {
    let h = 0x811c9dc5 ^ seed
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i)
      h = Math.imul(h, 0x01000193) >>> 0
    }
    hex.push(h.toString(16).padStart(8, '0'))
  }
  const s = hex.join('').toUpperCase()
  return `{${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}}`
}

/** The custom XML part lives at customXml/item1.xml (no other customXml part is written: no bibliography). */
const ITEM = 1

/**
 * Registers the analysis part on a docx Document (relationship from the main document and the
 * content type of its properties part) and returns the part files to hand to Packer as overrides.
 */
export function analysisParts(document: Document, data: EmbeddedAnalysis): { path: string; data: string }[] {
  const json = JSON.stringify(data)
  const item =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<analysis xmlns="${EMBED_NAMESPACE}" engineVersion="${escapeXml(data.engineVersion)}" lawLibraryVersion="${escapeXml(data.lawLibraryVersion)}" asOf="${escapeXml(data.asOf)}">${escapeXml(json)}</analysis>`
  const props =
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' +
    `<ds:datastoreItem ds:itemID="${guidOf(json)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${EMBED_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`
  const itemRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_CUSTOM_XML_PROPS}" Target="itemProps${ITEM}.xml"/></Relationships>`
  document.Document.Relationships.addRelationship(`BangxinAnalysis${ITEM}`, REL_CUSTOM_XML, `../customXml/item${ITEM}.xml`)
  document.ContentTypes.addOverride(CT_CUSTOM_XML_PROPS, `/customXml/itemProps${ITEM}.xml`)
  return [
    { path: `customXml/item${ITEM}.xml`, data: item },
    { path: `customXml/itemProps${ITEM}.xml`, data: props },
    { path: `customXml/_rels/item${ITEM}.xml.rels`, data: itemRels }
  ]
}

/** Reads the analysis a memo .docx carries; null when it has none (or it is not ours). */
export async function readEmbeddedAnalysis(docx: Uint8Array | ArrayBuffer): Promise<EmbeddedAnalysis | null> {
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(docx)
  } catch {
    return null
  }
  const items = zip.file(/^customXml\/item\d+\.xml$/)
  for (const f of items) {
    const xml = await f.async('string')
    if (!xml.includes(`xmlns="${EMBED_NAMESPACE}"`)) continue
    const m = /<analysis\b[^>]*>([\s\S]*)<\/analysis>/.exec(xml)
    if (!m || m[1] === undefined) continue
    try {
      const v: unknown = JSON.parse(unescapeXml(m[1]))
      if (isEmbeddedAnalysis(v)) return v
    } catch {
      // not valid JSON: keep looking
    }
  }
  return null
}
