// Journey: export a matter as .bangxin.json, import the file again, and get the same facts back
// as a new matter; a file that is not a matter is refused with a clear message and nothing is added.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect, openApp } from './fixtures'
import { createMatter, expectSaved, fill, headline } from './helpers'

test('export and re-import a matter', async ({ page, host }, testInfo) => {
  await openApp(page, host)
  await createMatter(page, '严某某导出测试', '严某某')
  await fill(page, '违法所得', '3000')
  await expectSaved(page)
  await page.getByTestId('back-to-list').click()

  const row = page.getByTestId('matter-row').filter({ hasText: '严某某导出测试' })
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    row.getByRole('button', { name: '导出 严某某导出测试' }).click()
  ])
  expect(download.suggestedFilename()).toMatch(/\.bangxin\.json$/)
  const file = testInfo.outputPath(download.suggestedFilename())
  await download.saveAs(file)
  const exported = JSON.parse(readFileSync(file, 'utf-8')) as unknown
  expect(JSON.stringify(exported)).toContain('严某某')
  expect(JSON.stringify(exported)).toContain('3000')

  // the matter is already there: the app asks; keep both gives a marked title
  await page.getByTestId('import-input').setInputFiles(file)
  const ask = page.getByRole('dialog', { name: '已有相同的案件' })
  await expect(ask).toContainText('“严某某导出测试”')
  await ask.getByTestId('import-keep-both').click()
  await expect(page.getByTestId('editor')).toBeVisible()
  await expect(page.getByTestId('editor-title')).toHaveText('严某某导出测试（导入副本）')
  await expect(page.getByLabel('违法所得', { exact: true })).toHaveValue('3000')
  await expect(page.getByLabel('姓名 / 名称', { exact: true })).toHaveValue('严某某')
  await expect(headline(page)).toHaveAttribute('data-charge', 'art287-2')
  await page.getByTestId('back-to-list').click()
  await expect(page.getByTestId('matter-row')).toHaveCount(2)

  // importing it again and replacing: still two matters
  await page.getByTestId('import-input').setInputFiles(file)
  await page.getByRole('dialog', { name: '已有相同的案件' }).getByTestId('import-replace').click()
  await expect(page.getByTestId('editor-title')).toHaveText('严某某导出测试')
  await page.getByTestId('back-to-list').click()
  await expect(page.getByTestId('matter-row')).toHaveCount(2)

  // a broken file: refused with a Chinese message, nothing imported
  const bad = join(testInfo.outputPath(), 'broken.bangxin.json')
  writeFileSync(bad, '{"formatVersion": 1, "matter": {"title": ""}}')
  await page.getByTestId('import-input').setInputFiles(bad)
  await expect(page.locator('.ant-message')).toContainText(/错误|无效|不能/)
  await expect(page.getByTestId('home')).toBeVisible()
  await expect(page.getByTestId('matter-row')).toHaveCount(2)
})

test('anonymised export replaces the names', async ({ page, host }, testInfo) => {
  await openApp(page, host)
  await createMatter(page, '严某某脱敏测试', '严某某')
  await expectSaved(page)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '脱敏导出' }).click()
  ])
  const file = testInfo.outputPath('anon.bangxin.json')
  await download.saveAs(file)
  const text = readFileSync(file, 'utf-8')
  expect(text).not.toContain('严某某')
  const doc = JSON.parse(text) as { defendants: { name: string }[] }
  expect(doc.defendants[0]?.name).toBeTruthy()
  await expect(page.locator('.ant-message')).toContainText('已导出脱敏文件')
})
