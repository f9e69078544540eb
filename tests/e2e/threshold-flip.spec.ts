// Journey: a prosecutor enters a technical-support case and moves the illegal gain across the
// 违法所得一万元 threshold (法释〔2019〕15号 第十二条第一款第（四）项): the conclusion flips, and the gauge
// shows the distance to the threshold; exactly 10,000 元 reaches it (以上 includes the number).
import { test, expect, openApp } from './fixtures'
import { choose, createMatter, expectSaved, fill, headline } from './helpers'

test('moving one amount across a threshold flips the conclusion', async ({ page, host }) => {
  await openApp(page, host)
  await createMatter(page, '张某提供服务器托管案')
  await page.getByTestId('matter-info').getByText('案件信息').click()
  await fill(page, '适用法律日期', '2020-12-01')
  await fill(page, '姓名 / 名称', '张某')
  await fill(page, '行为起始日期', '2020-03-01')
  await fill(page, '行为终止日期', '2020-05-01')
  await page.getByRole('group', { name: '技术支持类型' }).getByText('服务器托管').click()
  await choose(page, '供述明知', '是')
  await fill(page, '被帮助对象数量', '1')
  await choose(page, '被帮助犯罪类型', '电信网络诈骗')
  await choose(page, '被帮助犯罪是否查实', '已查实')
  await choose(page, '危害后果', '无严重后果')
  await choose(page, '二年内因相关行为受过行政处罚', '否')
  await fill(page, '支付结算金额', '0')
  await fill(page, '以投放广告等方式提供资金', '0')

  await fill(page, '违法所得', '12000')
  await expect(headline(page)).toHaveAttribute('data-charge', 'art287-2')
  await expect(headline(page)).toContainText('帮助信息网络犯罪活动罪')
  const gauge = page.locator('[data-testid="gauge"][data-ground="interp2019-12-1-4"]')
  await expect(gauge).toHaveAttribute('data-reached', 'true')
  await expect(page.getByTestId('serious-basis').locator('[data-ground="interp2019-12-1-4"]')).toBeVisible()

  // below the threshold: no 情节严重, no offence
  await fill(page, '违法所得', '8000')
  await expect(headline(page)).toHaveAttribute('data-charge', 'none')
  await expect(headline(page)).not.toContainText('帮助信息网络犯罪活动罪')
  await expect(page.getByTestId('serious-line')).toContainText('未达到')
  await expect(gauge).toHaveAttribute('data-reached', 'false')
  await expect(gauge).toContainText('距标准还差 0.2 万元')
  await expect(page.getByTestId('sentencing')).toContainText('不作量刑估算')

  // exactly at the threshold counts (以上 includes the number)
  await fill(page, '违法所得', '10000')
  await expect(headline(page)).toHaveAttribute('data-charge', 'art287-2')
  await expect(gauge).toHaveAttribute('data-reached', 'true')
  await expectSaved(page)
})
