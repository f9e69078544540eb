// Journey: a defence lawyer imports a bank statement (GBK, with a preamble) and the victims' list for a
// matter, sees the inflow and the matched victims with their rows, deducts one inflow with a reason,
// confirms the figures into the defendant, and finds them in the facts form and the analysis.
import { test, expect, openApp } from './fixtures'
import { createMatter, expectSaved, field, fill, selectOption } from './helpers'
import { encodeGbk } from '../../core/statements/encoding'
import { randomTxns, sampleBytes, type SampleTxn } from '../../core/statements/sample'
import { formatYuan } from '../../core/statements/values'

test('statements: import, match victims, deduct, confirm into the matter', async ({ page, host }) => {
  const txns = randomTxns(500, 42)
  const inflows = txns.filter((t) => t.dir === 'in')
  const inflowFen = inflows.reduce((s, t) => s + t.amountFen, 0)
  const v = inflows[3] as SampleTxn
  const victims = encodeGbk(['被害人,转账时间,金额,付款账号', `被害人甲,${v.time},${v.amountFen / 100},${v.cpAccount}`, `被害人乙,2020-01-01 10:00:00,88.00,6200000000000000001`].join('\r\n'))

  await openApp(page, host)
  await createMatter(page, '流水测试案')
  await fill(page, '姓名 / 名称', '王某')
  const before = await page.getByTestId('analysis-panel').innerText()
  await page.getByTestId('open-statements').click()
  await expect(page.getByTestId('statements-page')).toBeVisible()

  await page.getByTestId('statement-files').setInputFiles({ name: '王某银行流水.csv', mimeType: 'text/csv', buffer: Buffer.from(sampleBytes('bank', '6222020000001234', txns)) })
  await page.getByTestId('victims-file').setInputFiles({ name: '被害人.csv', mimeType: 'text/csv', buffer: Buffer.from(victims) })
  await page.getByTestId('statements-import').click()
  await expect(page.getByTestId('statements-summary')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId('statements-rows')).toHaveText('500')
  await expect(page.getByTestId('figure-inflow')).toHaveText(formatYuan(inflowFen))
  await expect(page.getByTestId('figure-verified')).toHaveText(formatYuan(v.amountFen))
  await expect(page.getByTestId('statements-victims')).toContainText('王某银行流水.csv 第')
  await expect(page.getByTestId('statements-victims')).toContainText('未匹配')

  // the matched row behind the verified figure
  await page.getByTestId('figure-rows-verified').click()
  await expect(page.getByTestId('statements-row')).toHaveCount(1)
  await expect(page.getByTestId('statements-row')).toContainText('被害人甲')

  // deduct the first inflow row with a reason
  await page.getByTestId('figure-rows-inflow').click()
  const firstIn = inflows[0] as SampleTxn
  await expect(page.getByTestId('statements-row').first()).toContainText(formatYuan(firstIn.amountFen))
  await page.getByTestId('row-deduct').first().click()
  await page.getByTestId('deduct-reason').fill('工资收入，有劳动合同')
  await page.getByRole('dialog').getByTestId('deduct-ok').click()
  await expect(page.getByTestId('figure-deductions')).toHaveText(formatYuan(firstIn.amountFen))

  // confirm inflow, verified funds and the deduction into 王某
  await page.getByRole('checkbox', { name: /^能说明合法来源的资金（扣除）/ }).check()
  await page.getByTestId('statements-confirm').click()
  await expect(page.getByText('已写入案件')).toBeVisible()

  await page.getByTestId('statements-back').click()
  await expect(page.getByTestId('editor')).toBeVisible()
  await expect(field(page, '单向流入涉案账户金额')).toHaveValue(new RegExp((inflowFen / 100).toFixed(2).replace(/\d(?=(\d{3})+\.)/g, '$&,?').replace('.', '\\.')))
  await expect(field(page, '其中经查证系涉诈资金')).toHaveValue(new RegExp(String(v.amountFen / 100).replace('.', '\\.')))
  await expect.poll(async () => page.getByTestId('analysis-panel').innerText()).not.toBe(before)

  // the 辩护意见书 carries the 流水分析附表, from the figures confirmed into the matter
  await expectSaved(page)
  await page.getByRole('button', { name: '文书' }).click()
  const preview = page.getByTestId('memo-preview')
  await expect(preview).toBeVisible()
  await page.getByRole('radiogroup', { name: '文书类型' }).getByText('辩护意见').click()
  await expect(preview.locator('.memo-appendix').first()).toContainText('流水分析附表')
  await expect(preview.locator('.memo-appendix').first()).toContainText('王某银行流水.csv')
})

test('statements: an unknown layout is mapped once, and the mapping is offered again', async ({ page, host }) => {
  await openApp(page, host)
  await createMatter(page, '未知格式流水案')
  await page.getByTestId('open-statements').click()
  const csv = 'when,value,who\r\n2024-01-01 10:00:00,100.50,甲\r\n2024-01-02 11:00:00,-20.25,乙\r\n'
  await page.getByTestId('statement-files').setInputFiles({ name: 'odd.csv', mimeType: 'text/csv', buffer: Buffer.from(encodeGbk(csv)) })
  await page.getByTestId('statements-import').click()
  await expect(page.getByTestId('statements-error')).toContainText('未找到表头')
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('列映射：odd.csv')
  for (const [field, col] of [['dateTime', '第 1 列 when'], ['amount', '第 2 列 value'], ['counterpartyName', '第 3 列 who']] as const) {
    await selectOption(page, dialog.getByTestId(`mapping-${field}`), col)
  }
  await dialog.getByTestId('mapping-ok').click()
  await expect(page.getByTestId('figure-inflow')).toHaveText('100.50')
  await expect(page.getByTestId('figure-outflow')).toHaveText('20.25')
  await expect(page.getByTestId('statements-mapping')).toContainText('列映射：odd')
})
