// Where an amount in the matter came from (format extension `amountSources` on a defendant): the statement
// files, the rows (line numbers as ranges), the rule that selected them, and for matched victims and deductions
// the items themselves. The data shape lives with the matter; core/statements builds it (docs/statements.md).
import { z } from 'zod'

export const SOURCED_AMOUNTS = ['oneWayInflow', 'verifiedFraudFunds', 'explainedLegitimateFunds', 'paymentSettlement'] as const
export type SourcedAmount = (typeof SOURCED_AMOUNTS)[number]

export const SOURCED_AMOUNT_LABELS: Record<SourcedAmount, string> = {
  oneWayInflow: '单向流入资金', verifiedFraudFunds: '经查证的涉诈资金', explainedLegitimateFunds: '能说明合法来源的资金（扣除）',
  paymentSettlement: '支付结算金额'
}

const ROW_RANGES = /^\d+(-\d+)?(,\d+(-\d+)?)*$/
const yuan = z.number({ error: '金额应为数字（元） / amount must be a number (yuan)' }).min(0, { message: '金额不能为负数 / amount cannot be negative' })

export const sourceFileSchema = z.object({
  name: z.string().min(1, { message: '文件名不能为空 / file name is required' }),
  rowCount: z.number().int().min(0),
  /** line numbers in the file, as ranges: "6-120,130"; null when too many to keep (the rule selects them) */
  rows: z.string().regex(ROW_RANGES, { message: '行号应为 6-120,130 形式 / rows must look like 6-120,130' }).nullable()
})

export const sourceItemSchema = z.object({
  file: z.string(),
  line: z.number().int().min(1),
  time: z.string(),
  amount: yuan,
  counterparty: z.string(),
  /** the victim matched to this row (verifiedFraudFunds) */
  victim: z.string().nullable().optional(),
  /** the victim's reported time (verifiedFraudFunds) */
  reportedTime: z.string().nullable().optional(),
  /** 能说明合法来源的理由 (explainedLegitimateFunds) */
  reason: z.string().nullable().optional()
})

export const amountSourceSchema = z.object({
  /** the figure in yuan as computed from the rows */
  amount: yuan,
  rowCount: z.number().int().min(0),
  /** the rule that selected the rows, in words */
  rule: z.string().min(1),
  files: z.array(sourceFileSchema),
  /** the rows one by one where they are few and each matters (matched victims, deductions) */
  items: z.array(sourceItemSchema).optional(),
  /** victims reported but matched to no row (verifiedFraudFunds) */
  unmatched: z.array(z.object({ victim: z.string(), reportedTime: z.string(), amount: yuan, payerAccount: z.string() })).optional(),
  /** when the figure was confirmed into the matter (YYYY-MM-DD HH:MM:SS, local) */
  confirmedAt: z.string().nullable().optional()
})

export const amountSourcesSchema = z.partialRecord(z.enum(SOURCED_AMOUNTS), amountSourceSchema)

export type SourceFileRef = z.infer<typeof sourceFileSchema>
export type SourceItem = z.infer<typeof sourceItemSchema>
export type AmountSource = z.infer<typeof amountSourceSchema>
export type AmountSources = z.infer<typeof amountSourcesSchema>
