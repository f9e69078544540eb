// 《中华人民共和国刑事诉讼法》 (2018-10-26 第三次修正)
// Owner: the sentencing module. Source: ../shared/law/sources.md §9 (VERIFIED, LawRefBook mirror of the official text).
import type { LawSource } from '../types'

export const cpl2018: LawSource = {
  id: 'cpl',
  title: '《中华人民共和国刑事诉讼法》',
  shortTitle: '《刑事诉讼法》',
  docNumber: null,
  issuers: ['全国人民代表大会常务委员会'],
  effective: '2018-10-26',
  ends: null,
  verification: 'VERIFIED',
  note: '2018年10月26日第十三届全国人民代表大会常务委员会第六次会议第三次修正，自公布之日起施行。',
  clauses: [
    {
      id: 'cpl-15',
      sourceId: 'cpl',
      label: '第十五条',
      text: '犯罪嫌疑人、被告人自愿如实供述自己的罪行，承认指控的犯罪事实，愿意接受处罚的，可以依法从宽处理。',
      verification: 'VERIFIED'
    },
    {
      id: 'cpl-176-2',
      sourceId: 'cpl',
      label: '第一百七十六条第二款',
      text: '犯罪嫌疑人认罪认罚的，人民检察院应当就主刑、附加刑、是否适用缓刑等提出量刑建议，并随案移送认罪认罚具结书等材料。',
      verification: 'VERIFIED'
    },
    {
      id: 'cpl-177-2',
      sourceId: 'cpl',
      label: '第一百七十七条第二款',
      text: '对于犯罪情节轻微，依照刑法规定不需要判处刑罚或者免除刑罚的，人民检察院可以作出不起诉决定。',
      verification: 'VERIFIED'
    },
    {
      id: 'cpl-201',
      sourceId: 'cpl',
      label: '第二百零一条',
      text: '对于认罪认罚案件，人民法院依法作出判决时，一般应当采纳人民检察院指控的罪名和量刑建议，但有下列情形的除外：（一）被告人的行为不构成犯罪或者不应当追究其刑事责任的；（二）被告人违背意愿认罪认罚的；（三）被告人否认指控的犯罪事实的；（四）起诉指控的罪名与审理认定的罪名不一致的；（五）其他可能影响公正审判的情形。人民法院经审理认为量刑建议明显不当，或者被告人、辩护人对量刑建议提出异议的，人民检察院可以调整量刑建议。人民检察院不调整量刑建议或者调整量刑建议后仍然明显不当的，人民法院应当依法作出判决。',
      verification: 'VERIFIED'
    }
  ]
}
