// Law-clinic mode: exercises, packs, student answers, comparison, rubric and anonymised export.
export * from './schema'
export * from './packs'
export * from './compare'
export * from './rubric'
export * from './grading'
export * from './facts'
export * from './library'
export * from './anonymize'
