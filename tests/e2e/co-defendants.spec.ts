// Journey: two defendants; in 乙某's form, 同案人关系 “受其招募、介绍 甲某”; the overview says who recruited whom; a
// duplicate link is refused beside the field; after a restart the reopened matter keeps the link.
import { test, expect, openApp } from './fixtures'
import { createMatter, expectSaved, selectOption } from './helpers'

test('link 乙 受 甲 招募 in the form, see it in the overview, save and reopen', async ({ page, host }) => {
  await openApp(page, host)
  await createMatter(page, '甲某、乙某帮信案')
  const first = page.getByTestId('defendant-form-0')
  await first.getByLabel('姓名 / 名称', { exact: true }).fill('甲某')
  await page.getByRole('button', { name: '添加被告人' }).click()
  const second = page.getByTestId('defendant-form-1')
  await expect(second).toBeVisible()
  await second.getByLabel('姓名 / 名称', { exact: true }).fill('乙某')

  // the link: kind 受其招募、介绍, defendant 甲某 (the only other defendant)
  await second.getByTestId('relations-add').click()
  const table = second.getByTestId('relations-table')
  await expect(table.locator('tbody tr')).toHaveCount(1)
  await selectOption(page, table.getByRole('combobox', { name: '关系 1', exact: true }), '受其招募')
  await selectOption(page, table.getByRole('combobox', { name: '同案人 1', exact: true }), '甲某')
  await expect(table.locator('tbody tr').first()).toContainText('受其招募、介绍')
  await expect(table.locator('tbody tr').first()).toContainText('甲某')

  // the same link twice is refused beside the field, and removing it clears the error
  await second.getByTestId('relations-add').click()
  await expect(second.getByTestId('error-defendants.1.relations.1.defendant')).toContainText('同案人关系重复')
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'invalid')
  await second.getByRole('button', { name: '删除此关系 2' }).click()
  await expect(second.getByTestId('error-defendants.1.relations.1.defendant')).toHaveCount(0)
  await expectSaved(page)

  const overview = page.getByTestId('defendants-overview')
  await overview.getByText('被告人一览').click()
  const rows = overview.locator('tbody tr')
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(0)).toContainText('招募乙某')
  await expect(rows.nth(1)).toContainText('受甲某招募')

  await host.restart()
  await openApp(page, host)
  await page.getByTestId('matter-link').click()
  const again = page.getByTestId('defendants-overview')
  await again.getByText('被告人一览').click()
  await expect(again.locator('tbody tr').nth(1)).toContainText('受甲某招募')
  await again.locator('tbody tr').nth(1).click()
  await expect(page.getByTestId('defendant-form-1').getByTestId('relations-table').locator('tbody tr').first()).toContainText('甲某')
})
