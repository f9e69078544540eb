// Journey: every conclusion cites its clause; a citation opens the quoted clause with its 文号,
// effective date and verification mark (UNVERIFIED shown visibly); the memo preview shows the
// conclusion and downloads as .docx.
import { test, expect, openApp } from './fixtures'
import { createMatter, headline } from './helpers'

test('a citation opens the quoted clause with its 文号, date and verification mark', async ({ page, host }) => {
  await openApp(page, host)
  await createMatter(page, '严某某引用测试', '严某某')
  await expect(headline(page)).toHaveAttribute('data-charge', 'art287-2')

  const cite = page.getByTestId('serious-basis').locator('[data-clause="interp2019-12-1-2"]').first()
  await cite.click()
  const pop = page.getByTestId('citation-popover')
  await expect(pop).toBeVisible()
  await expect(pop).toContainText('法释〔2019〕15号')
  await expect(pop).toContainText('2019-11-01')
  await expect(pop.getByTestId('verification-mark')).toHaveText('已核实')
  await expect(pop.locator('.clause-text')).toContainText('支付结算')
  await page.keyboard.press('Escape')
  await expect(pop).toBeHidden()
  await expect(cite).toBeFocused()

  // an unverified clause is visibly marked wherever it is cited
  const unverified = page.getByTestId('analysis-panel').getByTestId('citation').filter({ hasText: '未核实' }).first()
  await expect(unverified).toBeVisible()
  await unverified.scrollIntoViewIfNeeded()
  await unverified.click()
  await expect(page.getByTestId('citation-popover').filter({ visible: true }).getByTestId('verification-mark')).toHaveText('未经核实')
  await expect(page.getByTestId('citation-popover').filter({ visible: true }).getByTestId('verification-note')).toContainText('尚待与官方文本核对')
})

test('memo preview shows the analysis and exports a .docx', async ({ page, host }) => {
  await openApp(page, host)
  await createMatter(page, '严某某文书测试', '严某某')
  await expect(headline(page)).toHaveAttribute('data-charge', 'art287-2')
  await page.getByRole('button', { name: '文书' }).click()
  const preview = page.getByTestId('memo-preview')
  await expect(preview).toBeVisible()
  await page.getByRole('radiogroup', { name: '文书类型' }).getByText('辩护意见').click()
  await expect(preview).toContainText('严某某')
  await expect(preview.locator('.memo-footnotes li').first()).toBeVisible()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /导出 \.docx/ }).click()
  ])
  expect(download.suggestedFilename()).toMatch(/\.docx$/)
  const path = await download.path()
  expect(path).toBeTruthy()
})
