// Journey: duplicate a matter, move it to the trash and restore it, and go back to an earlier version.
import { test, expect, openApp } from './fixtures'
import { createMatter, expectSaved, fill } from './helpers'

test('duplicate, trash and restore a matter', async ({ page, host }) => {
  await openApp(page, host)
  await createMatter(page, '原案', '严某某')
  await page.getByTestId('back-to-list').click()
  await page.getByRole('button', { name: '复制 原案' }).click()
  await expect(page.getByTestId('matter-row')).toHaveCount(2)

  // delete asks first: cancelling keeps the matter
  await page.getByRole('button', { name: '移入回收站 原案', exact: true }).click()
  const confirm = page.getByRole('tooltip').filter({ hasText: '将“原案”移入回收站？可在回收站恢复。' })
  await expect(confirm).toBeVisible()
  await confirm.getByRole('button', { name: '取消', exact: true }).click()
  await expect(confirm).toBeHidden()
  await expect(page.getByTestId('matter-row')).toHaveCount(2)
  await page.getByRole('button', { name: '移入回收站 原案', exact: true }).click()
  await confirm.getByTestId('confirm-trash').click()
  await expect(page.locator('.ant-message')).toContainText('已移入回收站')
  await expect(page.getByTestId('matter-row')).toHaveCount(1)

  await page.getByText('回收站', { exact: true }).click()
  await expect(page.getByTestId('matter-row')).toHaveCount(1)
  await page.getByRole('button', { name: '恢复' }).click()
  await expect(page.getByTestId('matter-row')).toHaveCount(0)
  await page.getByText('案件列表', { exact: true }).click()
  await expect(page.getByTestId('matter-row')).toHaveCount(2)
})

test('restore an earlier version of a matter', async ({ page, host }) => {
  await openApp(page, host)
  await createMatter(page, '版本测试', '邬某')
  await fill(page, '违法所得', '46000')
  await expectSaved(page)
  await fill(page, '违法所得', '99000')
  await expectSaved(page)
  await page.getByRole('button', { name: '历史版本' }).click()
  const dialog = page.getByRole('dialog', { name: '历史版本' })
  await expect(dialog.getByTestId('version-item').first()).toBeVisible()
  // versions are named by what changed; edits made while typing are one version
  await expect(dialog.getByTestId('version-item')).toHaveCount(2)
  await expect(dialog.getByTestId('version-item').first()).toContainText('编辑 · 修改：邬某：涉案金额')
  await expect(dialog.getByTestId('version-item').last()).toContainText('新建')
  // the oldest version is the one created from the published case (违法所得 46000 is its own figure)
  await dialog.getByTestId('version-item').last().getByRole('button', { name: '恢复此版本' }).click()
  await expect(page.getByLabel('违法所得', { exact: true })).toHaveValue('46000')
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
})
