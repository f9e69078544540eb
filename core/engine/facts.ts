// Derived facts: card counts by kind/owner/dealing, 支付结算 conduct. Null-aware: "unknown" is kept apart from 0.
import type { CardKind, CardLine, Defendant } from '../matter/schema'

export interface CardFilter {
  kinds: readonly CardKind[]
  owners?: readonly ('self' | 'others')[]
  dealings: readonly ('sell' | 'rent' | 'buy' | 'lend')[]
  /** kinds that count whatever the owner (e.g. unit accounts in 2025 意见第6条第（2）项) */
  anyOwnerKinds?: readonly CardKind[]
}

export interface CardCount {
  /** cards that surely match and whose count is known */
  sure: number
  /** true when some line may match but its count, owner or dealing is unknown (or cards are unknown) */
  uncertain: boolean
}

function lineMatch(l: CardLine, f: CardFilter): boolean | null {
  if (!f.kinds.includes(l.kind)) return false
  const ownerFree = f.anyOwnerKinds?.includes(l.kind) ?? false
  let unknown = false
  if (f.owners && !ownerFree) {
    if (l.owner === null) unknown = true
    else if (!f.owners.includes(l.owner)) return false
  }
  if (l.dealing === null) unknown = true
  else if (!f.dealings.includes(l.dealing)) return false
  return unknown ? null : true
}

export function countCards(d: Defendant, f: CardFilter): CardCount {
  const lines = d.conduct.cards
  if (lines === null) return { sure: 0, uncertain: true }
  let sure = 0
  let uncertain = false
  for (const l of lines) {
    const m = lineMatch(l, f)
    if (m === false) continue
    if (m === null || l.count === null) {
      uncertain = true
      continue
    }
    sure += l.count
  }
  return { sure, uncertain }
}

export const PAYMENT_CARD_KINDS: readonly CardKind[] = [
  'bankCard', 'bankAccount', 'paymentAccount', 'paymentInterface', 'onlineBankingCertificate',
  'paymentInternetAccount', 'unitSettlementAccount'
]
export const TELECOM_CARD_KINDS: readonly CardKind[] = ['phoneCard', 'dataCard', 'iotCard']

/** Whether the defendant supplied any card or account (any kind), null when unknown. */
export function suppliedCards(d: Defendant): boolean | null {
  const lines = d.conduct.cards
  if (lines === null) return null
  if (lines.length === 0) return false
  if (lines.some((l) => l.count === null || l.count > 0)) return true
  return false
}

/** Whether the defendant supplied payment cards/accounts (信用卡类), null when unknown. */
export function suppliedPaymentCards(d: Defendant): boolean | null {
  const lines = d.conduct.cards
  if (lines === null) return null
  const pay = lines.filter((l) => PAYMENT_CARD_KINDS.includes(l.kind))
  if (pay.length === 0) return false
  return pay.some((l) => l.count === null || l.count > 0)
}

/**
 * 支付结算 in the sense the 断卡纪要第四条 keeps: 代收代付/跑分, 代为转账、套现、取现, or 刷脸 for such transfers.
 * true / false (all three stated absent) / null (unknown).
 */
export function settlementConduct(d: Defendant): boolean | null {
  const c = d.conduct
  const flags = [c.paymentSettlement, c.transferredForOthers, c.faceVerificationForOthers]
  if (flags.some((f) => f === true)) return true
  if (flags.every((f) => f === false)) return false
  return null
}
