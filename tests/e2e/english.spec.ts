// English complete where English is chosen: with the interface in English, every visible piece of Chinese text
// (a text node, or an aria-label / placeholder / title) sits inside an element marked lang="zh-*" — the engine's
// reasons, quoted clauses, party names, the matter's own text, the memos, exercise texts written in Chinese —
// and all the chrome around it is English. Checked on the home page, the editor (analysis panel, defendants
// overview), the memo drawer, the clinic (teacher list, a worksheet as a student), the statements page and the
// settings. In Chinese, the chrome carries no English-only heading or button.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { defaultSettings } from '../../core/settings'
import { test, expect, openApp, type Host } from './fixtures'
import { createMatter } from './helpers'

const useLanguage = (host: Host, language: 'zh' | 'en') =>
  writeFileSync(join(host.dataDir, 'settings.json'), JSON.stringify({ ...defaultSettings, language }))

/**
 * Visible text in the wrong language: with `lang` 'en', every text node with Chinese characters that has no
 * ancestor marked lang="zh…", and every aria-label, placeholder or title that is Chinese with no English word; with `lang` 'zh', the text of headings,
 * buttons, table headers and labels that is English-only (Latin letters and no Chinese) and not marked
 * lang="en" — names of files and formats (.docx, CSV) are allowed.
 */
async function offenders(page: Page, lang: 'zh' | 'en'): Promise<string[]> {
  return page.evaluate((lang) => {
    const CJK = /[\u3400-\u9fff]/
    const visible = (el: Element): boolean => {
      const r = el.getBoundingClientRect()
      if (r.width === 0 && r.height === 0) return false
      return el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })
    }
    const path = (el: Element): string => {
      const parts: string[] = []
      for (let e: Element | null = el; e && parts.length < 4; e = e.parentElement) {
        const id = e.getAttribute('data-testid')
        parts.unshift(id ? `[data-testid=${id}]` : e.tagName.toLowerCase() + (e.classList[0] ? '.' + e.classList[0] : ''))
        if (id) break
      }
      return parts.join(' > ')
    }
    const out = new Set<string>()
    if (lang === 'en') {
      const marked = (el: Element) => el.closest('[lang^="zh"]') !== null
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? ''
        const el = n.parentElement
        if (!el || !CJK.test(text) || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName)) continue
        if (!visible(el) || marked(el)) continue
        out.add(`“${text.trim().slice(0, 60)}” in ${path(el)}`)
      }
      for (const el of document.body.querySelectorAll('[aria-label], [placeholder], [title]')) {
        if (!visible(el) || marked(el)) continue
        for (const a of ['aria-label', 'placeholder', 'title']) {
          const v = el.getAttribute(a)
          // a name that interpolates Chinese data into English words (“Open 王某案”) is fine; one with no English is not
          if (v && CJK.test(v) && !/[A-Za-z]{2,}/.test(v)) out.add(`${a}=“${v.slice(0, 60)}” on ${path(el)}`)
        }
      }
    } else {
      const chrome = 'h1, h2, h3, h4, h5, button, th, label, .ant-tabs-tab, .ant-menu-item, .ant-collapse-header, .ant-modal-title, .ant-drawer-title'
      for (const el of document.body.querySelectorAll(chrome)) {
        const text = (el as HTMLElement).innerText?.trim() ?? ''
        if (!text || !visible(el) || CJK.test(text) || !/[A-Za-z]{3,}/.test(text)) continue
        if (el.closest('[lang^="en"]:not(html)')) continue
        if (/^[\w .-]*\.(docx|json|csv|xlsx?|pdf)\b|^(CSV|Excel|JSON|PDF|English|Word)$/i.test(text)) continue
        out.add(`“${text.slice(0, 60)}” in ${path(el)}`)
      }
    }
    return [...out]
  }, lang)
}

async function collect(page: Page, found: Record<string, string[]>, name: string, lang: 'zh' | 'en'): Promise<void> {
  const list = await offenders(page, lang)
  if (list.length) found[name] = list
}

const report = (found: Record<string, string[]>): string =>
  Object.entries(found).map(([page, list]) => `${page}:\n  ${list.join('\n  ')}`).join('\n')

