// 《中华人民共和国刑事诉讼法》 (2018-10-26 第三次修正)
// Owner: the sentencing module. Source: ../shared/law/sources.md §9 (VERIFIED, LawRefBook mirror of the official text);
// arts. 16, 163, 175, 200, 237 and 282 are not quoted there: summaries (UNVERIFIED), used by the outcome ladder (§14.6).
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
      id: 'cpl-16',
      sourceId: 'cpl',
      label: '第十六条',
      text: '（摘要，非原文）有下列情形之一的，不追究刑事责任，已经追究的，应当撤销案件，或者不起诉，或者终止审理，或者宣告无罪：（一）情节显著轻微、危害不大，不认为是犯罪的；（二）犯罪已过追诉时效期限的；……（五）犯罪嫌疑人、被告人死亡的；……',
      verification: 'UNVERIFIED',
      note: '本条文本未收入资料来源，此处为内容摘要，尚待与官方文本核对。'
    },
    {
      id: 'cpl-163',
      sourceId: 'cpl',
      label: '第一百六十三条',
      text: '（摘要，非原文）在侦查过程中，发现不应对犯罪嫌疑人追究刑事责任的，应当撤销案件。',
      verification: 'UNVERIFIED',
      note: '本条文本未收入资料来源，此处为内容摘要，尚待与官方文本核对。'
    },
    {
      id: 'cpl-173',
      sourceId: 'cpl',
      label: '第一百七十三条第二款',
      text: '犯罪嫌疑人认罪认罚的，人民检察院应当告知其享有的诉讼权利和认罪认罚的法律规定，听取犯罪嫌疑人、辩护人或者值班律师、被害人及其诉讼代理人对下列事项的意见，并记录在案：（一）涉嫌的犯罪事实、罪名及适用的法律规定；（二）从轻、减轻或者免除处罚等从宽处罚的建议；（三）认罪认罚后案件审理适用的程序；（四）其他需要听取意见的事项。',
      verification: 'VERIFIED'
    },
    {
      id: 'cpl-175-4',
      sourceId: 'cpl',
      label: '第一百七十五条第四款',
      text: '（摘要，非原文）对于二次补充侦查的案件，人民检察院仍然认为证据不足，不符合起诉条件的，应当作出不起诉的决定（经一次补充侦查仍认为证据不足的，可以作出不起诉决定）。',
      verification: 'UNVERIFIED',
      note: '本条文本未收入资料来源，此处为内容摘要，尚待与官方文本核对。'
    },
    {
      id: 'cpl-177-1',
      sourceId: 'cpl',
      label: '第一百七十七条第一款',
      text: '犯罪嫌疑人没有犯罪事实，或者有本法第十六条规定的情形之一的，人民检察院应当作出不起诉决定。',
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
      id: 'cpl-200',
      sourceId: 'cpl',
      label: '第二百条第（二）项、第（三）项',
      text: '（摘要，非原文）依据法律认定被告人无罪的，应当作出无罪判决；证据不足，不能认定被告人有罪的，应当作出证据不足、指控的犯罪不能成立的无罪判决。',
      verification: 'UNVERIFIED',
      note: '本条文本未收入资料来源，此处为内容摘要，尚待与官方文本核对。'
    },
    {
      id: 'cpl-201',
      sourceId: 'cpl',
      label: '第二百零一条',
      text: '对于认罪认罚案件，人民法院依法作出判决时，一般应当采纳人民检察院指控的罪名和量刑建议，但有下列情形的除外：（一）被告人的行为不构成犯罪或者不应当追究其刑事责任的；（二）被告人违背意愿认罪认罚的；（三）被告人否认指控的犯罪事实的；（四）起诉指控的罪名与审理认定的罪名不一致的；（五）其他可能影响公正审判的情形。人民法院经审理认为量刑建议明显不当，或者被告人、辩护人对量刑建议提出异议的，人民检察院可以调整量刑建议。人民检察院不调整量刑建议或者调整量刑建议后仍然明显不当的，人民法院应当依法作出判决。',
      verification: 'VERIFIED'
    },
    {
      id: 'cpl-237',
      sourceId: 'cpl',
      label: '第二百三十七条',
      text: '（摘要，非原文）第二审人民法院审理被告人或者他的法定代理人、辩护人、近亲属上诉的案件，不得加重被告人的刑罚（人民检察院提出抗诉或者自诉人提出上诉的除外）。',
      verification: 'UNVERIFIED',
      note: '本条文本未收入资料来源，此处为内容摘要，尚待与官方文本核对。'
    },
    {
      id: 'cpl-282',
      sourceId: 'cpl',
      label: '第二百八十二条',
      text: '（转述，非原文）对于未成年人涉嫌刑法分则第四章、第五章、第六章规定的犯罪，可能判处一年有期徒刑以下刑罚，符合起诉条件，但有悔罪表现的，人民检察院可以作出附条件不起诉的决定。……未成年犯罪嫌疑人及其法定代理人对附条件不起诉有异议的，人民检察院应当作出起诉的决定。',
      verification: 'UNVERIFIED',
      values: { maxMonths: 12, adultAge: 18 },
      note: '据资料来源（sources.md §14.6）的转述，措辞尚待与官方文本核对；帮信罪、掩隐罪在分则第六章，诈骗罪在第五章，妨害信用卡管理罪（第一百七十七条之一）在第三章。'
    }
  ]
}
