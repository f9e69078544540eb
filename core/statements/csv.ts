// A CSV record scanner over decoded text (RFC 4180 quoting; comma or tab separated; CRLF, LF or CR).
// It reuses one array of fields per record, so a million-row file allocates only the field strings.

export interface CsvRecordSink {
  /** fields of one record and the 1-based line it starts on; return false to stop */
  (fields: string[], line: number): boolean | void
}

export class UnterminatedQuote extends Error {
  readonly line: number
  constructor(line: number) {
    super('unterminated quote')
    this.line = line
  }
}

/** Guess the separator from the first lines: tab when tabs outnumber commas. */
export function guessSeparator(text: string): number {
  const sample = text.slice(0, 65536)
  let tabs = 0
  let commas = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (c === 9) tabs++
    else if (c === 44) commas++
  }
  return tabs > commas ? 9 : 44
}

/** Scan `text` from `start`, calling `sink` for each record. Throws UnterminatedQuote on a quote left open at the end. */
export function scanCsv(text: string, sink: CsvRecordSink, sep = guessSeparator(text), start = 0): void {
  const n = text.length
  const fields: string[] = []
  let i = start
  let line = 1
  for (let k = 0; k < start; k++) if (text.charCodeAt(k) === 10) line++
  while (i < n) {
    fields.length = 0
    const recordLine = line
    // one record
    for (;;) {
      let c = text.charCodeAt(i)
      if (c === 34 /* " */) {
        // quoted field
        let j = i + 1
        let value = ''
        let from = j
        for (;;) {
          if (j >= n) throw new UnterminatedQuote(recordLine)
          c = text.charCodeAt(j)
          if (c === 34) {
            if (text.charCodeAt(j + 1) === 34) { value += text.slice(from, j + 1); j += 2; from = j; continue }
            break
          }
          if (c === 10) line++
          j++
        }
        value += text.slice(from, j)
        j++ // closing quote
        // anything up to the separator after the quote is kept (lenient, as spreadsheet programs are)
        const after = j
        while (j < n) { c = text.charCodeAt(j); if (c === sep || c === 10 || c === 13) break; j++ }
        if (j > after) value += text.slice(after, j)
        fields.push(value)
        i = j
      } else {
        let j = i
        while (j < n) { c = text.charCodeAt(j); if (c === sep || c === 10 || c === 13) break; j++ }
        fields.push(text.slice(i, j))
        i = j
      }
      if (i >= n) break
      c = text.charCodeAt(i)
      if (c === sep) { i++; if (i >= n) { fields.push(''); break } continue }
      // end of line
      if (c === 13) { i++; if (text.charCodeAt(i) === 10) i++ } else i++
      line++
      break
    }
    if (sink(fields, recordLine) === false) return
  }
}
