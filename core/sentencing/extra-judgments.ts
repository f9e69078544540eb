// Further published 帮信 judgments used as calibration data, beyond the fixtures in ../shared/cases.
// Each record names its source (title and address) and carries only the facts that source states; unknown facts
// are null, as in the fixtures. Kept apart from ../shared/cases: these are data for the sentencing fit only.
import type { JudgmentRecord } from './dataset'

export const extraJudgments: JudgmentRecord[] = []
