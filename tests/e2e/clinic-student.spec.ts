// Journey: a student opens a bundled exercise (福建仙游 严某某, cn-xianyou-yan), decides the elements with
// reasons, picks the charge, the 情节严重 ground and a sentence range, submits, and sees the comparison
// with the analysis (verdicts, deciding clauses), the score, what the court decided, and exports the answer file
// and the worksheet memo with the graded answer.
import { readFileSync } from 'node:fs'
import JSZip from 'jszip'
import { test, expect, openApp } from './fixtures'
import { selectOption } from './helpers'

const EX = 'case-cn-xianyou-yan'

test('a student completes an exercise and sees the comparison with the analysis', async ({ page, host }) => {
  await openApp(page, host, '#/clinic')
  await expect(page.getByTestId('exercise-list')).toBeVisible()
  await page.getByTestId(`open-exercise-${EX}`).click()

  const sheet = page.getByTestId('worksheet')
  await expect(sheet).toHaveAttribute('data-exercise', EX)
  await expect(page.getByTestId('narrative')).toContainText('银行账户')
  // the answer is hidden until the student submits: no excerpt of the judgment, no results
  await expect(page.getByTestId('source')).not.toContainText('来源摘录')
  await expect(page.getByTestId('results')).toHaveCount(0)

  // submitting without a name says what is missing and keeps the answers
  await page.getByTestId('submit-answer').click()
  await expect(page.getByTestId('answer-problems')).toContainText('姓名')

  await page.getByLabel('学生姓名').fill('张同学')
  await page.getByLabel('学号').fill('2024001')
  // leaving the worksheet keeps what was written
  await page.getByRole('button', { name: '返回练习列表' }).click()
  await page.getByTestId(`open-exercise-${EX}`).click()
  await expect(page.getByLabel('学生姓名')).toHaveValue('张同学')
  const decide = async (element: string, option: string, reason: string) => {
    const g = page.getByRole('radiogroup', { name: element, exact: true })
    await g.getByText(option, { exact: true }).click()
    await page.getByLabel(`${element}的理由`, { exact: true }).fill(reason)
  }
  await decide('主体', '具备', '成年人，具有刑事责任能力')
  await decide('明知', '具备', '法院已认定其明知他人利用网络犯罪')
  await decide('被帮助者利用信息网络实施犯罪', '具备', '被帮助的诈骗犯罪已经查实')
  await decide('帮助行为', '具备', '出售本人银行账户和电话卡')
  await decide('情节严重', '不具备', '我认为数额不够')
  await selectOption(page, page.getByLabel('罪名', { exact: true }), '帮助信息网络犯罪活动罪')
  await page.getByTestId('ground-interp2019-12-1-2').click()
  await page.getByLabel('刑期下限（月）').fill('6')
  await page.getByLabel('刑期上限（月）').fill('10')
  await page.getByLabel('思考题：若其在提供银行卡后，另明知是犯罪所得而代为转账、取现').fill('应认定掩饰、隐瞒犯罪所得罪')
  await page.getByTestId('submit-answer').click()

  // the comparison, row by row
  const cmp = page.getByTestId('comparison')
  await expect(cmp).toBeVisible()
  await expect(page.getByTestId('comparison-row-charge')).toHaveAttribute('data-verdict', 'agree')
  await expect(page.getByTestId('comparison-row-charge').getByTestId('court-same')).toBeVisible()
  await expect(page.getByTestId('comparison-row-element-subject')).toHaveAttribute('data-verdict', 'agree')
  // the student said 情节严重 is not met; the analysis (with the court) finds it met on 支付结算金额
  await expect(page.getByTestId('comparison-row-element-seriousCircumstances')).toHaveAttribute('data-verdict', 'disagree')
  // the ground the court named is among the analysis' grounds (the analysis may name more)
  await expect(page.getByTestId('comparison-row-seriousGrounds')).toHaveAttribute('data-verdict', /^(agree|partial)$/)
  await expect(page.getByTestId('comparison-row-seriousGrounds')).toContainText('支付结算金额二十万元以上')
  // every disagreement names the deciding clause
  await expect(page.getByTestId('comparison-row-element-seriousCircumstances').getByTestId('citation').first()).toBeVisible()
  await expect(page.getByTestId('comparison-row-charge').getByTestId('citation').first()).toContainText('刑法')

  // the score by the published rubric: everything but the status of one element
  const score = page.getByTestId('score')
  await expect(score).toBeVisible()
  const total = Number(await score.getAttribute('data-total'))
  const max = Number(await score.getAttribute('data-max'))
  expect(max).toBeGreaterThan(20)
  expect(total).toBeLessThan(max)
  await expect(page.getByTestId('score-total')).toHaveText(String(total))

  // what the court decided, the source excerpt now shown, and the twists re-run
  await expect(page.getByTestId('actual-outcome')).toContainText('有期徒刑8个月')
  await expect(page.getByTestId('source')).toContainText('来源摘录')
  await expect(page.getByTestId('twist-outcomes')).toBeVisible()
  await expect(page.getByTestId('twist-tw-withdraw')).toContainText('代为转账')

  // the answer file for the teacher
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-answer').click()])
  expect(download.suggestedFilename()).toMatch(/张同学\.bangxin-answer\.json$/)
  const answer = JSON.parse(readFileSync((await download.path())!, 'utf-8')) as Record<string, unknown>
  expect(answer).toMatchObject({ kind: 'bangxin-answer', exerciseId: EX, charge: 'art287-2', seriousGrounds: ['interp2019-12-1-2'], sentence: { minMonths: 6, maxMonths: 10 } })
  expect((answer.student as { name: string }).name).toBe('张同学')
  expect(answer.openAnswers).toEqual({ 'twist:tw-withdraw': '应认定掩饰、隐瞒犯罪所得罪' })

  // the worksheet memo carries the student's answers, the verdicts and the score beside the answer key
  const [memo] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-worksheet').click()])
  expect(memo.suggestedFilename()).toMatch(/-教学练习-张同学\.docx$/)
  const zip = await JSZip.loadAsync(readFileSync((await memo.path())!))
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
  expect(text).toContain('学生作答与评分')
  expect(text).toContain('答题人：张同学（学号：2024001）')
  expect(text).toContain('我认为数额不够')
  expect(text).toContain('学生回答：应认定掩饰、隐瞒犯罪所得罪。')
  expect(text).toContain(`得分：${total}分 / 满分${max}分`)
  expect(text).toContain('参考答案')
})
