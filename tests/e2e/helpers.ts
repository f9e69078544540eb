// Small user-level actions shared by the journeys: they act through labels and roles, like a user.
import { expect, type Locator, type Page } from '@playwright/test'

export async function createMatter(page: Page, title: string, exampleTitle?: string): Promise<void> {
  await page.getByTestId('new-matter').click()
  const modal = page.getByRole('dialog', { name: '新建案件' })
  await expect(modal).toBeVisible()
  // the dialog is ready when its opening animation has ended: the app then puts the focus in the name field. A click
  // during the animation falls on a dialog that does not take pointer events yet (antd's zoom-in), and is lost.
  await expect(modal.getByLabel('案件名称')).toBeFocused()
  if (exampleTitle) {
    await modal.getByText('从公开案例创建').click()
    await expect(modal.getByRole('radio', { name: '从公开案例创建' })).toBeChecked()
    await modal.getByLabel('选择公开案例').click()
    await page.keyboard.type(exampleTitle)
    await page.keyboard.press('Enter')
  }
  await modal.getByLabel('案件名称').fill(title)
  await modal.getByTestId('create-ok').click()
  await expect(page.getByTestId('editor')).toBeVisible()
}

export const field = (page: Page, label: string): Locator => page.getByLabel(label, { exact: true })

export async function fill(page: Page, label: string, value: string): Promise<void> {
  const f = field(page, label)
  await f.fill(value)
}

/** Choose an option of a 是/否/未知 (or other small choice) group by its label. */
export async function choose(page: Page, group: string, option: string): Promise<void> {
  const g = page.getByRole('radiogroup', { name: group, exact: true })
  await g.getByText(option, { exact: true }).click()
  await expect(g.getByRole('radio', { name: option, exact: true })).toBeChecked()
}

export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 })
}

/** Pick an option of an antd Select (combobox) by typing its text. */
export async function selectOption(page: Page, combo: Locator, text: string): Promise<void> {
  await combo.click()
  await page.keyboard.type(text)
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option-active', { hasText: text })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0)
}

export const headline = (page: Page): Locator => page.getByTestId('analysis-headline')
