// Journeys inside the workspace: several defendants (add, reorder, remove), age at the act computed
// from the birth date, unknown shown differently from "no", and undo / redo from the keyboard.
import { test, expect, openApp } from './fixtures'
import { choose, createMatter, expectSaved, fill } from './helpers'

test('several defendants: add, reorder, remove; age computed from the birth date', async ({ page, host }) => {
  await openApp(page, host)
  await createMatter(page, '共同犯罪案', '严某某')
  await fill(page, '出生日期', '2004-12-15')
  await expect(page.getByTestId('computed-age')).toHaveText('按出生日期计算，行为时 15 周岁')
  await fill(page, '出生日期', '2002-10-31')
  await expect(page.getByTestId('computed-age')).toHaveText('按出生日期计算，行为时 18 周岁')

  await page.getByRole('button', { name: '添加被告人' }).click()
  await expect(page.getByTestId('defendant-tab-1')).toHaveText('被告人2')
  await fill(page, '姓名 / 名称', '李某')
  await expect(page.getByTestId('defendant-tab-1')).toHaveText('李某')
  // unknown is not "no"
  const student = page.getByRole('radiogroup', { name: '在校学生', exact: true })
  await expect(student.getByRole('radio', { name: '未知' })).toBeChecked()
  await expect(student).toHaveClass(/tri-unknown/)
  // from the keyboard: arrow keys move the choice
  await student.getByRole('radio', { name: '未知' }).focus()
  await page.keyboard.press('ArrowLeft')
  await expect(student.getByRole('radio', { name: '否' })).toBeChecked()
  await expect(student).not.toHaveClass(/tri-unknown/)
  await page.keyboard.press('ArrowLeft')
  await expect(student.getByRole('radio', { name: '是' })).toBeChecked()
  await choose(page, '在校学生', '否')

  await page.getByRole('button', { name: '左移' }).click()
  await expect(page.getByTestId('defendant-tab-0')).toHaveText('李某')
  await expect(page.getByTestId('defendant-tab-1')).toHaveText('严某某')
  await expect(page.getByTestId('analysis-panel')).toBeVisible()
  await expectSaved(page)

  await page.getByRole('tab', { name: '严某某' }).click()
  await expect(page.getByLabel('姓名 / 名称', { exact: true })).toHaveValue('严某某')
  await page.getByLabel('删除被告人 严某某').click()
  await expect(page.getByTestId('defendant-tab-1')).toHaveCount(0)
  await expect(page.getByTestId('defendant-tab-0')).toHaveText('李某')
  await expectSaved(page)
  await page.reload()
  await expect(page.getByTestId('defendant-tab-0')).toHaveText('李某')
  await expect(page.getByTestId('defendant-tab-1')).toHaveCount(0)
})

test('undo and redo from the keyboard', async ({ page, host }) => {
  await openApp(page, host)
  await createMatter(page, '撤销测试', '邬某')
  const gain = page.getByLabel('违法所得', { exact: true })
  await expect(gain).toHaveValue('46000')
  await gain.fill('50000')
  await expect(page.getByTestId('wan-defendants.0.amounts.illegalGain')).toHaveText('≈ 5 万元')
  await choose(page, '认罪认罚', '是')
  await page.locator('body').click({ position: { x: 5, y: 400 } })
  await page.keyboard.press('Control+z')
  await expect(page.getByRole('radiogroup', { name: '认罪认罚', exact: true }).getByRole('radio', { name: '未知' })).toBeChecked()
  await page.keyboard.press('Control+z')
  await expect(gain).toHaveValue('46000')
  await page.keyboard.press('Control+Shift+z')
  await expect(gain).toHaveValue('50000')
  await page.getByRole('button', { name: '重做' }).click()
  await expect(page.getByRole('radiogroup', { name: '认罪认罚', exact: true }).getByRole('radio', { name: '是' })).toBeChecked()
  await expectSaved(page)
})
