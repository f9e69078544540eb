// No tracked file names a path of one machine: the repository must work wherever it is cloned, with or without
// the fixtures folder beside it. Paths are matched from parts so that this file does not match itself.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const slash = '/'
const start = '(?:^|[\\s\'"`(=:,\\[])' // an absolute path starts a token, not the middle of a relative one
const MACHINE_PATHS = new RegExp(
  [
    `${start}${slash}work${slash}`, // the development machines' checkout root
    `${start}${slash}home${slash}[a-z_][a-z0-9_-]*${slash}`,
    `${start}${slash}Users${slash}[A-Za-z]`,
    `${start}${slash}root${slash}`,
    '[A-Z]:\\\\Users\\\\'
  ].join('|')
)

function trackedFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
  return out.split('\0').filter((f) => f && !/\.(png|jpe?g|pdf|docx|xlsx|ttf|otf|woff2?|ico)$/i.test(f))
}

describe('no absolute path of any machine in a tracked file', () => {
  it.skipIf(!(() => { try { execFileSync('git', ['rev-parse'], { cwd: root }); return true } catch { return false } })())(
    'git ls-files finds none', () => {
      const hits: string[] = []
      for (const f of trackedFiles()) {
        let text: string
        try { text = readFileSync(join(root, f), 'utf8') } catch { continue }
        text.split('\n').forEach((line, i) => { if (MACHINE_PATHS.test(line)) hits.push(`${f}:${i + 1}: ${line.trim().slice(0, 120)}`) })
      }
      expect(hits).toEqual([])
    })

  it('the pattern does find such a path (the check can fail)', () => {
    expect(MACHINE_PATHS.test(['', 'work', 'shared', 'cases'].join(slash))).toBe(true)
    expect(MACHINE_PATHS.test('C:\\Users\\lawyer\\cases')).toBe(true)
    expect(MACHINE_PATHS.test(`at ${['', 'home', 'dev', 'x.ts'].join(slash)}`)).toBe(true)
    expect(MACHINE_PATHS.test('../shared/cases')).toBe(false)
    expect(MACHINE_PATHS.test("import { X } from './home/helpers'")).toBe(false)
  })
})
