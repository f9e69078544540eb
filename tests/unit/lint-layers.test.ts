// The layer map (eslint.config.js): small deliberate violations, linted with ESLint's Node API, are each
// reported; allowed imports are not; the repository itself keeps the map.
import { readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
// @ts-expect-error -- the ESLint config is plain JavaScript without type declarations
import { CORE_LAYERS, layerOf } from '../../eslint.config.js'

const root = resolve(import.meta.dirname, '../..')
const eslint = new ESLint({ cwd: root })

async function layerMessages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) })
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'layers/imports' || m.ruleId === 'no-restricted-imports' || m.fatal)
    .map((m) => `${m.ruleId}: ${m.message}`)
}

describe('layer map: each deliberate violation is reported', () => {
  it.each([
    ['electron/main → renderer', 'electron/main/services/bad.ts', "import { call } from '../../../renderer/src/api'\nexport const x = call"],
    ['preload → main', 'electron/preload/bad.ts', "import { dispatch } from '../main/dispatch'\nexport const x = dispatch"],
    ['preload → renderer', 'electron/preload/bad.ts', "export * from '../../renderer/src/api'"],
    ['core/law → core/matter (lower imports higher)', 'core/law/bad.ts', "import type { MatterDocument } from '../matter/schema'\nexport type X = MatterDocument"],
    ['core/matter → core/engine', 'core/matter/bad.ts', "import { analyzeMatter } from '../engine/analyze'\nexport const x = analyzeMatter"],
    ['core/engine → core/memo', 'core/engine/bad.ts', "export { buildMemoModel } from '../memo'"],
    ['core/analysis → core/engine/grounds at run time (the exception is for types only)', 'core/analysis/bad.ts', "import { SERIOUS_GROUND_IDS } from '../engine/grounds'\nexport const x = SERIOUS_GROUND_IDS"],
    ['core/analysis → core/engine (outside the grounds)', 'core/analysis/bad.ts', "import type { AnalyzeOptions } from '../engine/analyze'\nexport type X = AnalyzeOptions"],
    ['core/vocabulary → core/engine', 'core/vocabulary.ts', "import { CHARGE_LABELS } from './engine/labels'\nexport const x = CHARGE_LABELS"],
    ['core/sentencing → core/engine (beyond the one exception)', 'core/sentencing/bad.ts', "import { analyzeMatter } from '../engine/analyze'\nexport const x = analyzeMatter"],
    ['core/clinic → core/ipc', 'core/clinic/bad.ts', "import { ipcContract } from '../ipc/contract'\nexport const x = ipcContract"],
    ['core → electron/main', 'core/memo/bad.ts', "import { loadSettings } from '../../electron/main/services/settings'\nexport const x = loadSettings"],
    ['core → templates', 'core/memo/bad.ts', "import { buildMemo } from '../../templates/index'\nexport const x = buildMemo"],
    ['core → Node built-in', 'core/engine/bad.ts', "import { readFileSync } from 'node:fs'\nexport const x = readFileSync"],
    ['scripts → renderer', 'scripts/bad.ts', "import { call } from '../renderer/src/api'\nexport const x = call"],
    ['scripts → renderer (dynamic import)', 'scripts/cli/bad.ts', "export const load = () => import('../../renderer/src/labels')"],
    ['scripts → preload', 'scripts/bad.ts', "import { buildApi } from '../electron/preload/index'\nexport const x = buildApi"],
    ['templates → electron', 'templates/bad.ts', "import { dispatch } from '../electron/main/dispatch'\nexport const x = dispatch"],
    ['templates → renderer', 'templates/bad.ts', "import { t } from '../renderer/src/i18n'\nexport const x = t"],
    ['renderer → electron/main', 'renderer/src/bad.ts', "import { dispatch } from '../../electron/main/dispatch'\nexport const x = dispatch"],
    ['renderer → templates', 'renderer/src/memo/bad.ts', "import { buildMemo } from '../../../templates/index'\nexport const x = buildMemo"],
    ['renderer → Node built-in', 'renderer/src/bad.ts', "import { readFile } from 'node:fs/promises'\nexport const x = readFile"]
  ])('%s', async (_name, file, code) => {
    const messages = await layerMessages(file, code)
    expect(messages.filter((m) => m.startsWith('null'))).toEqual([]) // no parse error
    const rule = code.includes("'node:") ? 'no-restricted-imports' : 'layers/imports'
    expect(messages.filter((m) => m.startsWith(`${rule}: `))).toHaveLength(1)
  })

  it('names the importer and the import in Chinese first', async () => {
    const [m] = await layerMessages('core/matter/bad.ts', "import { analyzeMatter } from '../engine/analyze'\nexport const x = analyzeMatter")
    expect(m).toBe('layers/imports: 分层规则 / layer map: core/matter 位于 core/engine 之下，不得引用上层 core/engine/analyze / a lower core layer may not import a higher one')
  })
})

