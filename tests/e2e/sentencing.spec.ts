// Journey: a defence lawyer records a truthful confession (坦白), sees the adjustment with its legal
// range, moves the slider from the keyboard (held inside −20%…0%), sees the estimate change, and
// finds the what-if kept after a reload.
import { test, expect, openApp } from './fixtures'
import { choose, createMatter, expectSaved, headline } from './helpers'

test('a sentencing slider stays inside its legal range and moves the estimate', async ({ page, host }) => {
  await openApp(page, host)
  await createMatter(page, '邬某量刑测试', '邬某')
  await expect(headline(page)).toHaveAttribute('data-charge', 'art287-2')
  await choose(page, '如实供述', '是')

  const adj = page.getByTestId('adjustment-confession')
  await expect(adj).toBeVisible()
  await expect(adj).toContainText('坦白')
  await expect(adj).toContainText('-20% ~ 0%')
  const range = page.getByTestId('sentence-range')
  const maxBefore = Number(await range.getAttribute('data-max'))

  const slider = adj.getByRole('slider')
  await slider.focus()
  await page.keyboard.press('Home')
  await expect(page.getByTestId('adjustment-value-confession')).toHaveText('-20%')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('PageDown')
  // never beyond the legal range
  await expect(page.getByTestId('adjustment-value-confession')).toHaveText('-20%')
  await expect(adj.getByRole('button', { name: '恢复默认' })).toBeVisible()
  await expect.poll(async () => Number(await range.getAttribute('data-max'))).toBeLessThan(maxBefore)

  await page.keyboard.press('End')
  await expect(page.getByTestId('adjustment-value-confession')).toHaveText('0%')
  await expect.poll(async () => Number(await range.getAttribute('data-max'))).toBeGreaterThan(maxBefore)

  await page.keyboard.press('Home')
  await expect(page.getByTestId('adjustment-value-confession')).toHaveText('-20%')
  await expectSaved(page)
  await page.reload()
  await expect(page.getByTestId('adjustment-value-confession')).toHaveText('-20%')

  // reset returns to the engine's own value
  await page.getByTestId('adjustment-confession').getByRole('button', { name: '恢复默认' }).click()
  await expect(page.getByTestId('adjustment-value-confession')).toHaveText('-10%')

  // a what-if: a plea agreement the facts do not record, added for a trial calculation
  await page.getByTestId('what-if').getByRole('button', { name: '认罪认罚' }).click()
  const plea = page.getByTestId('adjustment-plea')
  await expect(plea).toBeVisible()
  await expect(plea).toContainText('假设成立')
  await expect(plea.getByRole('button', { name: '恢复默认' })).toBeVisible()
  await plea.getByRole('button', { name: '恢复默认' }).click()
  await expect(plea).toHaveCount(0)
})
