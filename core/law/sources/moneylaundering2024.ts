// 《最高人民法院、最高人民检察院关于办理洗钱刑事案件适用法律若干问题的解释》
// 法释〔2024〕10号. Owner: the competition module. Texts VERIFIED (../shared/law/sources.md §7c).
// Used only for the note that telecom-fraud proceeds are not a 191条 上游犯罪 (so 312 governs).
import type { LawSource } from '../types'

export const moneylaundering2024: LawSource = {
  id: 'aml2024',
  title: '《最高人民法院、最高人民检察院关于办理洗钱刑事案件适用法律若干问题的解释》',
  shortTitle: '《洗钱解释》',
  docNumber: '法释〔2024〕10号',
  issuers: ['最高人民法院', '最高人民检察院'],
  effective: '2024-08-20',
  ends: null,
  verification: 'VERIFIED',
  clauses: [
    {
      id: 'aml2024-1',
      sourceId: 'aml2024',
      label: '第一条',
      text: '为掩饰、隐瞒本人实施刑法第一百九十一条规定的上游犯罪的所得及其产生的收益的来源和性质，实施该条第一款规定的洗钱行为的，依照刑法第一百九十一条的规定定罪处罚。',
      verification: 'VERIFIED'
    },
    {
      id: 'aml2024-2',
      sourceId: 'aml2024',
      label: '第二条',
      text: '知道或者应当知道是他人实施刑法第一百九十一条规定的上游犯罪的所得及其产生的收益，为掩饰、隐瞒其来源和性质，实施该条第一款规定的洗钱行为的，依照刑法第一百九十一条的规定定罪处罚。',
      verification: 'VERIFIED'
    },
    {
      id: 'aml2024-6',
      sourceId: 'aml2024',
      label: '第六条',
      text:
        '掩饰、隐瞒刑法第一百九十一条规定的上游犯罪的犯罪所得及其产生的收益，构成刑法第一百九十一条规定的洗钱罪，同时又构成刑法第三百一十二条规定的掩饰、隐瞒犯罪所得、犯罪所得收益罪的，依照刑法第一百九十一条的规定定罪处罚。\n实施刑法第一百九十一条规定的洗钱行为，构成洗钱罪，同时又构成刑法第三百四十九条、第二百二十五条、第一百七十七条之一或者第一百二十条之一规定的犯罪的，依照处罚较重的规定定罪处罚。',
      verification: 'VERIFIED'
    },
    {
      id: 'aml2024-13',
      sourceId: 'aml2024',
      label: '第十三条',
      text: '本解释自2024年8月20日起施行。《最高人民法院关于审理洗钱等刑事案件具体应用法律若干问题的解释》（法释〔2009〕15号）同时废止。',
      verification: 'VERIFIED'
    }
  ]
}