describe('layer map: allowed imports pass', () => {
  it.each([
    ['core/engine → core/law, core/matter, core/sentencing', 'core/engine/ok.ts', "import { lawLibrary } from '../law'\nimport type { MatterDocument } from '../matter/schema'\nimport { estimateSentence } from '../sentencing'\nexport const x = [lawLibrary, estimateSentence] as unknown as MatterDocument"],
    ['core/sentencing → core/engine/format (the documented exception)', 'core/sentencing/ok.ts', "import { yuan } from '../engine/format'\nexport const x = yuan"],
    ['core/analysis → core/engine/grounds, types only (the documented exception)', 'core/analysis/ok.ts', "import type { SeriousGroundId } from '../engine/grounds'\nexport type { SeriousGroundId as X } from '../engine/grounds'\nexport type Y = SeriousGroundId"],
    ['core/engine → core/vocabulary', 'core/engine/ok.ts', "export { CHARGE_IDS } from '../vocabulary'"],
    ['core/memo → core/clinic, core/settings', 'core/memo/ok.ts', "import { ELEMENT_IDS } from '../clinic/schema'\nimport { MEMO_KINDS } from '../settings'\nexport const x = [ELEMENT_IDS, MEMO_KINDS]"],
    ['core/ipc → core/clinic', 'core/ipc/ok.ts', "export { exerciseSchema } from '../clinic/schema'"],
    ['preload → core/ipc', 'electron/preload/ok.ts', "export { CHANNELS } from '../../core/ipc/contract'"],
    ['renderer → core', 'renderer/src/ok.ts', "export { analyzeMatter } from '../../core/engine/analyze'"],
    ['scripts → electron/main, templates', 'scripts/ok.ts', "export { dispatch } from '../electron/main/dispatch'\nexport { buildMemo } from '../templates/index'"],
    ['electron/main → templates, core', 'electron/main/ok.ts', "export { buildMemo } from '../../templates/index'\nexport { ipcContract } from '../../core/ipc/contract'"],
    ['tests → anything', 'tests/unit/ok.ts', "export { call } from '../../renderer/src/api'\nexport { dispatch } from '../../electron/main/dispatch'"]
  ])('%s', async (_name, file, code) => {
    expect(await layerMessages(file, code)).toEqual([])
  })
})

describe('layer map: the repository', () => {
  it('every folder of core/ has its place in the order', () => {
    const dirs = readdirSync(join(root, 'core')).filter((n) => statSync(join(root, 'core', n)).isDirectory()).map((n) => `core/${n}`)
    const files = readdirSync(join(root, 'core')).filter((n) => /\.tsx?$/.test(n)).map((n) => layerOf(`core/${n}`) as string)
    expect([...dirs, ...files].filter((l) => !(CORE_LAYERS as string[]).includes(l))).toEqual([])
  })

  it('the code base keeps the map', async () => {
    const results = await eslint.lintFiles(['core', 'templates', 'electron', 'renderer', 'scripts'])
    const broken = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'layers/imports').map((m) => `${r.filePath}:${m.line} ${m.message}`))
    expect(broken).toEqual([])
  }, 120_000)
})
