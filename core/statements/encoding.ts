// Text encodings of statement files. Banks and Alipay export GBK/GB18030; WeChat and newer bank
// portals export UTF-8, with or without a byte-order mark. Decoding uses the platform TextDecoder
// (WHATWG: "gbk" is decoded as gb18030, a superset), so core/ stays free of node-only modules.
import { StatementError } from './errors'

export type TextEncodingName = 'utf-8' | 'gb18030'

/** Decide the encoding of a file from its bytes: a UTF-8 BOM or valid UTF-8 → utf-8, else gb18030. */
export function detectEncoding(bytes: Uint8Array, sampleBytes = 1 << 20): TextEncodingName {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  // Check a sample for valid UTF-8; a sequence cut by the end of the sample is not held against it.
  // The sample starts at the first non-ASCII byte (a long ASCII-only start says nothing).
  let i = 0
  while (i < bytes.length && (bytes[i] as number) < 0x80) i++
  const end = Math.min(bytes.length, i + sampleBytes)
  while (i < end) {
    const b = bytes[i] as number
    if (b < 0x80) { i++; continue }
    let n: number
    if (b >= 0xc2 && b <= 0xdf) n = 1
    else if (b >= 0xe0 && b <= 0xef) n = 2
    else if (b >= 0xf0 && b <= 0xf4) n = 3
    else return 'gb18030'
    for (let k = 1; k <= n; k++) {
      if (i + k >= bytes.length) return 'gb18030'
      if (i + k >= end) return 'utf-8'
      if (((bytes[i + k] as number) & 0xc0) !== 0x80) return 'gb18030'
    }
    i += n + 1
  }
  return 'utf-8'
}

/**
 * Decode a whole file. Refuses bytes that are not valid in the detected encoding (a file saved in
 * another encoding, e.g. UTF-16, or binary data) with an error naming the file.
 */
export function decodeText(bytes: Uint8Array, file: string, encoding: TextEncodingName = detectEncoding(bytes)): string {
  const start = encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new StatementError('encoding', file, null, '文件为 UTF-16 编码，请另存为 UTF-8 或 GBK 的 CSV', 'the file is UTF-16; save it as UTF-8 or GBK CSV')
  }
  let text: string
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(start))
  } catch {
    throw new StatementError('encoding', file, null, `文件编码无法识别（既非 UTF-8 也非 GBK/GB18030）`, 'the encoding is neither UTF-8 nor GBK/GB18030')
  }
  if (text.indexOf('\u0000') >= 0) {
    throw new StatementError('encoding', file, null, '文件含有二进制数据或编码错误（出现空字符）', 'the file holds binary data or a wrong encoding (NUL characters)')
  }
  return text
}

let gbkTable: Map<number, number> | null = null

/** Encode text as GBK (for generating test and benchmark files; characters outside GBK throw). */
export function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map()
    const dec = new TextDecoder('gbk')
    const pair = new Uint8Array(2)
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue
        pair[0] = a
        pair[1] = b
        const s = dec.decode(pair)
        if (s.length === 1 && s !== '\ufffd' && !gbkTable.has(s.charCodeAt(0))) gbkTable.set(s.charCodeAt(0), (a << 8) | b)
      }
    }
  }
  const out = new Uint8Array(text.length * 2)
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) { out[n++] = c; continue }
    const g = gbkTable.get(c)
    if (g === undefined) throw new Error(`character U+${c.toString(16)} is not in GBK`)
    out[n++] = g >> 8
    out[n++] = g & 0xff
  }
  return out.slice(0, n)
}
