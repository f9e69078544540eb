// Journey: a matter with co-defendants shows every defendant in one table (role, cards, amounts, charge, most likely
// outcome); a row opens that defendant's form.
import { test, expect, openApp } from './fixtures'
import { createMatter } from './helpers'

test('co-defendants in one table; a row opens the defendant', async ({ page, host }) => {
  await openApp(page, host)
  await createMatter(page, '王某、张某掩隐案', '王某等人掩饰')
  const overview = page.getByTestId('defendants-overview')
  await overview.getByText('被告人一览').click()
  const rows = overview.locator('tbody tr')
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(0)).toContainText('掩饰、隐瞒犯罪所得')
  await rows.nth(1).click()
  await expect(page.getByRole('tab', { selected: true })).toContainText(await page.getByTestId('defendant-tab-1').innerText())
  await expect(page.getByLabel('姓名 / 名称', { exact: true })).toHaveValue(await page.getByTestId('defendant-tab-1').innerText())
})
