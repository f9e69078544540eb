// A clause citation: a tag that opens the quoted clause with its 文号, date and verification mark.
import { Descriptions, Popover, Tag, Typography } from 'antd'
import { memo, useEffect, useRef, useState } from 'react'
import { resolveCitation, verificationNote, type ResolvedCitation, type Verification } from '../../../core/law/index'
import { useI18n } from '../i18n'

const verificationColor: Record<Verification, string> = { VERIFIED: 'green', PARTLY: 'gold', UNVERIFIED: 'red' }

export function safeResolve(id: string): ResolvedCitation | null {
  try {
    return resolveCitation(id)
  } catch {
    return null
  }
}

export function VerificationTag({ v }: { v: Verification }) {
  const { t } = useI18n()
  return <Tag color={verificationColor[v]} data-testid="verification-mark">{t(`citation.${v}`)}</Tag>
}

// memoised: the panel renders each new analysis (every keystroke) and a citation depends on its id only
export const Citation = memo(function Citation({ id }: { id: string }) {
  const { t, lang } = useI18n()
  const [open, setOpen] = useState(false)
  const tagRef = useRef<HTMLSpanElement>(null)
  // Escape closes the clause and returns the focus to its tag
  useEffect(() => {
    if (!open) return
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false)
        tagRef.current?.focus()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [open])
  const c = safeResolve(id)
  if (!c) {
    return <Tag color="red" data-testid="citation"><span lang="zh-CN">{id}</span>（{t('citation.unknown')}）</Tag>
  }
  const note = c.verification === 'VERIFIED' ? null : lang === 'zh' ? verificationNote(c.verification) : t(`citation.note.${c.verification}`)
  const content = (
    <div className="citation-popover" data-testid="citation-popover">
      <Typography.Title level={5} style={{ marginTop: 0 }} lang="zh-CN">{c.cite}</Typography.Title>
      <Descriptions size="small" column={1} bordered
        items={[
          { key: 'src', label: t('citation.source'), children: <span lang="zh-CN">{c.sourceTitle}</span> },
          { key: 'doc', label: t('citation.docNumber'), children: <span lang="zh-CN">{c.docNumber ?? '—'}</span> },
          { key: 'eff', label: t('citation.effective'), children: c.effective ?? '—' },
          { key: 'ver', label: t('citation.verification'), children: <VerificationTag v={c.verification} /> }
        ]}
      />
      {note && <Typography.Paragraph type="warning" style={{ marginTop: 8, marginBottom: 4 }} data-testid="verification-note">⚠ {note}</Typography.Paragraph>}
      <blockquote className="clause-text" lang="zh-CN">{c.text}</blockquote>
    </div>
  )
  return (
    <Popover content={content} trigger="click" open={open} onOpenChange={setOpen} placement="left" styles={{ container: { maxWidth: 520 } }}>
      <Tag
        ref={tagRef}
        role="button"
        tabIndex={0}
        color={c.verification === 'VERIFIED' ? 'blue' : verificationColor[c.verification]}
        className="citation-tag"
        data-testid="citation"
        data-clause={c.clauseId}
        // the name starts with the visible text (cite + short mark), then the full verification state; a verified
        // clause is named by its visible text
        aria-label={c.verification !== 'VERIFIED' ? `${c.cite} ${t(`citation.short.${c.verification}`)}（${t(`citation.${c.verification}`)}）` : undefined}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault()
            ;(e.currentTarget as HTMLElement).click()
          }
        }}
      >
        <span lang="zh-CN">{c.cite}</span>
        {c.verification !== 'VERIFIED' && <sup> {t(`citation.short.${c.verification}`)}</sup>}
      </Tag>
    </Popover>
  )
})

/** The citations of one conclusion; a new analysis brings new arrays of the same ids, which render nothing again. */
export const Citations = memo(function Citations({ ids }: { ids: readonly string[] }) {
  if (ids.length === 0) return null
  const unique = [...new Set(ids)]
  return <span className="citations">{unique.map((id) => <Citation key={id} id={id} />)}</span>
}, (a, b) => a.ids.length === b.ids.length && a.ids.every((id, i) => id === b.ids[i]))
