import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { format } from 'prettier'
import { expect, it } from 'vitest'

const RENDERER = join(import.meta.dirname, '../../src/renderer')
const FILE = join(RENDERER, 'styles/theme-variables.css')
// Loaded at run time: the renderer's files belong to the web TypeScript project, not this one.
const GENERATOR = pathToFileURL(join(RENDERER, 'app/theme-variables.ts')).href

/**
 * The CSP forbids MantineProvider's injected <style>, so the theme's CSS variables are a static file.
 * This keeps that file in step with the theme (UPDATE_THEME_CSS=1 rewrites it).
 */
it('styles/theme-variables.css matches the Mantine theme', async () => {
  const { themeVariablesCss } = (await import(GENERATOR)) as { themeVariablesCss(): string }
  const expected = await format(themeVariablesCss(), {
    parser: 'css',
    singleQuote: true,
    printWidth: 100,
  })
  if (process.env.UPDATE_THEME_CSS === '1') writeFileSync(FILE, expected)
  expect(readFileSync(FILE, 'utf8')).toBe(expected)
})
