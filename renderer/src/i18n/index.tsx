// A small message catalogue with a React context. Chinese (zh.ts) is the source of truth.
import { createContext, useContext } from 'react'
import { zh, type MessageKey } from './zh'
import { en } from './en'
import { pick, type Bi, type Lang } from '../labels'

export type { MessageKey }
export const catalogues: Record<Lang, Record<MessageKey, string>> = { zh, en }

export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  let s: string = catalogues[lang][key]
  if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v))
  return s
}

export interface I18n {
  lang: Lang
  t: (key: MessageKey, vars?: Record<string, string | number>) => string
  /** pick the label of a bilingual pair */
  l: (b: Bi) => string
}

export const makeI18n = (lang: Lang): I18n => ({
  lang,
  t: (key, vars) => translate(lang, key, vars),
  l: (b) => pick(lang, b)
})

export const I18nContext = createContext<I18n>(makeI18n('zh'))
export const useI18n = (): I18n => useContext(I18nContext)
