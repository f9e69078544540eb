// Chinese labels for charges and dispositions (engine, report, UI).
import type { ChargeId, Disposition } from '../analysis/types'

export const CHARGE_LABELS: Record<ChargeId, string> = {
  'art287-2': '帮助信息网络犯罪活动罪',
  art312: '掩饰、隐瞒犯罪所得、犯罪所得收益罪',
  'art266-accomplice': '诈骗罪（共犯）',
  'art177-1': '妨害信用卡管理罪',
  'art287-1': '非法利用信息网络罪',
  none: '不构成犯罪'
}

export const DISPOSITION_LABELS: Record<Disposition, string> = {
  prosecute: '构成犯罪，应予追诉',
  nonProsecutionPossible: '构成犯罪但情节轻微，可不起诉或免予刑事处罚',
  noCrime: '不构成犯罪（要件不具备或未达情节严重标准）',
  undetermined: '依现有事实尚不能判断'
}

export function outcomeText(charge: ChargeId, disposition: Disposition): string {
  if (charge === 'none') return DISPOSITION_LABELS[disposition]
  return `${CHARGE_LABELS[charge]}，${DISPOSITION_LABELS[disposition]}`
}
