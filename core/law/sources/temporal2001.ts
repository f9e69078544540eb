// 两高《关于适用刑事司法解释时间效力问题的规定》(高检发释字〔2001〕5号, in force 2001-12-17).
// Owner: the sentencing and outcome modules. Verbatim from ../shared/law/sources.md §14.3 (VERIFIED, three sources).
// The rule for choosing between judicial interpretations in time (not 刑法第十二条, which governs statutes).
import type { LawClause, LawSource } from '../types'

const c = (id: string, label: string, text: string, extra: Partial<LawClause> = {}): LawClause => ({
  id,
  sourceId: 'temporal2001',
  label,
  text,
  verification: 'VERIFIED',
  ...extra
})

export const temporal2001: LawSource = {
  id: 'temporal2001',
  title: '《最高人民法院、最高人民检察院关于适用刑事司法解释时间效力问题的规定》',
  shortTitle: '《司法解释时间效力规定》',
  docNumber: '高检发释字〔2001〕5号',
  issuers: ['最高人民法院', '最高人民检察院'],
  effective: '2001-12-17',
  ends: null,
  verification: 'VERIFIED',
  note: '三处来源逐字一致。本规定针对司法解释；两高一部的意见、会议纪要（规范性文件）是否同样适用，文本未规定。实务中法院将意见（二）第九条、断卡纪要作为对《解释》第十二条的阐明适用于行为在其之前、尚未处理的案件；本应用对规范性文件采同一读法，并在分析中说明。',
  clauses: [
    c('temporal2001-1', '第一条', '司法解释是最高人民法院对审判工作中具体应用法律问题和最高人民检察院对检察工作中具体应用法律问题所作的具有法律效力的解释，自发布或者规定之日起施行，效力适用于法律的施行期间。'),
    c('temporal2001-2', '第二条', '对于司法解释实施前发生的行为，行为时没有相关司法解释，司法解释施行后尚未处理或者正在处理的案件，依照司法解释的规定办理。'),
    c('temporal2001-3', '第三条', '对于新的司法解释实施前发生的行为，行为时已有相关司法解释，依照行为时的司法解释办理，但适用新的司法解释对犯罪嫌疑人、被告人有利的，适用新的司法解释。'),
    c('temporal2001-4', '第四条', '对于在司法解释施行前已办结的案件，按照当时的法律和司法解释，认定事实和适用法律没有错误的，不再变动。')
  ]
}
