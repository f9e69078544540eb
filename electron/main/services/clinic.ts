// PLACEHOLDER owned by the clinic module: exercises:*, packs:*, answers:*, matters:anonymize.
import type { ServiceHandlers } from './types'

export const clinicService: ServiceHandlers = {}
