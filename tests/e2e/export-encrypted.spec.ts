// Journey: export a matter sealed with a passphrase; the file holds no case text; importing it asks for the
// passphrase, a wrong one is refused, the right one brings the facts back.
import { readFileSync } from 'node:fs'
import { test, expect, openApp } from './fixtures'
import { createMatter, expectSaved, fill } from './helpers'

test('encrypted export and import with a passphrase', async ({ page, host }, testInfo) => {
  await openApp(page, host)
  await createMatter(page, '加密导出测试')
  await fill(page, '姓名 / 名称', '欧阳明远')
  await fill(page, '违法所得', '4200')
  await expectSaved(page)
  await page.getByTestId('back-to-list').click()

  const row = page.getByTestId('matter-row').filter({ hasText: '加密导出测试' })
  await row.getByRole('button', { name: '加密导出 加密导出测试' }).click()
  await page.getByTestId('passphrase-input').fill('e2e passphrase 1')
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /确\s*定|OK/ }).click()])
  expect(download.suggestedFilename()).toMatch(/\.bangxin\.enc\.json$/)
  const file = testInfo.outputPath(download.suggestedFilename())
  await download.saveAs(file)
  const text = readFileSync(file, 'utf-8')
  expect(JSON.parse(text)).toMatchObject({ bangxinSealed: 1, kdf: 'scrypt' })
  expect(text).not.toContain('欧阳明远')
  expect(text).not.toContain('加密导出测试')

  // a wrong passphrase: refused, nothing imported
  await page.getByTestId('import-input').setInputFiles(file)
  await page.getByTestId('passphrase-input').fill('not the passphrase')
  await page.getByTestId('passphrase-dialog').getByRole('button', { name: /确\s*定|OK/ }).click()
  await expect(page.locator('.ant-message')).toContainText('口令不正确')
  await expect(page.getByTestId('matter-row')).toHaveCount(1)

  // cancel, and ask again at once, while the dialog animates out: one dialog, one field, one OK
  await page.getByTestId('import-input').setInputFiles(file)
  await page.getByTestId('passphrase-dialog').getByRole('button', { name: /取\s*消|Cancel/ }).click()
  await page.getByTestId('import-input').setInputFiles(file)
  await expect(page.getByTestId('passphrase-input')).toHaveCount(1)
  await expect(page.getByRole('button', { name: /确\s*定|OK/ })).toHaveCount(1)
  await expect(page.getByTestId('passphrase-input')).toHaveValue('')

  // the right one
  await page.getByTestId('passphrase-input').fill('e2e passphrase 1')
  await page.getByTestId('passphrase-dialog').getByRole('button', { name: /确\s*定|OK/ }).click()
  // the matter is still there: the app asks; keep both
  await page.getByRole('dialog', { name: '已有相同的案件' }).getByTestId('import-keep-both').click()
  await expect(page.getByTestId('editor')).toBeVisible()
  await expect(page.getByLabel('违法所得', { exact: true })).toHaveValue('4200')
  await expect(page.getByLabel('姓名 / 名称', { exact: true })).toHaveValue('欧阳明远')
})
