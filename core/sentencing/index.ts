// PLACEHOLDER owned by the sentencing module: estimateSentence turns the facts and the prevailing
// charge into a calibrated estimate (core/analysis/types.ts SentencingResult).
import type { SentencingInput, SentencingResult } from '../analysis/types'

export function estimateSentence(_input: SentencingInput): SentencingResult | null {
  return null
}
