// Screenshots of the main screens at 1366×768 → docs/screenshots/*.png.
//   npm run screenshots   (builds out/web first, then runs this script)
// Starts the browser host on a fresh temp data folder, seeds two published cases through the IPC
// channels, and drives Debian Chromium through home, form + analysis, a citation, sentencing, the memo
// preview, settings and the clinic page.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { startHost, stopHost } from './host-process'

const ROOT = resolve(import.meta.dirname, '..')
const OUT = join(ROOT, 'docs/screenshots')

async function ipc<T>(url: string, channel: string, req: unknown): Promise<T> {
  const res = await fetch(`${url}/ipc/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(req) })
  const r = (await res.json()) as { ok: true; data: T } | { ok: false; error: { message: string } }
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`)
  return r.data
}

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(350)
  await page.screenshot({ path: join(OUT, `${name}.png`) })
  console.log(`docs/screenshots/${name}.png`)
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true })
  const dataDir = mkdtempSync(join(tmpdir(), 'bangxin-shots-'))
  const { url, child } = await startHost(dataDir)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  })
  try {
    type Rec = { summary: { id: string } }
    await ipc<Rec>(url, 'matters:create', { title: '邬某帮助信息网络犯罪活动案', exampleId: 'cn-rugao-01' })
    await ipc<Rec>(url, 'matters:create', { title: '王某、张某掩饰、隐瞒犯罪所得案', exampleId: 'spc2025-04-a' })
    const main = await ipc<Rec>(url, 'matters:create', { title: '严某某帮助信息网络犯罪活动案', exampleId: 'cn-xianyou-yan' })

    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
    page.on('pageerror', (e) => console.error('page error:', e.message))
    await page.goto(url + '/')
    await page.locator('[data-app-state="loaded"]').waitFor()
    await page.getByTestId('matter-row').first().waitFor()
    await shot(page, '01-home')

    await page.goto(`${url}/#/matter/${main.summary.id}`)
    await page.getByTestId('analysis-headline').waitFor()
    await shot(page, '02-form-analysis')

    await page.getByTestId('serious-basis').getByTestId('citation').first().click()
    await page.getByTestId('citation-popover').waitFor()
    await shot(page, '03-citation')
    await page.keyboard.press('Escape')
    await page.mouse.click(10, 300)

    // record a truthful confession so that the sentencing card shows an adjustment slider
    const confession = page.getByRole('radiogroup', { name: '如实供述', exact: true })
    await confession.scrollIntoViewIfNeeded()
    await confession.getByText('是', { exact: true }).click()
    await page.getByTestId('adjustment-confession').waitFor()
    await page.getByTestId('sentencing').evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await shot(page, '04-sentencing')

    await page.getByRole('button', { name: '文书' }).click()
    await page.getByTestId('memo-preview').waitFor({ timeout: 15_000 }).catch(() => undefined)
    await shot(page, '05-memo-preview')
    await page.keyboard.press('Escape')

    // co-defendants: the overview table and the links (乙 受 甲 招募, added through the form)
    const multi = await ipc<Rec>(url, 'matters:create', { title: '厦门三名被不起诉人帮信案', exampleId: 'cn-xiamen-np' })
    await page.goto(`${url}/#/matter/${multi.summary.id}`)
    await page.getByTestId('analysis-headline').waitFor()
    await page.getByTestId('defendant-tab-1').click()
    await page.getByTestId('relations-add').click()
    await page.getByTestId('defendants-overview').locator('.ant-collapse-header').click()
    await page.getByTestId('co-defendants').waitFor()
    await page.getByTestId('defendants-overview').evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await page.getByTestId('co-defendants').evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await shot(page, '08-co-defendants')

    await page.goto(url + '/#/settings')
    await page.getByTestId('settings').waitFor()
    await shot(page, '06-settings')

    await page.goto(url + '/#/clinic')
    await page.getByTestId('clinic').waitFor()
    await shot(page, '07-clinic')
    await page.close()
  } finally {
    await browser.close()
    await stopHost(child)
    rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
