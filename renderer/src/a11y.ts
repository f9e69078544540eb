// Accessibility fixes the component library does not offer as options.
//
// antd's InputNumber renders its two step buttons (mouse only; the keyboard uses the arrow keys in the
// spin button itself) with the fixed English names "Increase Value" / "Decrease Value". This names them
// in the UI's language, for the buttons present now and for every one mounted later. React never writes
// the attribute again (its prop does not change), so the name set here stays.
const SPIN_SELECTOR = '.ant-input-number-action-up, .ant-input-number-action-down'

const NAMES = {
  zh: { up: '增大数值', down: '减小数值' },
  en: { up: 'Increase value', down: 'Decrease value' }
} as const

function relabel(root: ParentNode, lang: keyof typeof NAMES): void {
  for (const el of root.querySelectorAll<HTMLElement>(SPIN_SELECTOR)) {
    const name = el.classList.contains('ant-input-number-action-up') ? NAMES[lang].up : NAMES[lang].down
    if (el.getAttribute('aria-label') !== name) el.setAttribute('aria-label', name)
  }
}

/** Name the step buttons in `lang` now and as they appear; returns the function that stops it. */
export function labelSpinButtons(lang: keyof typeof NAMES, root: HTMLElement = document.body): () => void {
  relabel(root, lang)
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) if (n instanceof HTMLElement) relabel(n.parentElement ?? n, lang)
    }
  })
  observer.observe(root, { childList: true, subtree: true })
  return () => observer.disconnect()
}
