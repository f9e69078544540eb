// Which normative texts apply at the analysis date (适用法律日期, the analysis's asOf), by the 2001 两高 规定 on the
// temporal effect of judicial interpretations (temporal2001): a text in force when the case is handled governs a
// pending case about earlier acts (point 二), a newer one only where it favours the defendant (point 三). The 2025
// 帮信意见 is a 规范性文件, not a 司法解释: it is read the same way (as courts read 意见（二） and the 断卡纪要), and
// the analysis says so. Its 从宽 and 从严 factors (arts. 9–11) apply only where it is in force at the asOf.
import { source } from '../law'

/** The first day the 2025 帮信意见 governs (its publication date; the effective date was not found). */
export const opinion2025From = (): string => source('opinion2025').effective ?? '9999-12-31'

/** Does the 2025 帮信意见 apply to a case handled at `asOf`? */
export function opinion2025Applies(asOf: string): boolean {
  return asOf >= opinion2025From()
}

/** The Chinese sentence saying whether, and why, the 2025 帮信意见's factors are used. */
export function opinion2025TimeNote(asOf: string): string {
  const from = opinion2025From()
  return opinion2025Applies(asOf)
    ? `适用法律日期 ${asOf} 在《帮信意见（2025）》发布（${from}，施行日期未查到）之后，依两高《关于适用刑事司法解释时间效力问题的规定》第二条、第三条的同一读法，其从宽、从严情节适用于尚未处理的案件`
    : `适用法律日期 ${asOf} 早于《帮信意见（2025）》发布（${from}），其第9条至第11条的从严、从宽情节不适用（两高《关于适用刑事司法解释时间效力问题的规定》第一条）`
}
