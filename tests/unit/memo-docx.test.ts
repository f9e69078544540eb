// Opens each generated .docx (unzip + XML) and checks the GB/T 9704 layout, fonts, footnotes,
// page-number fields, key sections per kind, and the embedded analysis.
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import type { MatterAnalysis } from '../../core/analysis/types'
import { analyzeMatter } from '../../core/engine/analyze'
import type { MatterDocument } from '../../core/matter/schema'
import { MEMO_KINDS, defaultSettings, type MemoKind, type Settings } from '../../core/settings'
import type { MemoModel } from '../../core/memo/types'
import { buildMemo, readEmbeddedAnalysis } from '../../templates/index'
import { columnTwips } from '../../templates/render'
import { TEXT_WIDTH_TWIP } from '../../templates/layout'
import { loadCase } from './memo-helpers'

interface Unzipped {
  model: MemoModel
  bytes: Uint8Array
  files: Record<string, string>
}

async function unzip(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes)
  const out: Record<string, string> = {}
  for (const name of Object.keys(zip.files)) {
    const f = zip.file(name)
    if (f && /\.(xml|rels)$/.test(name)) out[name] = await f.async('string')
  }
  return out
}

/** Visible text of a WordprocessingML part (w:t contents concatenated). */
function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join('')
}

const built = new Map<MemoKind, Unzipped>()
let doc: MatterDocument
let analysis: MatterAnalysis

beforeAll(async () => {
  // 严某某: five own accounts sold, 110万 settled for three objects — 情节严重 met, no custodial mitigation
  doc = loadCase('cn-xianyou-yan')
  analysis = analyzeMatter(doc)
  for (const kind of MEMO_KINDS) {
    const memo = await buildMemo(doc, analysis, { kind })
    built.set(kind, { model: memo.model, bytes: memo.bytes, files: await unzip(memo.bytes) })
  }
})

const get = (kind: MemoKind): Unzipped => {
  const b = built.get(kind)
  if (!b) throw new Error(`not built: ${kind}`)
  return b
}

