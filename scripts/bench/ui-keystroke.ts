// Bench row `ui-keystroke`: the editor's keystroke latency in Chromium, end to end. Builds the web UI when out/web is
// missing or older than the sources, starts the browser host (scripts/web-host.ts, fresh data folder, port 0) and
// drives Debian Chromium headless with playwright-core.
//   A: a matter of one defendant; B: a matter of 50 defendants (49 imported from a generated matter file through the
//      app's own import button, the 50th added with 添加被告人; the 被告人一览 table open).
//   In each, 违法所得 of the active defendant is typed one key at a time (digits, then Backspace back to empty, twice;
//   a key at most every 120 ms, about the pace of someone typing an amount). For each key: from the keydown event's
//   time stamp in the page to the first paint after the analysis panel committed the analysis OF THE NEW VALUE (the
//   panel fires `bangxin:analysis-shown` with the facts it analysed; the page waits for that event with the expected
//   违法所得, then for the next animation frame and a task after it, so the paint is included).
//   添加被告人: from the click's time stamp to the first paint after the new defendant's form is in the page.
// Targets (docs/ui.md): uiKeystrokeMedianMs ≤ 100, uiKeystroke50MedianMs ≤ 150, uiAddDefendant50thMs ≈ uiAddDefendantFirstMs.
// Without Chromium (CHROMIUM_PATH or /usr/bin/chromium) the row is skipped with a message and reports no figures.
//   npx tsx scripts/bench/ui-keystroke.ts            (standalone, prints JSON and every latency)
import { spawnSync, type ChildProcess } from 'node:child_process'
import { startHost, stopHost } from '../host-process'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { FORMAT_VERSION, type Defendant, type MatterDocument } from '../../core/matter/schema'
import { typicalMatter } from './analyze'

export const name = 'ui-keystroke'

const ROOT = resolve(import.meta.dirname, '../..')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
/** digits typed into 违法所得, then erased; twice */
const KEYS = [...'123456', ...Array<string>(6).fill('Backspace'), ...'987654', ...Array<string>(6).fill('Backspace')]
/** at most one key per this many ms */
const KEY_PACE_MS = 120

/** Newest modification time of the files under `dir` (node_modules and dot folders left out). */
function newest(dir: string): number {
  let t = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue
    const p = join(dir, e.name)
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs)
  }
  return t
}

/** Build out/web (npm run build:web) when it is missing or older than renderer/ or core/. */
function ensureWebBuilt(): void {
  const index = join(ROOT, 'out/web/index.html')
  const built = existsSync(index) ? statSync(index).mtimeMs : 0
  if (built > Math.max(newest(join(ROOT, 'renderer')), newest(join(ROOT, 'core')))) return
  console.error('[ui-keystroke] 构建 out/web / building out/web (vite build)…')
  // the build's output goes to stderr: stdout ends with the bench's JSON line
  const r = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build'], { cwd: ROOT, stdio: ['ignore', 2, 2] })
  if (r.status !== 0) throw new Error(`vite build failed (${r.status ?? r.signal})`)
}

/** A generated matter of `n` defendants (the analyze bench's typical defendant, amounts varied), 违法所得 of the
 *  first left unknown (it is typed). */
export function generatedMatter(n: number, title: string): MatterDocument {
  const base = typicalMatter()
  const d0 = base.defendants[0] as Defendant
  const defendants: Defendant[] = Array.from({ length: n }, (_x, i) => ({
    ...d0,
    id: `d${i + 1}`,
    name: `被告人${i + 1}`,
    amounts: {
      ...d0.amounts,
      paymentSettlement: 100_000 + i * 7_000, oneWayInflow: 100_000 + i * 7_000,
      verifiedFraudFunds: 10_000 + i * 900, illegalGain: i === 0 ? null : 2_000 + i * 500
    }
  }))
  return { formatVersion: FORMAT_VERSION, matter: { ...base.matter, title }, defendants }
}

// In the page: keydown / click time stamps, and one pending measurement (`result`) at a time.
export const INSTRUMENT = `(() => {
  if (window.__uiBench) return
  const b = { keyAt: null, clickAt: null, result: null }
  document.addEventListener('keydown', (e) => { b.keyAt = e.timeStamp }, true)
  document.addEventListener('click', (e) => { b.clickAt = e.timeStamp }, true)
  // the first paint after the current commit: the next frame, then a task after it
  const afterPaint = () => new Promise((ok) => requestAnimationFrame(() => {
    const ch = new MessageChannel()
    ch.port1.onmessage = () => ok(performance.now())
    ch.port2.postMessage(null)
  }))
  const within = (p, what) => Promise.race([p, new Promise((_, bad) => setTimeout(() => bad(new Error(what)), 15000))])
  b.armKey = (defendantId, expected) => {
    b.keyAt = null
    b.result = within(new Promise((ok) => {
      const on = (e) => {
        const d = e.detail
        if (!d || d.defendantId !== defendantId || !d.facts || d.facts.amounts.illegalGain !== expected) return
        window.removeEventListener('bangxin:analysis-shown', on)
        afterPaint().then((t1) => ok(t1 - b.keyAt))
      }
      window.addEventListener('bangxin:analysis-shown', on)
    }), 'analysis of 违法所得 = ' + expected + ' not shown within 15 s')
    b.result.catch(() => undefined)
  }
  b.armAdd = (testId) => {
    b.clickAt = null
    b.result = within(new Promise((ok) => {
      const obs = new MutationObserver(() => {
        if (!document.querySelector('[data-testid="' + testId + '"]')) return
        obs.disconnect()
        afterPaint().then((t1) => ok(t1 - b.clickAt))
      })
      obs.observe(document.body, { childList: true, subtree: true })
    }), testId + ' not shown within 15 s')
    b.result.catch(() => undefined)
  }
  window.__uiBench = b
})()`

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))

