// Journey (a machine without a keystore): encrypt the data folder with a passphrase in 设置, restart, the app
// asks for the passphrase; a wrong one is refused, the right one opens the matters again.
import { test, expect, openApp } from './fixtures'
import { createMatter } from './helpers'

test('encrypt the data with a passphrase, restart, unlock', async ({ page, host }) => {
  await openApp(page, host)
  await createMatter(page, '口令加密测试')
  await page.getByTestId('back-to-list').click()
  await openApp(page, host, '#/settings')
  const card = page.getByTestId('store-security')
  await expect(card.getByTestId('store-encrypted')).toHaveText('否')
  await card.getByLabel('新口令（至少 8 个字符）').fill('e2e store passphrase')
  await card.getByLabel('再次输入口令').fill('e2e store passphrase')
  await card.getByTestId('set-passphrase').click()
  await expect(card.getByTestId('store-encrypted')).toHaveText('是')

  await host.restart()
  await openApp(page, host)
  const unlock = page.getByTestId('unlock-store')
  await expect(unlock).toBeVisible()
  await unlock.getByLabel('案件数据已加密，请输入口令').fill('not the passphrase')
  await unlock.getByRole('button', { name: /解\s*锁/ }).click()
  await expect(unlock.getByRole('alert')).toContainText('口令不正确')
  await unlock.getByLabel('案件数据已加密，请输入口令').fill('e2e store passphrase')
  await unlock.getByRole('button', { name: /解\s*锁/ }).click()
  await expect(page.getByTestId('unlock-store')).toHaveCount(0)
  await expect(page.getByTestId('matter-row').filter({ hasText: '口令加密测试' })).toBeVisible()
})
