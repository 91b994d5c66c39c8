import {
  DEFAULT_THEME,
  convertCssVariables,
  defaultCssVariablesResolver,
  mergeMantineTheme,
} from '@mantine/core'
import { casebookCssVariablesResolver, casebookTheme } from './theme'

/**
 * The theme's CSS variables that differ from Mantine's defaults (which ship in its styles.css), for
 * the light scheme the app uses. The strict CSP forbids the <style> tag MantineProvider would inject,
 * so these live in the static file styles/theme-variables.css; a test checks it matches this theme.
 */
export function themeVariablesCss(): string {
  const theme = mergeMantineTheme(DEFAULT_THEME, casebookTheme)
  const defaults = defaultCssVariablesResolver(DEFAULT_THEME)
  const ours = defaultCssVariablesResolver(theme)
  const extra = casebookCssVariablesResolver(theme)
  const changed = (
    base: Record<string, string>,
    next: Record<string, string>,
  ): Record<string, string> =>
    Object.fromEntries(Object.entries(next).filter(([key, value]) => base[key] !== value))
  const css = convertCssVariables(
    {
      variables: changed(defaults.variables, { ...ours.variables, ...extra.variables }),
      light: changed(defaults.light, { ...ours.light, ...extra.light }),
      dark: {},
    },
    ':root',
  )
  return `/* Generated from src/renderer/app/theme.ts: run UPDATE_THEME_CSS=1 npx vitest run test/browser/theme-variables.test.ts --project browser after changing the theme. */\n${css}`
}
