// PLACEHOLDER owned by the memo module: handlers for memo:build and memo:saveAs.
import type { ServiceHandlers } from './types'

export const memoService: ServiceHandlers = {}
