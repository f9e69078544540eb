// The links between co-defendants as phrases in the interface language (受{names}招募 / recruited by {names}), the
// names — Chinese in either language — marked lang="zh-CN". Used by the analysis panel's card and the overview table.
import { Fragment, type ReactNode } from 'react'
import type { Bi } from '../../../core/matter/fields'

export function relationPhrases(parts: readonly { template: Bi; names: readonly string[] }[], lang: 'zh' | 'en'): ReactNode {
  if (parts.length === 0) return null
  return parts.map(({ template, names }, i) => {
    const [before, after] = template[lang].split('{names}')
    return (
      <Fragment key={i}>
        {i > 0 ? (lang === 'zh' ? '；' : '; ') : null}
        {before}{names.map((n, j) => <Fragment key={j}>{j > 0 ? (lang === 'zh' ? '、' : ', ') : null}<span lang="zh-CN">{n}</span></Fragment>)}{after}
      </Fragment>
    )
  })
}
