// Journey: switch the interface to English and dark mode; the choice persists; legal text stays Chinese.
import { test, expect, openApp } from './fixtures'

test('English and dark mode from the settings page', async ({ page, host }) => {
  await openApp(page, host)
  await expect(page.getByRole('menuitem', { name: '案件' })).toBeVisible()
  await page.getByRole('menuitem', { name: '设置' }).click()
  await page.getByRole('radiogroup', { name: '界面语言' }).getByText('English').click()
  await page.getByRole('radiogroup', { name: '主题' }).getByText('深色').click()
  await page.getByTestId('settings-save').click()
  await expect(page.getByRole('menuitem', { name: 'Matters' })).toBeVisible()
  await expect(page.getByTestId('app-root')).toHaveClass(/dark/)

  await page.reload()
  await expect(page.locator('[data-app-state="loaded"]')).toBeVisible()
  await expect(page.getByRole('menuitem', { name: 'Settings' })).toBeVisible()
  await page.getByRole('menuitem', { name: 'Matters' }).click()
  await expect(page.getByRole('button', { name: 'New matter' })).toBeVisible()
})

test('the profile for the memos is edited on the settings page and kept', async ({ page, host }) => {
  await openApp(page, host, '#/settings')
  const profile = page.getByTestId('settings-profile')
  await profile.getByLabel('律师事务所').fill('北京市某某律师事务所')
  await profile.getByLabel('执业证号').fill('11101201010000000')
  await profile.getByLabel('检察院').fill('某某区人民检察院')
  await page.getByTestId('settings-save').click()
  await expect(page.locator('.ant-message')).toContainText('设置已保存')
  await page.reload()
  await expect(page.locator('[data-app-state="loaded"]')).toBeVisible()
  await expect(page.getByTestId('settings-profile').getByLabel('律师事务所')).toHaveValue('北京市某某律师事务所')
  await expect(page.getByTestId('settings-profile').getByLabel('检察院')).toHaveValue('某某区人民检察院')
  await expect(page.getByTestId('settings-profile').getByLabel('律师', { exact: true })).toHaveValue('')
})
