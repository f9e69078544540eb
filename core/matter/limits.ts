// Size limits of a matter document (docs/store.md §Limits): every text, every list and the number of
// defendants has a ceiling chosen from what real matters need, far above any real case and far below what
// slows the app down. checkLimits runs on the raw (unvalidated) value before the schema, in linear time,
// so that a hostile or runaway file is refused quickly with the field named, Chinese first.
import type { FieldIssue } from './schema'

/** The largest import file accepted, in characters (a 300-defendant matter with long notes is < 3 MB). */
export const IMPORT_MAX_CHARS = 10_000_000

/** Defendants in one matter: one indictment / one case file. Large 帮信 gang prosecutions have tens, rarely
 *  a couple of hundred co-defendants; 300 leaves room and keeps analysis and memos at a few seconds. */
export const MAX_DEFENDANTS = 300

/** Characters per text field, by field name; anything else: DEFAULT_TEXT. */
export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  title: 200, // the IPC create/rename limit
  name: 100, // a natural person's name is < 10; a unit's full registered name < 100
  id: 200,
  caseNumber: 100,
  idNumber: 50,
  phone: 50,
  birthDate: 10,
  from: 10,
  to: 10,
  asOf: 10,
  authority: 500,
  counsel: 500,
  address: 500,
  notes: 50_000, // case notes: a long 案情摘要 is 5–20 thousand characters
  factsText: 50_000, // a defendant's 犯罪事实 as written (format version 2)
  facts: 50_000, // the 指控事实 of the accusation (format version 2): an indictment's facts section
  sentenceProposal: 5_000,
  number: 100, // the accusation's document number
  province: 50,
  otherHelp: 10_000,
  counterEvidence: 10_000,
  note: 10_000
}
export const DEFAULT_TEXT = 2_000

/** Items per list, by field name; anything else: DEFAULT_LIST. */
export const LIST_LIMITS: Readonly<Record<string, number>> = {
  defendants: MAX_DEFENDANTS,
  evidence: 1_000, // 证据目录 of one defendant: a few hundred items at most
  supports: 200,
  cards: 500, // card lines (each line has a count), not cards
  techSupport: 50,
  indicators: 50
}
export const DEFAULT_LIST = 1_000

/** Nesting deeper than this is not a matter document. */
export const MAX_DEPTH = 16
const MAX_ISSUES = 50

const LABELS: Readonly<Record<string, string>> = {
  title: '案件名称', name: '姓名/名称', notes: '备注', caseNumber: '案号', address: '住址', idNumber: '身份证号', phone: '电话',
  defendants: '被告人', evidence: '证据', supports: '证明事项', cards: '银行卡/账户', otherHelp: '其他帮助行为', counterEvidence: '反证',
  note: '说明', authority: '办案机关', counsel: '辩护人/承办人', factsText: '犯罪事实', facts: '指控事实',
  sentenceProposal: '量刑建议', number: '文书编号', province: '省份'
}

const label = (key: string): string => (LABELS[key] ? `${LABELS[key]}（${key}）` : key)

/** Field issues for every text, list or nesting over its limit (empty when within limits). Linear in the input. */
export function checkLimits(raw: unknown): FieldIssue[] {
  const issues: FieldIssue[] = []
  const walk = (v: unknown, path: (string | number)[], key: string, depth: number): void => {
    if (issues.length >= MAX_ISSUES) return
    const at = path.length ? path.join('.') : '(根)'
    if (typeof v === 'string') {
      const max = TEXT_LIMITS[key] ?? DEFAULT_TEXT
      if (v.length > max) {
        issues.push({ path: at, message: `${label(key)}过长：${v.length} 字，上限 ${max} 字 / text too long: ${v.length} characters, at most ${max}` })
      }
      return
    }
    if (typeof v !== 'object' || v === null) return
    if (depth > MAX_DEPTH) {
      issues.push({ path: at, message: `嵌套层级过深（超过 ${MAX_DEPTH} 层），不是案件文件 / nested too deeply (over ${MAX_DEPTH} levels)` })
      return
    }
    if (Array.isArray(v)) {
      const max = LIST_LIMITS[key] ?? DEFAULT_LIST
      if (v.length > max) {
        const what = key === 'defendants' ? `被告人过多：${v.length} 名，每个案件最多 ${max} 名，请分案建档` : `${label(key)}条目过多：${v.length} 项，上限 ${max} 项`
        issues.push({ path: at, message: `${what} / too many items: ${v.length}, at most ${max}` })
        return // the items of an oversized list are not inspected one by one
      }
      for (let i = 0; i < v.length && issues.length < MAX_ISSUES; i++) walk(v[i], [...path, i], key, depth + 1)
      return
    }
    const entries = Object.keys(v)
    if (entries.length > DEFAULT_LIST) {
      issues.push({ path: at, message: `字段过多：${entries.length} 个 / too many fields: ${entries.length}` })
      return
    }
    for (const k of entries) walk((v as Record<string, unknown>)[k], [...path, k], k, depth + 1)
  }
  walk(raw, [], '', 0)
  return issues
}

/** The import size check, before parsing: the file named. */
export function checkImportSize(fileName: string, chars: number): FieldIssue | null {
  if (chars <= IMPORT_MAX_CHARS) return null
  const mb = (n: number): string => (n / 1_000_000).toFixed(1)
  return {
    path: '(文件)',
    message: `导入文件 ${fileName} 过大：${mb(chars)} MB，上限 ${mb(IMPORT_MAX_CHARS)} MB / import file too large: ${mb(chars)} MB, at most ${mb(IMPORT_MAX_CHARS)} MB`
  }
}
