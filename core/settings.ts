// User settings (stored by the main process; edited in the app's settings page).
import { z } from 'zod'

export const MEMO_KINDS = ['defense', 'prosecution', 'analysis', 'clinic'] as const
export type MemoKind = (typeof MEMO_KINDS)[number]

const boilerplate = z.object({
  /** 文书抬头 / letterhead line(s) */
  letterhead: z.string().max(2000),
  /** 署名 (counsel / 承办人 / 作者) */
  signature: z.string().max(2000),
  /** closing paragraph(s) before the signature */
  closing: z.string().max(4000)
})
export type MemoBoilerplate = z.infer<typeof boilerplate>

export const settingsSchema = z.object({
  language: z.enum(['zh', 'en']),
  theme: z.enum(['light', 'dark']),
  /** memo body line spacing, fixed value in points (GB/T 9704 practice: 28 or 29) */
  memoLineSpacingPt: z.number().min(20).max(40),
  boilerplate: z.object({
    defense: boilerplate,
    prosecution: boilerplate,
    analysis: boilerplate,
    clinic: boilerplate
  })
})
export type Settings = z.infer<typeof settingsSchema>

export const defaultSettings: Settings = {
  language: 'zh',
  theme: 'light',
  memoLineSpacingPt: 28,
  boilerplate: {
    defense: { letterhead: '', signature: '辩护人：', closing: '以上意见，恳请采纳。' },
    prosecution: { letterhead: '', signature: '承办检察官：', closing: '以上意见，请审查。' },
    analysis: { letterhead: '', signature: '', closing: '以上分析仅供参考，应结合全案证据审慎判断。' },
    clinic: { letterhead: '', signature: '', closing: '' }
  }
}
