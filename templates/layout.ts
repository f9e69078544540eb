// The shared 公文-style layout (GB/T 9704-2012) for every memo kind: A4, 天头 37 mm, 订口 28 mm,
// 版心 156 × 225 mm, 仿宋_GB2312 三号 body through the eastAsia font slot, 黑体 / 楷体 headings,
// exact line spacing from the settings, "— n —" page numbers right on odd pages and left on even.
import {
  AlignmentType, Footer, LineRuleType, PageNumber, Paragraph, TextRun
} from 'docx'
import type { IStylesOptions, ISectionPropertiesOptions } from 'docx'

export const PAGE = { width: 11906, height: 16838 } as const
/** twips: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; footer distance puts "— n —" about 7 mm below the 版心 */
export const MARGIN = { top: 2098, bottom: 1984, left: 1588, right: 1474, header: 851, footer: 1304 } as const
/** 156 mm */
export const TEXT_WIDTH_TWIP = PAGE.width - MARGIN.left - MARGIN.right

/** half-points */
export const SIZE = { 二号: 44, 三号: 32, 四号: 28, 小四: 24, 五号: 21 } as const

export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  h1: '黑体',
  h2: '楷体_GB2312',
  latin: 'Times New Roman',
  pageNumber: '宋体'
} as const

export interface FontSlots {
  ascii: string
  hAnsi: string
  eastAsia: string
  cs: string
}

/**
 * The font object form: CJK in eastAsia; Latin letters and digits in Times New Roman; hAnsi in the
 * CJK face because Word classes “ ” … — as hAnsi characters and they must look Chinese.
 */
export function cjk(eastAsia: string, latin: string = FONTS.latin): FontSlots {
  return { ascii: latin, hAnsi: eastAsia, eastAsia, cs: latin }
}

/** Exact line spacing in twips for a setting in points (GB/T 9704 practice: 28 or 29 pt). */
export function lineTwips(pt: number): number {
  return Math.round(pt * 20)
}

/** 2 characters of 三号 (16 pt each) */
export const FIRST_LINE_INDENT = 640

export function bodySpacing(lineTwip: number): { line: number; lineRule: typeof LineRuleType.EXACT; before: number; after: number } {
  return { line: lineTwip, lineRule: LineRuleType.EXACT, before: 0, after: 0 }
}

export function styles(lineTwip: number): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: cjk(FONTS.body), size: SIZE.三号, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
        paragraph: { spacing: bodySpacing(lineTwip) }
      },
      // footnotes: 小四 仿宋, single spacing (not the body's fixed 28 pt)
      footnoteText: {
        run: { font: cjk(FONTS.body), size: SIZE.小四 },
        paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 }, alignment: AlignmentType.JUSTIFIED }
      },
      footnoteReference: { run: { superScript: true } }
    }
  }
}

function pageNumberParagraph(side: 'left' | 'right'): Paragraph {
  const font = cjk(FONTS.pageNumber, FONTS.pageNumber)
  return new Paragraph({
    alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    // 空一字: one 四号 character (14 pt)
    indent: side === 'right' ? { right: 280 } : { left: 280 },
    spacing: { line: 280, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font, size: SIZE.四号 })]
  })
}

export function footers(): { default: Footer; even: Footer } {
  return {
    default: new Footer({ children: [pageNumberParagraph('right')] }),
    even: new Footer({ children: [pageNumberParagraph('left')] })
  }
}

export function sectionProperties(): ISectionPropertiesOptions {
  return {
    page: {
      size: { width: PAGE.width, height: PAGE.height },
      margin: { ...MARGIN }
    }
    // no document grid: a line grid makes LibreOffice snap footnotes and table rows to the body pitch;
    // the exact line spacing of each paragraph gives the 22 lines per page
  }
}
