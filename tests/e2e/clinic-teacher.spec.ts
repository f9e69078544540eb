// Journeys of a clinic teacher: author an exercise from a stored matter with a twist, export it as a pack,
// import the pack back, collect a class's answers from answer files, and export a matter anonymised.
import { readFileSync } from 'node:fs'
import { test, expect, openApp } from './fixtures'
import { createMatter, selectOption } from './helpers'

test('a teacher authors an exercise from a matter, exports a pack and imports it back, then sees a class’s answers', async ({ page, host }) => {
  await openApp(page, host)
  await createMatter(page, '出租银行卡教学案', '严某某')
  await openApp(page, host, '#/clinic')

  // author: pick the matter, name the exercise, add a twist (若其另有代为取现行为) and try it
  await page.getByTestId('new-exercise').click()
  const form = page.getByTestId('author-form')
  await expect(form).toBeVisible()
  await selectOption(page, page.getByLabel('选择案件'), '出租银行卡教学案')
  await expect(page.getByTestId('author-narrative')).toContainText('银行账户')
  await page.getByLabel('练习名称').fill('第一课：出售银行账户')
  await page.getByLabel('作者').fill('王老师')
  await page.getByTestId('add-twist').click()
  await page.getByLabel('变化说明 1').fill('若其另有代为取现行为')
  await selectOption(page, page.getByLabel('事实 1-1', { exact: true }), '代为转账、套现、取现')
  await page.getByRole('radiogroup', { name: '事实 1-1的新值' }).getByText('是', { exact: true }).click()
  await page.getByTestId('try-twists').click()
  await expect(page.getByTestId('twist-outcomes')).toContainText('若其另有代为取现行为')
  await page.getByTestId('save-exercise').click()

  // the list shows it among 我的练习
  const list = page.getByTestId('exercise-list')
  await expect(list).toBeVisible()
  const row = list.locator('tr', { hasText: '第一课：出售银行账户' })
  await expect(row).toContainText('我的练习')
  await expect(row).toContainText('4 / 1')

  // export it as a pack (one file)
  await row.getByRole('checkbox').check()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-pack').click()])
  expect(download.suggestedFilename()).toMatch(/\.bangxin-pack\.json$/)
  const packText = readFileSync((await download.path())!, 'utf-8')
  const pack = JSON.parse(packText) as { kind: string; version: number; exercises: { id: string; title: string; author: string; twists: { label: string; patch: { path: string; value: unknown }[] }[] }[] }
  expect(pack.kind).toBe('bangxin-exercise-pack')
  expect(pack.exercises).toHaveLength(1)
  const ex = pack.exercises[0]!
  expect(ex).toMatchObject({ title: '第一课：出售银行账户', author: '王老师' })
  expect(ex.twists[0]).toMatchObject({ label: '若其另有代为取现行为', patch: [{ path: 'defendants.0.conduct.transferredForOthers', value: true }] })

  // delete it, import the pack: it is back, unchanged
  await row.getByRole('button', { name: '删除' }).click()
  await page.getByTestId('confirm-delete').click()
  await expect(list.locator('tr', { hasText: '第一课：出售银行账户' })).toHaveCount(0)
  await page.getByTestId('import-pack-input').setInputFiles({ name: 'lesson.bangxin-pack.json', mimeType: 'application/json', buffer: Buffer.from(packText) })
  await expect(list.locator('tr', { hasText: '第一课：出售银行账户' })).toHaveCount(1)

  // a damaged pack is refused with the field named, and changes nothing
  const broken = packText.replace('"title": "第一课：出售银行账户"', '"title": ""')
  await page.getByTestId('import-pack-input').setInputFiles({ name: 'broken.bangxin-pack.json', mimeType: 'application/json', buffer: Buffer.from(broken) })
  await expect(page.getByTestId('import-issues')).toContainText('exercises.0.title')
  await expect(list.locator('tr', { hasText: '我的练习' })).toHaveCount(1)

  // two students' answer files → the class table with a score per student
  const answer = (name: string, number: string, charge: string) => Buffer.from(JSON.stringify({
    kind: 'bangxin-answer', version: 1, exerciseId: ex.id, defendantId: 'd1', student: { name, number },
    elements: { knowledge: { status: 'met', reason: '法院已认定明知' } }, charge, seriousGrounds: ['interp2019-12-1-2'],
    sentence: { minMonths: 6, maxMonths: 12 }, submittedAt: '2026-11-22T10:00:00.000Z'
  }))
  await page.getByTestId(`answers-${ex.id}`).click()
  await expect(page.getByTestId('class-answers')).toBeVisible()
  await page.getByTestId('import-answers-input').setInputFiles([
    { name: '张同学.bangxin-answer.json', mimeType: 'application/json', buffer: answer('张同学', '2024001', 'art287-2') },
    { name: '李同学.bangxin-answer.json', mimeType: 'application/json', buffer: answer('李同学', '2024002', 'art312') }
  ])
  const table = page.getByTestId('answers-table')
  await expect(table.locator('tbody tr')).toHaveCount(2)
  const zhang = page.getByTestId('answer-row-张同学')
  const li = page.getByTestId('answer-row-李同学')
  await expect(zhang).toContainText('帮助信息网络犯罪活动罪')
  const scoreOf = async (r: typeof zhang) => Number(((await r.getByTestId('row-score').textContent()) ?? '').split('/')[0])
  // the only difference is the charge: 李同学 loses exactly the charge points
  expect((await scoreOf(zhang)) - (await scoreOf(li))).toBe(4)
  // the class's scores as a table for the gradebook
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-scores').click()])
  expect(csv.suggestedFilename()).toMatch(/成绩\.csv$/)
  const csvText = readFileSync((await csv.path())!, 'utf-8')
  expect(csvText.split('\r\n').filter(Boolean)).toHaveLength(3)
  expect(csvText).toContain('"张同学","2024001"')
  await li.click()
  await expect(page.locator('.ant-drawer').getByTestId('comparison-row-charge')).toHaveAttribute('data-verdict', 'disagree')
})

test('a matter is exported anonymised: names, case number and identifiers gone, facts kept', async ({ page, host }) => {
  await openApp(page, host)
  await createMatter(page, '严某某帮助信息网络犯罪活动案', '严某某')
  await openApp(page, host, '#/clinic')
  await page.getByTestId('anonymize-open').click()
  await selectOption(page, page.getByLabel('选择要脱敏的案件'), '严某某帮助信息网络犯罪活动案')
  await page.getByTestId('anonymize-preview').click()
  // the replacement list is shown for checking before anything is written
  await expect(page.getByTestId('anonymize-replacements')).toContainText('严某某')
  await expect(page.getByTestId('anonymize-replacements')).toContainText('甲')
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('anonymize-ok').click()])
  expect(download.suggestedFilename()).toBe('甲帮助信息网络犯罪活动案（脱敏）.bangxin.json')
  const text = readFileSync((await download.path())!, 'utf-8')
  expect(text).not.toContain('严某某')
  const doc = JSON.parse(text) as { matter: { caseNumber: unknown }; defendants: { name: string; amounts: { paymentSettlement: number } }[] }
  expect(doc.defendants[0]!.name).toBe('甲')
  expect(doc.defendants[0]!.amounts.paymentSettlement).toBe(1100000)
  expect(doc.matter.caseNumber ?? null).toBeNull()
})
