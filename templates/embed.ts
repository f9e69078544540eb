// The machine-readable part of a memo: the analysis it was written from, stored as a custom XML
// part (customXml/itemN.xml, related from the main document) so the memo can be re-checked later.
// docx writes no such part itself, so the packed file is post-processed with JSZip.
import JSZip from 'jszip'
import { isEmbeddedAnalysis } from '../core/memo/index'
import type { EmbeddedAnalysis } from '../core/memo/types'

export const EMBED_NAMESPACE = 'urn:bangxin-desk:memo-analysis:1'
const REL_CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml'
const REL_CUSTOM_XML_PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps'
const CT_CUSTOM_XML_PROPS = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml'

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
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

function nextItemNumber(zip: JSZip): number {
  let n = 1
  while (zip.file(`customXml/item${n}.xml`)) n++
  return n
}

export async function embedAnalysis(docx: Uint8Array | ArrayBuffer, data: EmbeddedAnalysis): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx)
  const n = nextItemNumber(zip)
  const json = JSON.stringify(data)
  const item =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<analysis xmlns="${EMBED_NAMESPACE}" engineVersion="${escapeXml(data.engineVersion)}" lawLibraryVersion="${escapeXml(data.lawLibraryVersion)}" asOf="${escapeXml(data.asOf)}">${escapeXml(json)}</analysis>`
  const props =
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' +
    `<ds:datastoreItem ds:itemID="${guidOf(json)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${EMBED_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`
  const itemRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_CUSTOM_XML_PROPS}" Target="itemProps${n}.xml"/></Relationships>`
  zip.file(`customXml/item${n}.xml`, item)
  zip.file(`customXml/itemProps${n}.xml`, props)
  zip.file(`customXml/_rels/item${n}.xml.rels`, itemRels)

  const relsPath = 'word/_rels/document.xml.rels'
  const rels = await zip.file(relsPath)?.async('string')
  if (!rels) throw new Error('docx: word/_rels/document.xml.rels missing')
  const relId = `rIdBangxinAnalysis${n}`
  zip.file(relsPath, rels.replace('</Relationships>', `<Relationship Id="${relId}" Type="${REL_CUSTOM_XML}" Target="../customXml/item${n}.xml"/></Relationships>`))

  const ctPath = '[Content_Types].xml'
  let ct = await zip.file(ctPath)?.async('string')
  if (!ct) throw new Error('docx: [Content_Types].xml missing')
  if (!/<Default [^>]*Extension="xml"/.test(ct)) ct = ct.replace('</Types>', '<Default Extension="xml" ContentType="application/xml"/></Types>')
  ct = ct.replace('</Types>', `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${CT_CUSTOM_XML_PROPS}"/></Types>`)
  zip.file(ctPath, ct)

  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } })
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
