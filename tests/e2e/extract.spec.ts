// Journeys: paste an 起诉书 and accept (one corrected) the facts it states; type amounts and dates as people write
// them; bad input to the extractor (empty, 5 MB, binary) says so and changes nothing.
import JSZip from 'jszip'
import { test, expect, openApp } from './fixtures'
import { createMatter, expectSaved, field, fill } from './helpers'

const INDICTMENT = [
  '某某市某某区人民检察院',
  '起诉书',
  '被告人邬某某，男，2001年3月5日出生，某某大学在校学生。',
  '2021年3月至5月间，被告人邬某某将其本人名下的2张银行卡出售给他人，获取好处费共计人民币1,200元。经查，上述银行卡流入资金共计38万余元，其中经查证系诈骗资金4.2万元。',
  '被告人邬某某到案后如实供述，自愿认罪认罚。',
  '本院认为，被告人邬某某应当以帮助信息网络犯罪活动罪追究其刑事责任。'
].join('\n')

test('paste an 起诉书, correct one proposal, accept the rest', async ({ page, host }) => {
  await openApp(page, host)
  await createMatter(page, '提取测试')
  await page.getByTestId('extract-open').click()
  const dialog = page.getByRole('dialog', { name: '从起诉书、判决书等文书提取事实' })
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('文书正文').fill(INDICTMENT)
  await dialog.getByTestId('extract-run').click()

  const results = dialog.getByTestId('extract-results')
  await expect(results).toContainText('文书类型：起诉书')
  await expect(results).toContainText('找到 1 名被告人')
  const gain = results.locator('[data-path="amounts.illegalGain"]')
  await expect(gain.getByTestId('proposal-value')).toHaveText('1,200 元')
  await expect(gain.locator('mark')).toHaveText('人民币1,200元')
  const inflow = results.locator('[data-path="amounts.oneWayInflow"]')
  await expect(inflow).toContainText('取下限')
  // a correction is read by the same parser and shown before it is taken
  await inflow.getByLabel('更正为… 单向流入涉案账户金额').fill('39万')
  await expect(inflow).toContainText('→ 390,000 元（即 39万元）')
  // the placeholder defendant takes the name
  await expect(results.getByRole('checkbox', { name: '同时将姓名改为 邬某某' })).toBeChecked()
  await expect(results).toContainText('记入案件的指控信息：起诉书，帮助信息网络犯罪活动罪')
  await expect(results.getByTestId('extract-accusation')).toBeChecked()
  await expect(results.getByTestId('extract-facts')).toBeChecked()
  await dialog.getByTestId('extract-apply').click()
  await expect(dialog).toBeHidden()

  await expect(page.getByTestId('defendant-tab-0')).toHaveText('邬某某')
  await expect(field(page, '违法所得')).toHaveValue('1200')
  await expect(field(page, '单向流入涉案账户金额')).toHaveValue('390000')
  await expect(field(page, '其中经查证系涉诈资金')).toHaveValue('42000')
  await expect(field(page, '出生日期')).toHaveValue('2001-03-05')
  await expect(field(page, '行为起始日期')).toHaveValue('2021-03-01')
  await expect(page.getByRole('radiogroup', { name: '认罪认罚', exact: true }).getByRole('radio', { name: '是' })).toBeChecked()
  await expect(page.getByRole('radiogroup', { name: '自动投案', exact: true }).getByRole('radio', { name: '未知' })).toBeChecked()
  await page.getByTestId('matter-info').getByText('案件信息').click()
  await expect(page.getByRole('radiogroup', { name: '指控文书', exact: true }).getByRole('radio', { name: '起诉书' })).toBeChecked()
  await expect(page.getByRole('radiogroup', { name: '指控罪名', exact: true }).getByRole('radio', { name: '帮助信息网络犯罪活动罪' })).toBeChecked()
  await expect(field(page, '指控事实（原文）')).toHaveValue(INDICTMENT)
  await expectSaved(page)
  // one step to undo
  await page.getByRole('button', { name: '撤销' }).click()
  await expect(field(page, '违法所得')).toHaveValue('')
})

