// The versioned law library: one entry per source, in ./sources/. Rules read every threshold,
// date and percentage from here (clause.values), never from literals in code.
import type { LawLibrary } from './types'
import { criminalLaw } from './sources/criminal-law'
import { amendment9 } from './sources/amendment9'
import { interp2019 } from './sources/interp2019'
import { opinion2021 } from './sources/opinion2021'
import { minutes2022 } from './sources/minutes2022'
import { opinion2025 } from './sources/opinion2025'
import { antifraud2022 } from './sources/antifraud2022'
import { concealment2015 } from './sources/concealment2015'
import { concealment2025 } from './sources/concealment2025'
import { fraud2016 } from './sources/fraud2016'
import { creditcard2009 } from './sources/creditcard2009'
import { moneylaundering2024 } from './sources/moneylaundering2024'
import { sentencing2021 } from './sources/sentencing2021'
import { sentencing2024 } from './sources/sentencing2024'
import { plea2019 } from './sources/plea2019'
import { cpl2018 } from './sources/cpl2018'
import { temporal2001 } from './sources/temporal2001'
import { propertyPenalty2000 } from './sources/property-penalty2000'

/** Bump on any change of a threshold, date, verification mark or text. */
export const LAW_LIBRARY_VERSION = '2026.12.01-1'

export const lawLibrary: LawLibrary = {
  version: LAW_LIBRARY_VERSION,
  sources: [criminalLaw, amendment9, interp2019, opinion2021, minutes2022, opinion2025, antifraud2022, concealment2015, concealment2025, fraud2016, creditcard2009, moneylaundering2024, sentencing2021, sentencing2024, plea2019, cpl2018, temporal2001, propertyPenalty2000]
}
