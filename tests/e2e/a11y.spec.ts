// Accessibility: axe-core reports no critical and no serious violation on the home page, the editor, the
// memo drawer, the clinic (list and worksheet) and the settings page, in the light and the dark theme.
// Keyboard: Enter on 新建案件 puts the focus in the dialog's first field, and a matter is created by
// keyboard alone.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { defaultSettings } from '../../core/settings'
import { test, expect, openApp, type Host } from './fixtures'
import { createMatter } from './helpers'

async function seriousViolations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  return r.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${v.impact} ${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)
}

const useTheme = (host: Host, theme: 'light' | 'dark') =>
  writeFileSync(join(host.dataDir, 'settings.json'), JSON.stringify({ ...defaultSettings, theme }))

for (const theme of ['light', 'dark'] as const) {
  test(`axe: no critical or serious violation on every page (${theme})`, async ({ page, host }) => {
    test.setTimeout(240_000) // six full-page axe runs; about a minute on a quiet machine
    useTheme(host, theme)
    await openApp(page, host)
    await expect(page.getByTestId('app-root')).toHaveClass(new RegExp(theme))
    const found: Record<string, string[]> = {}

    await expect(page.getByTestId('home')).toBeVisible()
    found.home = await seriousViolations(page)

    await createMatter(page, '无障碍检查', '严某某')
    await expect(page.getByTestId('analysis-headline')).toBeVisible()
    found.editor = await seriousViolations(page)

    await page.getByRole('button', { name: '文书' }).click()
    await expect(page.getByTestId('memo-preview')).toBeVisible()
    found.memo = await seriousViolations(page)
    await page.keyboard.press('Escape')

    await page.getByRole('menuitem', { name: '教学练习' }).click()
    await expect(page.getByTestId('exercise-list')).toBeVisible()
    found.clinic = await seriousViolations(page)
    await page.getByTestId('open-exercise-case-cn-xianyou-yan').click()
    await expect(page.getByTestId('worksheet')).toBeVisible()
    found.worksheet = await seriousViolations(page)

    await page.getByRole('menuitem', { name: '设置' }).click()
    await expect(page.getByTestId('settings')).toBeVisible()
    found.settings = await seriousViolations(page)

    expect(found).toEqual({ home: [], editor: [], memo: [], clinic: [], worksheet: [], settings: [] })
  })
}

test('one h1 on every page; step buttons named in the UI language', async ({ page, host }) => {
  await openApp(page, host)
  await expect(page.locator('h1')).toHaveCount(1)
  await expect(page.locator('h1')).toHaveText('帮信案件文书工作台')
  await createMatter(page, '标题与按钮', '严某某')
  await expect(page.locator('h1')).toHaveCount(1)
  const up = page.locator('.ant-input-number-action-up').first()
  await expect(up).toHaveAttribute('aria-label', '增大数值')
  await expect(page.locator('[aria-label="Increase Value"], [aria-label="Decrease Value"]')).toHaveCount(0)
})

test('at 1024 px the analysis stays in view beside the form', async ({ page, host }) => {
  await page.setViewportSize({ width: 1024, height: 768 })
  await openApp(page, host)
  await createMatter(page, '窄屏', '严某某')
  const panel = page.getByTestId('analysis-panel')
  await expect(panel).toBeVisible()
  const box = await panel.boundingBox()
  expect(box).not.toBeNull()
  // within the first screen, to the right of the form
  expect(box!.y).toBeLessThan(768)
  expect(box!.x).toBeGreaterThan(400)
  await expect(page.getByTestId('analysis-headline')).toBeInViewport()
  // typing deep in the form keeps it there (each column scrolls on its own)
  await page.getByLabel('违法所得', { exact: true }).fill('5000')
  await expect(page.getByTestId('analysis-headline')).toBeInViewport()
})

test('keyboard: Enter on 新建案件 lands in the name field; a matter is created by keyboard alone', async ({ page, host }) => {
  await openApp(page, host)
  await page.getByTestId('new-matter').focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: '新建案件' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByLabel('案件名称')).toBeFocused()
  await page.keyboard.type('键盘新建')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('editor')).toBeVisible()
  await expect(page.getByTestId('editor-title')).toHaveText('键盘新建')
})

test('one language per message: a field error in the UI language only', async ({ page, host }) => {
  await openApp(page, host)
  await createMatter(page, '单一语言', '邬某')
  await page.getByLabel('违法所得', { exact: true }).fill('-5')
  const err = page.getByTestId('error-defendants.0.amounts.illegalGain')
  await expect(err).toHaveText('金额不能为负数')

  await page.getByTestId('back-to-list').click()
  await page.getByRole('dialog').getByRole('button', { name: '仍然离开' }).click()
  writeFileSync(join(host.dataDir, 'settings.json'), JSON.stringify({ ...defaultSettings, language: 'en' }))
  await openApp(page, host)
  await page.getByTestId('matter-link').first().click()
  await page.getByLabel('Illegal gain', { exact: true }).fill('-5')
  await expect(page.getByTestId('error-defendants.0.amounts.illegalGain')).toHaveText(/^[^\u4e00-\u9fff]+$/)
})
