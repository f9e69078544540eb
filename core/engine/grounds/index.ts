// The registry of the grounds of 情节严重 (帮信罪). One module per ground; this list is the only place that names
// them all. SeriousGroundId is derived from it, so adding a ground is one new module plus one line here, and the
// compiler then points at every Record<SeriousGroundId, …> that must say something about it (docs/architecture.md).
import objects from './objects'
import settlement from './settlement'
import advertising from './advertising'
import gain from './gain'
import adminPenalty from './admin-penalty'
import consequence from './consequence'
import fiveTimes from './five-times'
import cards2021Payment from './cards2021-payment'
import cards2021Telecom from './cards2021-telecom'
import inflow2022 from './inflow2022'
import ownAccounts2025 from './own-accounts2025'
import othersAccounts2025 from './others-accounts2025'
import telecom2025 from './telecom2025'
import other from './other'
import type { GroundDef } from './define'

export const GROUNDS = [
  objects, settlement, advertising, gain, adminPenalty, consequence, fiveTimes,
  cards2021Payment, cards2021Telecom, inflow2022, ownAccounts2025, othersAccounts2025, telecom2025, other
] as const

export type SeriousGroundId = (typeof GROUNDS)[number]['id']

export const SERIOUS_GROUND_IDS = GROUNDS.map((g) => g.id) as readonly SeriousGroundId[] as [SeriousGroundId, ...SeriousGroundId[]]

const byId = new Map<string, GroundDef>(GROUNDS.map((g) => [g.id, g as GroundDef]))

export function groundDef(id: string): GroundDef<SeriousGroundId> {
  return byId.get(id) as GroundDef<SeriousGroundId>
}

export function isSeriousGroundId(id: string): id is SeriousGroundId {
  return byId.has(id)
}

/** The short label of every ground, e.g. for the clinic's answer sheet. */
export const GROUND_SHORT_LABELS = Object.fromEntries(GROUNDS.map((g) => [g.id, g.short])) as Record<SeriousGroundId, string>

export type { GroundDef, Variation, AmountThreshold, PivotContext } from './define'
export { defineGround } from './define'
