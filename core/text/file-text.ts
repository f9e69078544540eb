// The text of a document file as the extractor reads it: .txt (UTF-8 with or without BOM, UTF-16 with BOM,
// or GB18030/GBK as Chinese offices still save), or .docx (word/document.xml: paragraphs become lines).
// Pure: bytes in, text out (no file system) — the CLI reads the file, the renderer gets it from the file picker.
// Bad input — not a text file, an unreadable .docx, an unsupported type, a file too large — is a
// Chinese-first error naming the file.
import JSZip from 'jszip'

/** Largest file read (bytes). A .docx of a long 判决书 is well under 2 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024

export class TextFileError extends Error {}

function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  const probe = bytes.subarray(0, 65536)
  if (probe.includes(0)) throw new TextFileError(`${name} 不是文本文件（含二进制数据） / ${name} is not a text file (binary content)`)
  try {
    const s = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes)
    } catch {
      throw new TextFileError(`${name} 的编码无法识别（应为 UTF-8 或 GBK） / ${name}: unknown encoding (expected UTF-8 or GBK)`)
    }
  }
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const unescapeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (XML_ENTITIES[e] ?? m))

/** The visible text of a WordprocessingML body: one line per paragraph. */
export function docxXmlToText(xml: string): string {
  const body = xml.replace(/<w:del\b[\s\S]*?<\/w:del>/g, '') // deleted revisions are not the document's text
  const lines: string[] = []
  for (const p of body.match(/<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g) ?? []) {
    let line = ''
    for (const m of p.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
      if (m[0] === '<w:tab/>') line += '\t'
      else if (m[0] === '<w:br/>') line += '\n'
      else line += unescapeXml(m[1] ?? '')
    }
    lines.push(line)
  }
  return lines.join('\n')
}

async function docxText(bytes: Uint8Array, name: string): Promise<string> {
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(bytes)
  } catch {
    throw new TextFileError(`${name} 不是有效的 .docx 文件 / ${name} is not a valid .docx file`)
  }
  const doc = zip.file('word/document.xml')
  if (!doc) throw new TextFileError(`${name} 中没有正文（缺少 word/document.xml） / ${name} has no document body`)
  return docxXmlToText(await doc.async('string'))
}

/** Read the text of `bytes`, a file called `name` (its extension decides how). */
export async function textOfFile(bytes: Uint8Array, name: string): Promise<string> {
  if (bytes.length > MAX_FILE_BYTES) throw new TextFileError(`${name} 过大（${(bytes.length / 1048576).toFixed(1)} MB，上限 20 MB） / ${name} is too large`)
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase()
  if (ext === 'docx') return docxText(bytes, name)
  if (ext === 'txt' || ext === 'text' || ext === undefined) return decodeText(bytes, name)
  if (ext === 'doc' || ext === 'wps' || ext === 'pdf') {
    throw new TextFileError(`不支持 .${ext} 文件，请另存为 .docx 或 .txt / .${ext} is not supported; save as .docx or .txt`)
  }
  throw new TextFileError(`不支持的文件类型 .${ext}（支持 .txt 与 .docx） / unsupported file type .${ext} (.txt and .docx are)`)
}