export async function importMatter(page: Page, url: string, doc: MatterDocument, fileName: string): Promise<void> {
  await page.goto(url + '/')
  await page.locator('[data-app-state="loaded"]').waitFor({ timeout: 30_000 })
  await page.getByTestId('import-input').setInputFiles({ name: fileName, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) })
  await page.getByTestId('editor').waitFor({ timeout: 30_000 })
  await page.getByTestId('analysis-headline').waitFor({ timeout: 30_000 })
  await page.evaluate(INSTRUMENT)
  // let the idle search (pivots, similar cases) of the opened matter run before typing, as when someone opens a
  // matter and reads it first
  await sleep(2000)
}

/** Type KEYS into 违法所得 of defendant `index`; the latency of each key in ms. */
export async function typeAmount(page: Page, index: number, defendantId: string): Promise<number[]> {
  const input = page.locator(`#f-defendants-${index}-amounts-illegalGain`)
  await input.click()
  await page.keyboard.press('End')
  let text = await input.inputValue()
  const times: number[] = []
  for (const k of KEYS) {
    text = k === 'Backspace' ? text.slice(0, -1) : text + k
    const expected = text.trim() === '' ? null : Number(text)
    const started = Date.now()
    await page.evaluate(`window.__uiBench.armKey(${JSON.stringify(defendantId)}, ${JSON.stringify(expected)})`)
    await page.keyboard.press(k)
    times.push((await page.evaluate('window.__uiBench.result')) as number)
    const rest = KEY_PACE_MS - (Date.now() - started)
    if (rest > 0) await sleep(rest)
  }
  return times
}

/** Click 添加被告人 and time it until the form of defendant `newIndex` is painted. */
export async function addDefendant(page: Page, newIndex: number): Promise<number> {
  await page.evaluate(`window.__uiBench.armAdd(${JSON.stringify(`defendant-form-${newIndex}`)})`)
  await page.getByRole('button', { name: '添加被告人' }).click()
  return (await page.evaluate('window.__uiBench.result')) as number
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2
}
const p90 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.9) - 1] ?? NaN
const r1 = (x: number): number => Math.round(x * 10) / 10

export interface UiLatencies { one: number[]; fifty: number[]; addFirst: number; add50th: number }

export async function measure(): Promise<UiLatencies | null> {
  if (!existsSync(CHROMIUM) || !statSync(CHROMIUM).isFile()) {
    console.error(`[ui-keystroke] 跳过：未找到 Chromium（${CHROMIUM}；可用 CHROMIUM_PATH 指定） / skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`)
    return null
  }
  ensureWebBuilt()
  const dataDir = mkdtempSync(join(tmpdir(), 'bangxin-bench-ui-'))
  let host: { url: string; child: ChildProcess } | null = null
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  })
  try {
    host = await startHost(dataDir)
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
    const page = await context.newPage()
    page.on('pageerror', (e) => console.error('[ui-keystroke] page error:', e.message))

    // A: one defendant
    await importMatter(page, host.url, generatedMatter(1, '键入测速（一名被告人）'), 'bench-1.json')
    const one = await typeAmount(page, 0, 'd1')
    await sleep(1000)
    const addFirst = await addDefendant(page, 1)

    // B: 49 imported, the 50th added, the overview open
    await importMatter(page, host.url, generatedMatter(49, '键入测速（五十名被告人）'), 'bench-50.json')
    await page.getByTestId('defendants-overview').getByText('被告人一览').click()
    await page.getByTestId('defendants-overview').locator('tbody tr').first().waitFor()
    await sleep(500)
    const add50th = await addDefendant(page, 49)
    await sleep(2000)
    const fifty = await typeAmount(page, 49, 'd50')
    await context.close()
    return { one, fifty, addFirst, add50th }
  } finally {
    await browser.close()
    if (host) await stopHost(host.child)
    rmSync(dataDir, { recursive: true, force: true })
  }
}

function figures(m: UiLatencies | null): Record<string, number> {
  if (!m) return {}
  return {
    /** keystroke → analysis of the new value painted, one defendant (median over the keys typed) */
    uiKeystrokeMedianMs: r1(median(m.one)),
    uiKeystrokeP90Ms: r1(p90(m.one)),
    /** the same with 50 defendants, typing into the 50th, the overview table open */
    uiKeystroke50MedianMs: r1(median(m.fifty)),
    uiKeystroke50P90Ms: r1(p90(m.fifty)),
    /** 添加被告人 → the new form painted: the second defendant of a matter, and the 50th */
    uiAddDefendantFirstMs: r1(m.addFirst),
    uiAddDefendant50thMs: r1(m.add50th),
    uiKeystrokes: m.one.length + m.fifty.length
  }
}

export async function run(): Promise<Record<string, number>> {
  return figures(await measure())
}

export default { name, run }

if (import.meta.url === `file://${process.argv[1]}`) {
  const m = await measure()
  if (m) {
    console.error('one defendant:', m.one.map(r1).join(' '))
    console.error('50 defendants:', m.fifty.map(r1).join(' '))
    console.error('add first / 50th:', r1(m.addFirst), r1(m.add50th))
  }
  console.log(JSON.stringify(figures(m)))
}
