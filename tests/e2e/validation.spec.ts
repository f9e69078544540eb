// Journey: invalid input shows the schema's Chinese message next to the field, the save state says
// nothing was saved, and what is stored stays the last valid version.
import { test, expect, openApp } from './fixtures'
import { createMatter, expectSaved, fill } from './helpers'

test('invalid input shows the field error and saves nothing wrong', async ({ page, host }) => {
  await openApp(page, host)
  await createMatter(page, '校验测试', '邬某')
  await fill(page, '违法所得', '46000')
  await expectSaved(page)

  // a negative amount
  await fill(page, '违法所得', '-5')
  const err = page.getByTestId('error-defendants.0.amounts.illegalGain')
  await expect(err).toContainText('金额不能为负数')
  await expect(page.getByLabel('违法所得', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'invalid')
  await expect(page.getByTestId('save-state')).toHaveText('未保存（有错误）')
  await expect(page.getByTestId('issue-summary')).toContainText('违法所得')
  // the analysis keeps showing the last valid facts and says so
  await expect(page.getByTestId('analysis-stale')).toBeVisible()

  // an impossible date and an empty name
  await fill(page, '出生日期', '2001-02-30')
  await expect(page.getByTestId('error-defendants.0.birthDate')).toContainText('日期无效')
  await fill(page, '姓名 / 名称', '')
  await expect(page.getByTestId('error-defendants.0.name')).toContainText('姓名不能为空')

  // leaving with errors asks first
  await page.getByTestId('back-to-list').click()
  const confirm = page.getByRole('dialog').filter({ hasText: '表单有错误，尚未保存' })
  await expect(confirm).toBeVisible()
  await confirm.getByRole('button', { name: '留下修改' }).click()
  await expect(page.getByTestId('editor')).toBeVisible()
  await expect(page.getByLabel('违法所得', { exact: true })).toHaveValue('-5')

  // reload: the stored matter is the last valid one
  await page.reload()
  await expect(page.locator('[data-app-state="loaded"]')).toBeVisible()
  await expect(page.getByLabel('违法所得', { exact: true })).toHaveValue('46000')
  await expect(page.getByLabel('姓名 / 名称', { exact: true })).toHaveValue('邬某')
  await expect(page.getByLabel('出生日期', { exact: true })).toHaveValue('')
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')

  // correcting the value saves again
  await fill(page, '违法所得', '47000')
  await expectSaved(page)
  await expect(page.getByTestId('issue-summary')).toHaveCount(0)
})
