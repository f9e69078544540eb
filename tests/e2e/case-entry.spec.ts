// Journey: a lawyer creates a blank matter and enters a published case (福建仙游 严某某, cn-xianyou-yan)
// through the form; the live analysis shows the court's charge and the 情节严重 grounds the court used.
import { test, expect, openApp } from './fixtures'
import { choose, createMatter, expectSaved, fill, headline, selectOption } from './helpers'

test('enter the facts of a published case through the form and see the court’s charge and grounds', async ({ page, host }) => {
  await openApp(page, host)
  await createMatter(page, '严某某帮助信息网络犯罪活动案')

  // matter information
  await page.getByTestId('matter-info').getByText('案件信息').click()
  await choose(page, '诉讼阶段', '一审')
  await fill(page, '适用法律日期', '2022-07-01')
  await fill(page, '办案机关', '福建省仙游县人民法院')

  // identity and act period
  await fill(page, '姓名 / 名称', '严某某')
  await fill(page, '行为起始日期', '2020-11-01')
  await fill(page, '行为终止日期', '2020-12-01')

  // cards: 5 own bank accounts sold, and own phone cards (number not stated)
  await page.getByRole('button', { name: '添加一行' }).click()
  await selectOption(page, page.getByLabel('种类 1'), '银行账户')
  await page.getByLabel('数量 1').fill('5')
  await selectOption(page, page.getByLabel('归属 1'), '本人')
  await selectOption(page, page.getByLabel('方式 1'), '出售')
  await page.getByRole('button', { name: '添加一行' }).click()
  await selectOption(page, page.getByLabel('种类 2'), '手机卡')
  await selectOption(page, page.getByLabel('归属 2'), '本人')
  await selectOption(page, page.getByLabel('方式 2'), '出售')

  // conduct the source excludes
  await choose(page, '广告推广', '否')
  await choose(page, '支付结算（代收代付、跑分、资金通道）', '否')
  await choose(page, '代为转账、套现、取现', '否')
  await choose(page, '为配合转账套现取现提供刷脸等验证', '否')
  await choose(page, '与被帮助者事先通谋', '否')

  // knowledge as found by the court, amounts and helped objects
  await choose(page, '明知的认定', '已认定明知')
  await fill(page, '支付结算金额', '1100000')
  await expect(page.getByTestId('wan-defendants.0.amounts.paymentSettlement')).toHaveText('≈ 110 万元')
  await fill(page, '其中经查证系涉诈资金', '20000')
  await fill(page, '被帮助对象数量', '3')
  await choose(page, '被帮助犯罪类型', '电信网络诈骗')
  await choose(page, '被帮助犯罪是否查实', '已查实')

  // what the court decided: 帮信罪, 情节严重 for 支付结算金额二十万元以上
  await expect(headline(page)).toContainText('帮助信息网络犯罪活动罪')
  await expect(headline(page)).toHaveAttribute('data-charge', 'art287-2')
  await expect(page.getByTestId('serious-line')).toContainText('已达到')
  const grounds = page.getByTestId('serious-basis')
  await expect(grounds.locator('[data-ground="interp2019-12-1-2"]')).toBeVisible()
  await expect(grounds).toContainText('支付结算')
  await expect(grounds.getByTestId('citation').first()).toContainText('法释〔2019〕15号')
  // the regime is stated plainly
  await expect(page.getByTestId('regime-used')).toContainText('从旧')
  // the element checklist shows 明知 met
  await expect(page.getByTestId('elements').locator('[data-status="met"]').first()).toBeVisible()

  // which engine and law library, as of which date
  await expect(page.getByTestId('analysis-meta')).toContainText('适用法律日期 2022-07-01')
  await expect(page.getByTestId('analysis-meta')).toContainText('法律库')

  await expectSaved(page)
  await expect(page.getByTestId('issue-summary')).toHaveCount(0)
})
