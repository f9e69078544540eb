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
