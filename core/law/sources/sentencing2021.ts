// 《最高人民法院、最高人民检察院关于常见犯罪的量刑指导意见（试行）》 (法发〔2021〕21号)
// Owner: the sentencing module. Source: ../shared/law/sources.md §10. The percentages match third-party quotes
// (PARTLY); the wording below is a reconstruction, not a quotation, so no clause is VERIFIED.
// 帮信罪 is not among the 23 crimes of this 意见; its section (十九) on 掩隐 is UNVERIFIED wording.
import type { LawSource } from '../types'

const RECON = '条文措辞系依第三方转述重构，非原文引用。'

export const sentencing2021: LawSource = {
  id: 'sent2021',
  title: '《最高人民法院、最高人民检察院关于常见犯罪的量刑指导意见（试行）》',
  shortTitle: '《量刑指导意见》',
  docNumber: '法发〔2021〕21号',
  issuers: ['最高人民法院', '最高人民检察院'],
  effective: '2021-07-01',
  ends: null,
  verification: 'PARTLY',
  note: '文号、印发日期（2021-06-16）与施行日期（2021-07-01）未经核实；百分比与多个第三方转引一致；条文措辞未经核实。本意见未规定帮助信息网络犯罪活动罪。',
  clauses: [
    {
      id: 'sent2021-method',
      sourceId: 'sent2021',
      label: '二、量刑的基本方法',
      text: '量刑时，根据基本犯罪构成事实在相应的法定刑幅度内确定量刑起点，根据其他影响犯罪构成的犯罪数额、犯罪次数、犯罪后果等犯罪事实，在量刑起点的基础上增加刑罚量确定基准刑，再根据量刑情节调节基准刑，并综合考虑全案情况，依法确定宣告刑。具有未成年人犯罪、老年人犯罪、限制行为能力的精神病人犯罪、又聋又哑的人或者盲人犯罪，防卫过当、避险过当、犯罪预备、犯罪未遂、犯罪中止，从犯、胁从犯和教唆犯等量刑情节的，先适用该量刑情节对基准刑进行调节，在此基础上，再适用其他量刑情节进行调节；其他量刑情节采用同向相加、逆向相减的方法调节基准刑。综合考虑全案情况，独任审判员或合议庭可以在20%的幅度内对调节结果进行调整。',
      verification: 'UNVERIFIED',
      values: { overallDiscretionMax: 20 },
      note: RECON
    },
    {
      id: 'sent2021-3-1',
      sourceId: 'sent2021',
      label: '三、（一）未成年人犯罪',
      text: '对于未成年人犯罪，应当综合考虑未成年人对犯罪的认知能力、实施犯罪行为的动机和目的、犯罪时的年龄、是否初犯、偶犯、悔罪表现、个人成长经历和一贯表现等情况，应当予以从宽处罚。已满十二周岁不满十六周岁的未成年人犯罪，减少基准刑的30%－60%；已满十六周岁不满十八周岁的未成年人犯罪，减少基准刑的10%－50%。',
      verification: 'UNVERIFIED',
      values: { age12to16Min: 30, age12to16Max: 60, age16to18Min: 10, age16to18Max: 50, minorAge: 18 },
      note: RECON
    },
    {
      id: 'sent2021-3-2',
      sourceId: 'sent2021',
      label: '三、（二）已满七十五周岁的老年人犯罪',
      text: '对于已满七十五周岁的老年人故意犯罪，综合考虑犯罪的性质、情节、后果等情况，可以减少基准刑的40%以下；过失犯罪的，减少基准刑的20%－50%。',
      verification: 'UNVERIFIED',
      values: { intentionalMax: 40, negligentMin: 20, negligentMax: 50, elderlyAge: 75 },
      note: RECON
    },
    {
      id: 'sent2021-3-4',
      sourceId: 'sent2021',
      label: '三、（四）未遂犯',
      text: '对于未遂犯，综合考虑犯罪行为的实行程度、造成损害的大小、犯罪未得逞的原因等情况，可以比照既遂犯减少基准刑的50%以下。',
      verification: 'PARTLY',
      values: { attemptMax: 50 },
      note: RECON
    },
    {
      id: 'sent2021-3-5',
      sourceId: 'sent2021',
      label: '三、（五）从犯',
      text: '对于从犯，综合考虑其在共同犯罪中的地位、作用等情况，应当予以从宽处罚，减少基准刑的20%－50%；犯罪较轻的，减少基准刑的50%以上或者依法免除处罚。',
      verification: 'PARTLY',
      values: { accessoryMin: 20, accessoryMax: 50, minorCrimeMin: 50 },
      note: RECON
    },
    {
      id: 'sent2021-3-6',
      sourceId: 'sent2021',
      label: '三、（六）自首',
      text: '对于自首情节，综合考虑自首的动机、时间、方式、罪行轻重、如实供述罪行的程度以及悔罪表现等情况，可以减少基准刑的40%以下；犯罪较轻的，可以减少基准刑的40%以上或者依法免除处罚。恶意利用自首规避法律制裁等不足以从宽处罚的除外。',
      verification: 'PARTLY',
      values: { surrenderMax: 40 },
      note: RECON
    },
    {
      id: 'sent2021-3-7',
      sourceId: 'sent2021',
      label: '三、（七）坦白',
      text: '对于坦白情节，综合考虑如实供述罪行的阶段、程度、罪行轻重以及悔罪表现等情况，确定从宽的幅度。（1）如实供述自己罪行的，可以减少基准刑的20%以下；（2）如实供述司法机关尚未掌握的同种较重罪行的，可以减少基准刑的10%－30%；（3）因如实供述自己罪行，避免特别严重后果发生的，可以减少基准刑的30%－50%。',
      verification: 'PARTLY',
      values: { confessionMax: 20, unknownSameCrimeMin: 10, unknownSameCrimeMax: 30, avertedMin: 30, avertedMax: 50 },
      note: RECON
    },
    {
      id: 'sent2021-3-8',
      sourceId: 'sent2021',
      label: '三、（八）当庭自愿认罪',
      text: '对于当庭自愿认罪的，根据犯罪的性质、罪行的轻重、认罪程度以及悔罪表现等情况，可以减少基准刑的10%以下。依法认定自首、坦白的除外。',
      verification: 'PARTLY',
      values: { courtConfessionMax: 10 },
      note: RECON
    },
    {
      id: 'sent2021-3-9',
      sourceId: 'sent2021',
      label: '三、（九）立功',
      text: '对于立功情节，综合考虑立功的大小、次数、内容、来源、效果以及罪行轻重等情况，确定从宽的幅度。（1）一般立功的，可以减少基准刑的20%以下；（2）重大立功的，可以减少基准刑的20%－50%；犯罪较轻的，减少基准刑的50%以上或者依法免除处罚。',
      verification: 'UNVERIFIED',
      values: { ordinaryMax: 20, majorMin: 20, majorMax: 50 },
      note: RECON
    },
    {
      id: 'sent2021-3-10',
      sourceId: 'sent2021',
      label: '三、（十）退赃、退赔',
      text: '对于退赃、退赔的，综合考虑犯罪性质，退赃、退赔行为对损害结果所能弥补的程度，退赃、退赔的数额及主动程度等情况，可以减少基准刑的30%以下；对抢劫等严重危害社会治安犯罪的，应当从严掌握。',
      verification: 'PARTLY',
      values: { restitutionMax: 30 },
      note: RECON
    },
    {
      id: 'sent2021-3-11',
      sourceId: 'sent2021',
      label: '三、（十一）赔偿、谅解',
      text: '对于积极赔偿被害人经济损失并取得谅解的，综合考虑犯罪性质、赔偿数额、赔偿能力以及认罪悔罪表现等情况，可以减少基准刑的40%以下；积极赔偿但没有取得谅解的，可以减少基准刑的30%以下；尽管没有赔偿，但取得谅解的，可以减少基准刑的20%以下。',
      verification: 'PARTLY',
      values: { compensatedForgivenMax: 40, compensatedOnlyMax: 30, forgivenOnlyMax: 20 },
      note: RECON
    },
    {
      id: 'sent2021-3-12',
      sourceId: 'sent2021',
      label: '三、（十二）刑事和解',
      text: '对于当事人根据刑事诉讼法第二百八十八条达成刑事和解协议的，综合考虑犯罪性质、赔偿数额、赔礼道歉以及真诚悔罪等情况，可以减少基准刑的50%以下；犯罪较轻的，可以减少基准刑的50%以上或者依法免除处罚。',
      verification: 'UNVERIFIED',
      values: { reconciliationMax: 50 },
      note: RECON
    },
    {
      id: 'sent2021-3-13',
      sourceId: 'sent2021',
      label: '三、（十三）羁押期间表现好',
      text: '对于被告人在羁押期间表现好的，可以减少基准刑的10%以下。',
      verification: 'UNVERIFIED',
      values: { detentionConductMax: 10 },
      note: RECON
    },
    {
      id: 'sent2021-3-14',
      sourceId: 'sent2021',
      label: '三、（十四）认罪认罚',
      text: '对于被告人认罪认罚的，综合考虑犯罪的性质、罪行的轻重、认罪认罚的阶段、程度、价值、悔罪表现等情况，可以减少基准刑的30%以下；具有自首、重大坦白、退赃退赔、赔偿谅解、刑事和解等情节的，可以减少基准刑的60%以下，犯罪较轻的，可以减少基准刑的60%以上或者依法免除处罚。认罪认罚与自首、坦白、当庭自愿认罪、退赃退赔、赔偿谅解、刑事和解、羁押期间表现好等量刑情节不作重复评价。',
      verification: 'PARTLY',
      values: { pleaMax: 30, pleaWithOthersMax: 60 },
      note: RECON
    },
    {
      id: 'sent2021-3-15',
      sourceId: 'sent2021',
      label: '三、（十五）累犯',
      text: '对于累犯，应当综合考虑前后罪的性质、刑罚执行完毕或赦免以后至再犯罪时间的长短以及前后罪罪行轻重等情况，增加基准刑的10%－40%，一般不少于3个月。',
      verification: 'UNVERIFIED',
      values: { recidivistMin: 10, recidivistMax: 40, recidivistMinMonths: 3 },
      note: RECON
    },
    {
      id: 'sent2021-3-16',
      sourceId: 'sent2021',
      label: '三、（十六）前科',
      text: '对于有前科的，综合考虑前科的性质、时间间隔长短、次数、处罚轻重等情况，可以增加基准刑的10%以下。前科犯罪为过失犯罪和未成年人犯罪的除外。',
      verification: 'UNVERIFIED',
      values: { priorRecordMax: 10 },
      note: RECON
    },
    {
      id: 'sent2021-19',
      sourceId: 'sent2021',
      label: '四、（十九）掩饰、隐瞒犯罪所得、犯罪所得收益罪',
      text: '1. 构成掩饰、隐瞒犯罪所得、犯罪所得收益罪的，根据下列情形在相应的幅度内确定量刑起点：（1）犯罪情节一般的，在一年以下有期徒刑、拘役幅度内确定量刑起点；（2）情节严重的，在三年至四年有期徒刑幅度内确定量刑起点。2. 在量刑起点的基础上，可以根据掩饰、隐瞒犯罪所得及其收益的数额、犯罪对象、次数等其他影响犯罪构成的犯罪事实增加刑罚量，确定基准刑。3. 根据掩饰、隐瞒犯罪所得及其收益的数额、危害后果、上游犯罪的危害程度等犯罪情节，综合考虑被告人缴纳罚金的能力，决定罚金数额。4. 综合考虑掩饰、隐瞒犯罪所得及其收益的数额、危害后果、上游犯罪的危害程度、退赃退赔等犯罪事实、量刑情节，以及被告人主观恶性、人身危险性、认罪悔罪表现等因素，决定缓刑的适用。',
      verification: 'UNVERIFIED',
      values: { ordinaryStartMinMonths: 1, ordinaryStartMaxMonths: 12, seriousStartMinMonths: 36, seriousStartMaxMonths: 48 },
      note: RECON + '起点幅度的下限“拘役”按拘役最低一个月记为 1 个月。'
    }
  ]
}
