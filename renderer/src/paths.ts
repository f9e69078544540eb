// Immutable reads and writes by path on plain JSON data (the matter document), and number formats.
import { ageOn as coreAgeOn } from '../../core/matter/age'
import { translate } from './i18n'
import { uiLanguage } from './i18n/language'

export type PathKey = string | number
export type Path = readonly PathKey[]

export const pathString = (p: Path): string => p.map(String).join('.')

export function getIn(obj: unknown, path: Path): unknown {
  let cur: unknown = obj
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<PathKey, unknown>)[k]
  }
  return cur
}

/** A copy of `obj` with `value` at `path` (undefined deletes an object key). Missing objects are created. */
export function setIn<T>(obj: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T
  const [head, ...rest] = path as [PathKey, ...PathKey[]]
  const base: unknown = obj
  if (Array.isArray(base)) {
    const copy = base.slice()
    copy[head as number] = setIn(copy[head as number], rest, value)
    return copy as T
  }
  const src = base !== null && typeof base === 'object' ? (base as Record<string, unknown>) : {}
  const copy: Record<string, unknown> = { ...src }
  const next = setIn(src[String(head)], rest, value)
  if (next === undefined) delete copy[String(head)]
  else copy[String(head)] = next
  return copy as T
}

/** 1234567 → `123.4567 万元` style text (at most four decimals, trailing zeros dropped); in English `1,234,567 yuan`. */
// toLocaleString with options builds a new formatter on each call (slow enough to show when a table of 50
// defendants formats its amounts on a keystroke); these are built once
const WAN_FORMAT = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 4 })
const YUAN_FORMAT = { zh: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }), en: new Intl.NumberFormat('en', { maximumFractionDigits: 2 }) }

export function wan(yuan: number): string {
  if (uiLanguage() === 'en') return translate('en', 'common.wanAmount', { n: YUAN_FORMAT.en.format(yuan) })
  const v = yuan / 10_000
  return translate('zh', 'common.wanAmount', { n: WAN_FORMAT.format(Number(v.toFixed(4))) })
}

export function yuanText(yuan: number): string {
  const lang = uiLanguage()
  return translate(lang, 'common.yuanAmount', { n: YUAN_FORMAT[lang].format(yuan) })
}

/** Age in full years on `on` for someone born on `birth` (both YYYY-MM-DD); null when either is invalid. */
export function ageOn(birth: string | null | undefined, on: string | null | undefined): number | null {
  const iso = /^\d{4}-\d{2}-\d{2}$/
  if (!birth || !on || !iso.test(birth) || !iso.test(on)) return null
  const age = coreAgeOn(birth, on)
  return age >= 0 ? age : null
}
