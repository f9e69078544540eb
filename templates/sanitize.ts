// Characters XML 1.0 forbids in a document part: C0 controls other than tab, line feed and carriage
// return, U+FFFE, U+FFFF and unpaired surrogates. One of them in a name or a free-text fact makes
// the .docx unreadable (Word, WPS and LibreOffice refuse the file), so every text that reaches a
// part — runs, footnotes, document properties, the embedded analysis — goes through xmlSafe first.

// eslint-disable-next-line no-control-regex -- these are exactly the characters to remove
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** The text without the characters XML forbids (nothing else changes). */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, '')
}

/** True when the text holds a character XML forbids. */
export function hasXmlForbidden(text: string): boolean {
  FORBIDDEN.lastIndex = 0
  const r = FORBIDDEN.test(text)
  FORBIDDEN.lastIndex = 0
  return r
}