test('amounts and dates as people type them: the stored value is shown first', async ({ page, host }) => {
  await openApp(page, host)
  await createMatter(page, '输入测试')
  const fraud = field(page, '其中经查证系涉诈资金')
  await fraud.fill('4.2万')
  await expect(page.getByTestId('parsed-defendants.0.amounts.verifiedFraudFunds')).toHaveText('将记为 42,000 元（即 4.2万元）（按回车或离开此栏确认）')
  await fraud.press('Enter')
  await expect(page.getByTestId('wan-defendants.0.amounts.verifiedFraudFunds')).toHaveText('≈ 4.2 万元')
  await expect(fraud).toHaveValue('42000')

  const gain = field(page, '违法所得')
  await gain.fill('４２０００')
  await gain.blur()
  await expect(gain).toHaveValue('42000')
  await gain.fill('四万二千')
  await gain.press('Enter')
  await expect(gain).toHaveValue('42000')
  // what cannot be read is said, and nothing is changed
  await gain.fill('上万元')
  await expect(page.getByTestId('parse-error-defendants.0.amounts.illegalGain')).toContainText('无法识别的金额')
  await gain.blur()
  await expect(page.getByTestId('wan-defendants.0.amounts.illegalGain')).toHaveCount(0)

  const birth = field(page, '出生日期')
  await birth.fill('2001年3月5日')
  await expect(page.getByTestId('parsed-defendants.0.birthDate')).toContainText('2001-03-05')
  await birth.blur()
  await expect(birth).toHaveValue('2001-03-05')
  await expect(page.getByTestId('date-picker-defendants.0.birthDate')).toHaveValue('2001-03-05')
  // the calendar beside it sets the same field
  await page.getByTestId('date-picker-defendants.0.birthDate').fill('2002-04-06')
  await expect(birth).toHaveValue('2002-04-06')
  await fill(page, '行为起始日期', '20210305')
  await page.keyboard.press('Enter')
  await expect(field(page, '行为起始日期')).toHaveValue('2021-03-05')
})

test('bad input to the extractor: empty, 5 MB, binary — a message, nothing changed', async ({ page, host }) => {
  await openApp(page, host)
  await createMatter(page, '坏输入测试')
  await fill(page, '违法所得', '5000')
  await expectSaved(page)
  await page.getByTestId('extract-open').click()
  const dialog = page.getByRole('dialog', { name: '从起诉书、判决书等文书提取事实' })
  await dialog.getByTestId('extract-run').click()
  await expect(dialog.getByTestId('extract-error')).toContainText('文本为空')

  // a 5 MB paste is refused before it reaches the text box
  const box = dialog.getByLabel('文书正文')
  await box.evaluate((el) => {
    const data = new DataTransfer()
    data.setData('text/plain', '被告人王某出售银行卡。'.repeat(480_000))
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  })
  await expect(dialog.getByTestId('extract-error')).toContainText('文本过长')
  await expect(box).toHaveValue('')

  await dialog.getByTestId('extract-file').setInputFiles({ name: 'scan.txt', mimeType: 'text/plain', buffer: Buffer.from([0x50, 0x4b, 0, 0, 1, 2, 3, 0xff]) })
  await expect(dialog.getByTestId('extract-error')).toContainText('二进制')
  await dialog.getByTestId('extract-file').setInputFiles({ name: 'x.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') })
  await expect(dialog.getByTestId('extract-error')).toContainText('不支持 .pdf')
  await expect(dialog.getByTestId('extract-results')).toHaveCount(0)
  await dialog.getByRole('button', { name: '取 消' }).or(dialog.getByRole('button', { name: '取消' })).first().click()
  await expect(field(page, '违法所得')).toHaveValue('5000')
  await expect(page.getByTestId('defendant-tab-1')).toHaveCount(0)
})

test('open a .docx: its paragraphs are read and the facts proposed', async ({ page, host }) => {
  const zip = new JSZip()
  const body = INDICTMENT.split('\n').map((l) => `<w:p><w:r><w:t>${l}</w:t></w:r></w:p>`).join('')
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`)
  const buffer = Buffer.from(await zip.generateAsync({ type: 'uint8array' }))
  await openApp(page, host)
  await createMatter(page, '文件提取测试')
  await page.getByTestId('extract-open').click()
  const dialog = page.getByRole('dialog', { name: '从起诉书、判决书等文书提取事实' })
  await dialog.getByTestId('extract-file').setInputFiles({ name: '起诉书.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer })
  const results = dialog.getByTestId('extract-results')
  await expect(results).toContainText('文书类型：起诉书')
  await expect(results.locator('[data-path="amounts.verifiedFraudFunds"]').getByTestId('proposal-value')).toHaveText('42,000 元')
})
