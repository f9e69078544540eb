// Journey: what the form saved survives a restart of the app; the matter is found again by search
// (案号 or defendant name).
import { test, expect, openApp } from './fixtures'
import { createMatter, expectSaved, fill, headline } from './helpers'

test('save, restart, reopen by search, and the facts are still there', async ({ page, host }) => {
  await openApp(page, host)
  await createMatter(page, '邬某帮助信息网络犯罪活动案', '邬某')
  await expect(headline(page)).toHaveAttribute('data-charge', 'art287-2')
  await page.getByTestId('matter-info').getByText('案件信息').click()
  await fill(page, '案号', '（2022）苏0682刑初123号')
  await fill(page, '违法所得', '52000')
  await expectSaved(page)
  await page.getByTestId('back-to-list').click()
  await createMatter(page, '另一个案件')
  await page.getByTestId('back-to-list').click()
  await expect(page.getByTestId('matter-row')).toHaveCount(2)

  await host.restart()
  await openApp(page, host)
  await expect(page.getByTestId('matter-row')).toHaveCount(2)
  // search by 案号
  await page.getByLabel('搜索案件名称、案号或被告人').fill('苏0682')
  await expect(page.getByTestId('matter-row')).toHaveCount(1)
  await expect(page.getByTestId('matter-row')).toContainText('邬某帮助信息网络犯罪活动案')
  // search by defendant name
  await page.getByLabel('搜索案件名称、案号或被告人').fill('邬某')
  await expect(page.getByTestId('matter-row')).toHaveCount(1)
  await page.getByTestId('matter-link').click()

  await expect(page.getByLabel('违法所得', { exact: true })).toHaveValue('52000')
  await expect(page.getByTestId('wan-defendants.0.amounts.illegalGain')).toHaveText('≈ 5.2 万元')
  await expect(headline(page)).toHaveAttribute('data-charge', 'art287-2')
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
})

test('list sorts by title and shows stage and defendants', async ({ page, host }) => {
  await openApp(page, host)
  await createMatter(page, 'A 严某某案', '严某某')
  await page.getByTestId('back-to-list').click()
  await createMatter(page, 'B 邬某案', '邬某')
  await page.getByTestId('back-to-list').click()
  const rows = page.getByTestId('matter-row')
  await expect(rows).toHaveCount(2)
  // default: last edited first
  await expect(rows.first()).toContainText('B 邬某案')
  await page.getByLabel('排序').click()
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '案件名称' }).click()
  await expect(rows.first()).toContainText('A 严某某案')
  await expect(rows.filter({ hasText: 'A 严某某案' })).toContainText('严某某')
  await expect(rows.filter({ hasText: 'A 严某某案' })).toContainText('一审')
})

test('a matter changed in another window is not overwritten: the save is refused and can be reopened', async ({ page, host }) => {
  await openApp(page, host)
  await createMatter(page, '两个窗口', '邬某')
  const url = page.url()
  const other = await page.context().newPage()
  await other.goto(url)
  await expect(other.getByLabel('违法所得', { exact: true })).toHaveValue('46000')

  await page.getByLabel('违法所得', { exact: true }).fill('50000')
  await expectSaved(page)

  await other.getByLabel('违法所得', { exact: true }).fill('60000')
  await expect(other.getByTestId('save-state')).toHaveAttribute('data-state', 'error')
  await expect(other.getByTestId('save-state')).toContainText('案件已被修改')
  await other.getByRole('button', { name: '重新打开' }).click()
  await expect(other.getByLabel('违法所得', { exact: true })).toHaveValue('50000')
  await expect(other.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
  await other.close()
})