test('English: all the chrome is English; the Chinese shown is marked lang="zh-CN"', async ({ page, host }) => {
  test.setTimeout(240_000)
  // a matter with two defendants (the overview), made in Chinese, then the interface switched to English
  await openApp(page, host)
  await createMatter(page, '王某、张某掩隐案', '王某等人掩饰')
  await expect(page.getByTestId('analysis-headline')).toBeVisible()
  useLanguage(host, 'en')
  const found: Record<string, string[]> = {}

  await openApp(page, host)
  await expect(page.getByRole('button', { name: 'New matter' })).toBeVisible()
  await expect(page.getByTestId('matter-link').first()).toBeVisible()
  await collect(page, found, 'home', 'en')

  await page.getByTestId('new-matter').click()
  const modal = page.getByRole('dialog')
  await expect(modal).toBeVisible()
  await modal.getByText('Published case', { exact: true }).click()
  await collect(page, found, 'new-matter dialog', 'en')
  await page.keyboard.press('Escape')
  await expect(modal).toBeHidden()

  await page.getByTestId('matter-link').first().click()
  await expect(page.getByTestId('analysis-headline')).toBeVisible()
  const overview = page.getByTestId('defendants-overview')
  await overview.locator('.ant-collapse-header').click()
  await expect(overview.locator('tbody tr')).toHaveCount(2)
  // the English interface says once, where the analysis is, that legal reasoning and clauses are in Chinese
  await expect(page.getByTestId('legal-text-note')).toHaveCount(1)
  await expect(page.getByTestId('legal-text-note')).toContainText('Chinese')
  await collect(page, found, 'editor', 'en')

  // a link between the two defendants: the form's relation table, the overview's phrase and the panel's card
  await overview.locator('tbody tr').nth(1).click()
  await page.getByTestId('relations-add').click()
  await expect(page.getByTestId('co-defendants')).toBeVisible()
  await expect(overview.locator('tbody tr').nth(1)).toContainText('recruited by')
  await collect(page, found, 'editor with a co-defendant link', 'en')

  await page.getByTestId('extract-open').click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await collect(page, found, 'extract dialog', 'en')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()

  await page.getByTestId('memo-open').click()
  await expect(page.getByTestId('memo-preview')).toBeVisible()
  await collect(page, found, 'memo drawer', 'en')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('memo-preview')).toBeHidden()

  await page.getByTestId('open-statements').click()
  await expect(page.getByTestId('statements-page')).toBeVisible()
  await collect(page, found, 'statements', 'en')

  await openApp(page, host, '#/clinic')
  await expect(page.getByTestId('exercise-list')).toBeVisible()
  await collect(page, found, 'clinic list', 'en')
  await page.getByTestId('new-exercise').click()
  await expect(page.getByTestId('author-form')).toBeVisible()
  await collect(page, found, 'clinic author', 'en')

  await page.getByTestId('author-form').getByRole('button', { name: 'Back to exercises' }).click()
  await page.getByTestId('open-exercise-case-cn-xianyou-yan').click()
  await expect(page.getByTestId('worksheet')).toBeVisible()
  await page.getByTestId('submit-answer').click()
  await expect(page.getByTestId('answer-problems')).toBeVisible()
  await collect(page, found, 'worksheet', 'en')
  // submitted with a name only: the comparison with the analysis, the score and the twists
  await page.getByLabel('Student name').fill('Zhang')
  await page.getByTestId('submit-answer').click()
  await expect(page.getByTestId('results')).toBeVisible()
  await expect(page.getByTestId('results').getByTestId('legal-text-note')).toContainText('Chinese')
  await collect(page, found, 'worksheet results', 'en')

  await page.getByRole('menuitem', { name: 'Settings' }).click()
  await expect(page.getByTestId('settings')).toBeVisible()
  await collect(page, found, 'settings', 'en')

  expect(found, `Chinese outside lang="zh-CN" in the English interface:\n${report(found)}`).toEqual({})
})

test('Chinese: no English-only heading, button or label', async ({ page, host }) => {
  test.setTimeout(180_000)
  const found: Record<string, string[]> = {}
  await openApp(page, host)
  await collect(page, found, 'home', 'zh')
  await createMatter(page, '王某、张某掩隐案', '王某等人掩饰')
  await expect(page.getByTestId('analysis-headline')).toBeVisible()
  await page.getByTestId('defendants-overview').locator('.ant-collapse-header').click()
  await collect(page, found, 'editor', 'zh')
  await page.getByTestId('open-statements').click()
  await expect(page.getByTestId('statements-page')).toBeVisible()
  await collect(page, found, 'statements', 'zh')
  await openApp(page, host, '#/clinic')
  await expect(page.getByTestId('exercise-list')).toBeVisible()
  await collect(page, found, 'clinic list', 'zh')
  await page.getByTestId('open-exercise-case-cn-xianyou-yan').click()
  await expect(page.getByTestId('worksheet')).toBeVisible()
  await collect(page, found, 'worksheet', 'zh')
  await page.getByRole('menuitem', { name: '设置' }).click()
  await expect(page.getByTestId('settings')).toBeVisible()
  await collect(page, found, 'settings', 'zh')
  expect(found, `English-only chrome in the Chinese interface:\n${report(found)}`).toEqual({})
})
