// Shared plumbing of the command-line entry points: argument parsing, reading a matter file through
// the same migration + validation as the app, and the exit codes (0 ok, 1 usage/IO error, 2 invalid matter).
import { readFileSync } from 'node:fs'
import { checkImportSize, checkLimits } from '../../core/matter/limits'
import { loadMatterDocument } from '../../core/matter/migrations'
import type { FieldIssue, MatterDocument } from '../../core/matter/schema'

export const EXIT_OK = 0
export const EXIT_USAGE = 1
export const EXIT_INVALID = 2

export class CliError extends Error {
  readonly exitCode: number
  constructor(message: string, exitCode = EXIT_USAGE) {
    super(message)
    this.exitCode = exitCode
  }
}

export interface ParsedArgs {
  positional: string[]
  flags: Map<string, string | true>
}

/** `--name value`, `--name=value` and boolean `--flag` (for names in `booleans`). */
export function parseArgs(argv: string[], booleans: readonly string[], valued: readonly string[]): ParsedArgs {
  const positional: string[] = []
  const flags = new Map<string, string | true>()
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string
    if (a === '--') continue
    if (!a.startsWith('--') || a === '-') {
      positional.push(a)
      continue
    }
    const eq = a.indexOf('=')
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2)
    if (booleans.includes(name)) {
      if (eq > 0) throw new CliError(`选项 --${name} 不接受取值 / --${name} takes no value`)
      flags.set(name, true)
    } else if (valued.includes(name)) {
      const v = eq > 0 ? a.slice(eq + 1) : argv[++i]
      if (v === undefined || v === '') throw new CliError(`选项 --${name} 需要取值 / --${name} needs a value`)
      flags.set(name, v)
    } else {
      throw new CliError(`未知选项 --${name} / unknown option --${name}`)
    }
  }
  return { positional, flags }
}

export class InvalidMatter extends Error {
  readonly issues: FieldIssue[]
  constructor(issues: FieldIssue[]) {
    super('invalid matter')
    this.issues = issues
  }
}

/** Read a matter file (`.bangxin.json`, any supported format version; a published-case fixture's `matter` too). */
export function readMatterFile(path: string): MatterDocument {
  let text: string
  try {
    text = readFileSync(path, 'utf-8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new CliError(code === 'ENOENT' ? `找不到文件 ${path} / file not found` : `无法读取 ${path}：${(e as Error).message} / cannot read file`)
  }
  const size = checkImportSize(path, text.length)
  if (size) throw new InvalidMatter([size])
  let raw: unknown
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (e) {
    throw new InvalidMatter([{ path: '(根)', message: `不是有效的 JSON / not valid JSON: ${(e as Error).message}` }])
  }
  if (typeof raw === 'object' && raw !== null && 'matter' in raw && 'actual' in raw) {
    const inner = (raw as { matter: unknown }).matter
    if (typeof inner === 'object' && inner !== null && 'defendants' in inner) raw = inner
  }
  const limits = checkLimits(raw)
  if (limits.length > 0) throw new InvalidMatter(limits)
  const r = loadMatterDocument(raw)
  if (!r.ok) throw new InvalidMatter(r.issues)
  return r.value
}

export function formatIssues(path: string, issues: FieldIssue[]): string {
  const lines = [`案件文件未通过校验，共 ${issues.length} 处错误 / the matter file is invalid (${issues.length} issue${issues.length === 1 ? '' : 's'}): ${path}`]
  for (const i of issues) lines.push(`  ${i.path}：${i.message}`)
  return lines.join('\n')
}

/** Run a CLI main function with uniform error reporting and exit codes. */
export async function runCli(usage: string, main: () => Promise<void>, matterPath: () => string | undefined): Promise<void> {
  try {
    await main()
    process.exitCode = EXIT_OK
  } catch (e) {
    if (e instanceof InvalidMatter) {
      process.stderr.write(`${formatIssues(matterPath() ?? '', e.issues)}\n`)
      process.exitCode = EXIT_INVALID
    } else if (e instanceof CliError) {
      process.stderr.write(`错误 / error: ${e.message}\n${e.exitCode === EXIT_USAGE ? `${usage}\n` : ''}`)
      process.exitCode = e.exitCode
    } else {
      process.stderr.write(`内部错误 / internal error: ${(e as Error)?.stack ?? String(e)}\n`)
      process.exitCode = EXIT_USAGE
    }
  }
}
