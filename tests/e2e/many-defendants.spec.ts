// Journey: a matter of 50 defendants (a generated matter file, imported like any other) opens with every defendant in
// the overview; typing an amount for the 50th changes the 50th defendant's analysis and no one else's; a 51st
// defendant can still be added. (The keystroke latency itself is measured by `npm run bench`, row ui-keystroke.)
import { emptyDefendant, FORMAT_VERSION, type Defendant, type MatterDocument } from '../../core/matter/schema'
import { test, expect, openApp } from './fixtures'
import { headline } from './helpers'

/** 50 defendants who sold their own bank cards; 违法所得 unknown, flows below every threshold: no conclusion yet. */
function fiftyDefendants(): MatterDocument {
  const defendants: Defendant[] = Array.from({ length: 50 }, (_x, i) => {
    const d = emptyDefendant(`d${i + 1}`, `被告人${i + 1}`)
    return {
      ...d,
      birthDate: '2001-05-03',
      actPeriod: { from: '2021-08-01', to: '2021-10-01' },
      conduct: { ...d.conduct, cards: [{ kind: 'bankCard', count: 2, owner: 'self', dealing: 'sell' }] },
      knowledge: { admitted: null, indicators: ['abnormalPriceOrMethod'], counterEvidence: null, knewProceeds: false, finding: null },
      amounts: { ...d.amounts, paymentSettlement: 20_000, oneWayInflow: 20_000, illegalGain: null },
      helped: { objectCount: 1, crimeType: 'fraud', crimeEstablished: 'yes', consequence: 'none' }
    }
  })
  return {
    formatVersion: FORMAT_VERSION,
    matter: {
      title: '五十名被告人测试案', caseNumber: null, stage: 'prosecution', perspective: 'defense', asOf: '2026-01-15', authority: null,
      counsel: null, notes: null, province: null, accusation: null
    },
    defendants
  }
}

test('50 defendants: typing for the 50th changes the 50th analysis only', async ({ page, host }) => {
  test.setTimeout(150_000)
  await openApp(page, host)
  await page.getByTestId('import-input').setInputFiles({
    name: 'fifty.bangxin.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(fiftyDefendants()))
  })
  await expect(page.getByTestId('editor-title')).toHaveText('五十名被告人测试案', { timeout: 30_000 })
  await expect(headline(page)).toHaveAttribute('data-charge', 'none')

  const overview = page.getByTestId('defendants-overview')
  await expect(overview).toContainText('（50）')
  await overview.getByText('被告人一览').click()
  await overview.locator('.ant-pagination-item-3').click()
  await overview.locator('tbody tr', { hasText: '被告人50' }).click()
  await expect(page.getByTestId('defendant-form-49')).toBeVisible()
  await expect(page.getByRole('tab', { selected: true })).toContainText('被告人50')

  await page.getByTestId('defendant-form-49').getByLabel('违法所得', { exact: true }).fill('12000')
  await expect(headline(page)).toHaveAttribute('data-charge', 'art287-2')
  await expect(page.getByTestId('serious-line')).toHaveAttribute('data-met', 'true')
  await expect(overview.locator('tbody tr', { hasText: '被告人50' })).toContainText('1.2 万元')

  // the first defendant's analysis is unchanged
  await overview.locator('.ant-pagination-item-1').click()
  await overview.locator('tbody tr', { hasText: /^被告人1(?!\d)/ }).click()
  await expect(page.getByTestId('defendant-form-0')).toBeVisible()
  await expect(page.getByTestId('defendant-form-0').getByLabel('违法所得', { exact: true })).toHaveValue('')
  await expect(headline(page)).toHaveAttribute('data-charge', 'none')

  // a 51st defendant: its form opens, the overview counts it
  await page.getByRole('button', { name: '添加被告人' }).click()
  await expect(page.getByTestId('defendant-form-50')).toBeVisible()
  await expect(overview).toContainText('（51）')
})
