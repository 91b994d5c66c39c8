import { type CSSVariablesResolver, type MantineTheme, createTheme } from '@mantine/core'

/**
 * Casebook's Mantine theme. Shades are chosen for WCAG AA contrast on white (Mantine's default
 * blue-6 button and gray-6 "dimmed" text fall short of 4.5:1).
 */
export const casebookTheme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 6 },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  focusRing: 'auto',
  headings: { fontWeight: '650' },
  components: {
    // A dialog's close button needs a name, and its header must not be a second page banner.
    // Mantine's scroll lock injects a <style> tag, which the CSP refuses: app.css locks instead.
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' }, lockScroll: false } },
    ModalHeader: { defaultProps: { component: 'div' } },
  },
})

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

function mix(colour: string, base: readonly number[], alpha: number): string {
  return `#${[1, 3, 5]
    .map((at, i) =>
      Math.round(parseInt(colour.slice(at, at + 2), 16) * alpha + base[i]! * (1 - alpha)),
    )
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`
}

/** `colour` tinted at `alpha` over a near-white page (#f8f9fa), as the "light" variants draw it. */
const tint = (colour: string, alpha: number) => mix(colour, [0xf8, 0xf9, 0xfa], alpha)
/** `colour` darkened towards black by `amount` (0–1). */
const darker = (colour: string, amount: number) => mix(colour, [0, 0, 0], 1 - amount)

/**
 * Text colours for the "light", "subtle" and "outline" variants that reach 4.5:1 on their tinted
 * background: Mantine's shade 8 (and, for yellow or orange, even shade 9) falls short.
 */
function readableVariantText(colors: MantineTheme['colors']): Record<string, string> {
  const vars: Record<string, string> = {}
  for (const [name, shades] of Object.entries(colors)) {
    if (name === 'dark' || name === 'gray') continue
    const background = tint(shades[8]!, 0.15)
    let text = shades[9]!
    for (let step = 0.05; contrast(text, background) < 4.6 && step < 1; step += 0.05) {
      text = darker(shades[9]!, step)
    }
    vars[`--mantine-color-${name}-light-color`] = text
    vars[`--mantine-color-${name}-outline`] = text
    vars[`--mantine-color-${name}-text`] = text
  }
  return vars
}

export const casebookCssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    ...readableVariantText(theme.colors),
    '--mantine-color-dimmed': theme.colors.gray[7]!,
    '--mantine-color-error': theme.colors.red[9]!,
    '--mantine-color-placeholder': theme.colors.gray[6]!,
    '--mantine-color-anchor': theme.colors.blue[9]!,
  },
  dark: {},
})
