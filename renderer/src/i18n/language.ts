// One language per message. Messages from the main process and the schemas are written “中文 / English”
// (Chinese first); the UI shows only the half in its language. The UI language is set by the app shell.
/** the UI languages (as in ../labels) */
type Lang = 'zh' | 'en'

let current: Lang = 'zh'

/** Called by the app shell when the settings load or change. */
export function setUiLanguage(lang: Lang): void {
  current = lang
}
export const uiLanguage = (): Lang => current

const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/
const LATIN = /[A-Za-z]/

/**
 * The half of a bilingual message in `lang`: “金额不能为负数 / amount cannot be negative” → “金额不能为负数”
 * (zh) or “amount cannot be negative” (en). A message is split at the first “ / ” whose right side has no
 * Chinese and some Latin letters and whose left side has Chinese; anything else (“本人银行账户 / 支付账户”,
 * a message in one language) is returned unchanged.
 */
export function inLanguage(message: string, lang: Lang = current): string {
  // “ / ”, or “/ ” right after a closing full-width bracket or quote (“…）/ English”)
  const sep = /(?: |(?<=[）」』”。]))\/ /g
  for (let m = sep.exec(message); m; m = sep.exec(message)) {
    const left = message.slice(0, m.index)
    const right = message.slice(m.index + m[0].length)
    if (CJK.test(left) && !CJK.test(right) && LATIN.test(right)) return (lang === 'zh' ? left : right).trim()
  }
  return message
}