describe.each(MEMO_KINDS)('%s memo .docx', (kind) => {
  it('is A4 with the GB/T 9704 margins', () => {
    const xml = get(kind).files['word/document.xml'] ?? ''
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/)
  })

  it('sets 仿宋_GB2312 三号 in the eastAsia slot with Times New Roman for Latin, and exact 28 pt lines', () => {
    const styles = get(kind).files['word/styles.xml'] ?? ''
    const docDefaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? ''
    expect(docDefaults).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"\/>/)
    expect(docDefaults).toMatch(/<w:sz w:val="32"\/>/)
    expect(docDefaults).toMatch(/<w:spacing w:after="0" w:before="0" w:line="560" w:lineRule="exact"\/>/)
    expect(docDefaults).toMatch(/w:eastAsia="zh-CN"/)
  })

  it('writes the title in 方正小标宋简体 二号 and level-1 headings in 黑体, level-2 in 楷体', () => {
    const xml = get(kind).files['word/document.xml'] ?? ''
    expect(xml).toMatch(/w:eastAsia="方正小标宋简体"[^>]*\/><w:sz w:val="44"\/>/)
    const model = get(kind).model
    const h1 = model.blocks.find((b) => b.type === 'heading' && b.level === 1)
    expect(h1).toBeDefined()
    if (h1?.type === 'heading') {
      const run = new RegExp(`<w:rFonts[^>]*w:eastAsia="黑体"[^>]*/>(?:<[^>]+>)*?<w:t[^>]*>${h1.numbering}${h1.text}</w:t>`)
      expect(xml).toMatch(run)
    }
    const h2 = model.blocks.find((b) => b.type === 'heading' && b.level === 2)
    if (h2?.type === 'heading') expect(xml).toContain('w:eastAsia="楷体_GB2312"')
  })

  it('has odd/even footers with a PAGE field as "— n —", right on odd pages and left on even', () => {
    const { files } = get(kind)
    expect(files['word/settings.xml']).toMatch(/<w:evenAndOddHeaders\/>/)
    const docXml = files['word/document.xml'] ?? ''
    const rels = files['word/_rels/document.xml.rels'] ?? ''
    const ref = (type: string): string => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="([^"]+)"`).exec(docXml)?.[1]
      expect(id, `footer ${type}`).toBeDefined()
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1]
      return files[`word/${target}`] ?? ''
    }
    for (const [type, jc] of [['default', 'right'], ['even', 'left']] as const) {
      const footer = ref(type)
      expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/)
      expect(footer).toContain(`<w:jc w:val="${jc}"/>`)
      expect(textOf(footer)).toMatch(/^— .* —$/)
    }
  })

  it('puts every citation in a footnote with its 文号, and marks unverified ones', () => {
    const { files, model } = get(kind)
    const foot = files['word/footnotes.xml'] ?? ''
    expect(model.footnotes.length).toBeGreaterThan(0)
    const ids = [...foot.matchAll(/<w:footnote (?:[^>]*\s)?w:id="(\d+)"/g)].map((m) => Number(m[1])).filter((n) => n > 0)
    expect(ids.length).toBe(model.footnotes.length)
    const refs = [...(files['word/document.xml'] ?? '').matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => Number(m[1]))
    expect(new Set(refs)).toEqual(new Set(ids))
    const text = textOf(foot)
    // the 2019 解释 carries its 文号
    expect(text).toContain('法释〔2019〕15号')
    // verification marks only in internal documents; a filed one sends them to the 核对清单
    if (kind === 'defense' || kind === 'prosecution') expect(text).not.toMatch(/核对|核实|【/)
    else if (model.meta.restsOnUnverified) expect(text).toMatch(/尚待与官方文本核对/)
    // each clause once
    const ids2 = model.footnotes.flatMap((f) => f.clauseIds)
    expect(ids2.length).toBe(new Set(ids2).size)
  })

  it('sets footnotes in a 小四 仿宋 footnote style with single spacing, not the body style', () => {
    const { files } = get(kind)
    const foot = files['word/footnotes.xml'] ?? ''
    const styles = files['word/styles.xml'] ?? ''
    const notes = foot.split('<w:footnote ').slice(1).filter((n) => !/w:type="(separator|continuationSeparator)"/.test(n))
    expect(notes.length).toBeGreaterThan(0)
    for (const n of notes) {
      expect(n).toContain('<w:pStyle w:val="FootnoteText"/>')
      expect(n).toMatch(/<w:sz w:val="24"\/>/)
      expect(n).toMatch(/w:line="240" w:lineRule="auto"/)
      expect(n).not.toMatch(/w:sz w:val="32"|w:line="560"/)
    }
    const style = /<w:style [^>]*w:styleId="FootnoteText"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? ''
    expect(style).toContain('w:eastAsia="仿宋_GB2312"')
    expect(style).toMatch(/<w:sz w:val="24"\/>/)
  })

  it('keeps engine and law-library versions in the document properties, not in the text', () => {
    const { files } = get(kind)
    const custom = files['docProps/custom.xml'] ?? ''
    expect(custom).toContain(analysis.engineVersion)
    expect(custom).toContain(analysis.lawLibraryVersion)
    const text = textOf(files['word/document.xml'] ?? '') + textOf(files['word/footnotes.xml'] ?? '')
    expect(text).not.toContain(analysis.lawLibraryVersion)
    expect(text).not.toMatch(/分析引擎|法律库版本/)
    if (kind !== 'analysis') expect(text).not.toContain('本应用')
  })

  it('uses fixed-width tables that fill the 版心', () => {
    const xml = get(kind).files['word/document.xml'] ?? ''
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []
    if (kind === 'analysis') expect(tables.length).toBeGreaterThan(0)
    for (const t of tables) {
      expect(t).toContain('<w:tblLayout w:type="fixed"/>')
      const cols = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))
      expect(cols.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH_TWIP)
    }
  })

  it('carries the analysis as a custom XML part that reads back unchanged', async () => {
    const { bytes, files } = get(kind)
    expect(files['word/_rels/document.xml.rels']).toMatch(/relationships\/customXml" Target="\.\.\/customXml\/item\d+\.xml"/)
    expect(files['[Content_Types].xml']).toContain('customXmlProperties+xml')
    const back = await readEmbeddedAnalysis(bytes)
    expect(back).not.toBeNull()
    expect(back?.kind).toBe(kind)
    expect(back?.engineVersion).toBe(analysis.engineVersion)
    expect(back?.lawLibraryVersion).toBe(analysis.lawLibraryVersion)
    expect(back?.asOf).toBe(analysis.asOf)
    expect(back?.defendants).toEqual(analysis.defendants.filter((x) => x.id === doc.defendants[0]?.id))
    expect(back?.defendant?.name).toBe(doc.defendants[0]?.name)
  })
})

describe('key sections per kind', () => {
  const bodyText = (kind: MemoKind): string => textOf(get(kind).files['word/document.xml'] ?? '')
  it('defense: core position, requests, 此致 and the court, then the 核对清单 after the signature', () => {
    const t = bodyText('defense')
    for (const s of ['辩护意见书', '辩护人的核心意见是', '辩护请求', '此致', doc.matter.authority ?? 'x', '严某某', '核对清单']) expect(t).toContain(s)
    expect(t.indexOf('核对清单')).toBeGreaterThan(t.indexOf('此致'))
    expect(t).not.toContain('附录')
  })
  it('prosecution: the sections of the 最高检 sample, in order', () => {
    const t = bodyText('prosecution')
    const order = ['审查报告', '基本情况', '发案、立案、破案经过', '认定的犯罪事实与意见', '相关当事人、诉讼参与人的意见', '审查认定的事实、证据及分析', '需要说明的问题', '处理意见']
    let at = -1
    for (const s of order) {
      const i = t.indexOf(s, at + 1)
      expect(i, s).toBeGreaterThan(at)
      at = i
    }
  })
  it('analysis: both sides', () => {
    const t = bodyText('analysis')
    for (const s of ['案件分析报告', '控辩双方的论据', '指控方', '辩护方', '附录：分析过程']) expect(t).toContain(s)
  })
  it('clinic: facts, questions and an answer key after a page break', () => {
    const xml = get('clinic').files['word/document.xml'] ?? ''
    const t = textOf(xml)
    for (const s of ['教学练习', '案情', '思考题', '参考答案', '评分要点', '讨论题']) expect(t).toContain(s)
    const answerAt = xml.indexOf('参考答案')
    expect(xml.lastIndexOf('<w:br w:type="page"/>', answerAt)).toBeGreaterThan(xml.indexOf('思考题'))
  })
})

describe('settings drive the layout and the boilerplate', () => {
  it('line spacing 29 pt gives exact 580-twip lines', async () => {
    const settings: Settings = { ...defaultSettings, memoLineSpacingPt: 29 }
    const memo = await buildMemo(doc, analysis, { kind: 'defense', settings })
    const styles = (await unzip(memo.bytes))['word/styles.xml'] ?? ''
    expect(styles).toMatch(/<w:spacing w:after="0" w:before="0" w:line="580" w:lineRule="exact"\/>/)
    expect(styles).not.toMatch(/w:line="560"/)
  })
  it('letterhead, closing and signature come from settings', async () => {
    const settings: Settings = structuredClone(defaultSettings)
    settings.boilerplate.defense = { letterhead: '北京市某某律师事务所\n刑事辩护部', signature: '辩护律师：张某', closing: '请合议庭依法采纳上述辩护意见。' }
    const memo = await buildMemo(doc, analysis, { kind: 'defense', settings })
    const t = textOf((await unzip(memo.bytes))['word/document.xml'] ?? '')
    expect(t.startsWith('北京市某某律师事务所刑事辩护部辩护意见书')).toBe(true)
    expect(t).toContain('请合议庭依法采纳上述辩护意见。')
    expect(t).toContain('辩护律师：张某')
    expect(t).not.toContain('以上意见，恳请采纳。')
  })
})

describe('table widths', () => {
  it('columnTwips splits the 版心 exactly, in proportion', () => {
    const cols = columnTwips([7, 5, 4.5, 4, 4, 3.5])
    expect(cols.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH_TWIP)
    expect(cols[0]).toBe(Math.round((7 / 28) * TEXT_WIDTH_TWIP))
  })
})

describe('readEmbeddedAnalysis', () => {
  it('returns null for bytes that are not a memo', async () => {
    expect(await readEmbeddedAnalysis(new Uint8Array([1, 2, 3]))).toBeNull()
    const zip = new JSZip()
    zip.file('customXml/item1.xml', '<other xmlns="urn:x">{}</other>')
    expect(await readEmbeddedAnalysis(await zip.generateAsync({ type: 'uint8array' }))).toBeNull()
  })
  it('keeps text that needs XML escaping', async () => {
    const tricky = structuredClone(analysis)
    const d0 = tricky.defendants[0]
    if (!d0) throw new Error('no defendant')
    d0.warnings.push('a < b && c > d ]]> "quoted"')
    const memo = await buildMemo(doc, tricky, { kind: 'analysis' })
    expect((await readEmbeddedAnalysis(memo.bytes))?.defendants[0]?.warnings).toContain('a < b && c > d ]]> "quoted"')
  })
})
