import { dirname, relative, resolve, sep } from 'node:path'

/**
 * The folder rules of docs/architecture.md, as a lint rule: each layer may import only the layers and
 * packages listed for it. A wrong import fails `npm run check`.
 */
const ROOT = resolve(import.meta.dirname, '..', '..')

/** Domain areas under src/main (one folder each). Anything else under src/main is infrastructure. */
const INFRA = new Set(['db', 'kernel', 'backend', 'cli', 'web', 'electron'])

/**
 * The layer a file (or an import's resolved path) belongs to. For an area, `isPublic` says whether
 * the path is the area's public surface: its folder itself or its `index.ts`.
 */
export function layerOf(file) {
  const rel = relative(ROOT, file).split(sep).join('/')
  if (rel.startsWith('src/shared/')) return { layer: 'shared' }
  if (rel.startsWith('src/preload/')) return { layer: 'preload' }
  if (rel.startsWith('src/renderer/')) return { layer: 'renderer' }
  const main = /^src\/main\/([^/]+)(\/(.*))?$/.exec(rel)
  if (main) {
    const folder = main[1]
    if (INFRA.has(folder)) return { layer: folder }
    const inner = main[3] ?? ''
    return { layer: 'area', area: folder, isPublic: /^(index(\.ts)?)?$/.test(inner) }
  }
  return null
}

const NODE_BUILTIN =
  /^(node:|fs$|path$|os$|crypto$|worker_threads$|stream$|readline$|http$|url$|child_process$|events$|zlib$|util$)/

/** What each layer may import: other layers, and packages (by name prefix). */
const RULES = {
  shared: { layers: ['shared'], packages: ['zod'], node: false },
  db: {
    layers: ['shared', 'db'],
    packages: ['kysely', 'better-sqlite3-multiple-ciphers', 'argon2', 'zod'],
    node: true,
  },
  kernel: { layers: ['shared', 'db', 'kernel'], packages: [], node: false },
  area: {
    layers: ['shared', 'db', 'kernel', 'area'],
    packages: [
      'kysely',
      'zod',
      '@zxcvbn-ts/',
      'papaparse',
      'exceljs',
      'pdfkit',
      'iconv-lite',
      'yauzl',
      'saxes',
      'otpauth',
      'qrcode',
    ],
    node: true,
  },
  // The backend composes the areas' handler maps and runs the router: no queries, so no kysely.
  backend: { layers: ['shared', 'db', 'kernel', 'area', 'backend'], packages: ['zod'], node: true },
  cli: { layers: ['shared', 'backend', 'cli'], packages: ['commander'], node: true },
  web: { layers: ['shared', 'backend', 'web'], packages: [], node: true },
  electron: { layers: ['shared', 'backend', 'electron'], packages: ['electron'], node: true },
  preload: {
    layers: ['shared', 'preload'],
    packages: ['electron'],
    node: false,
    typeOnlyLayers: ['shared'],
  },
  renderer: {
    layers: ['shared', 'renderer'],
    packages: ['react', 'react-dom', 'react-router', '@mantine/', '@tanstack/', 'zod'],
    node: false,
  },
}

export const layeringRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the folder import rules of the architecture' },
    schema: [],
    messages: {
      layer:
        'Bad layering: {{from}} may not import from {{to}} ({{spec}}). See docs/architecture.md.',
      areaInternals:
        'Bad layering: {{spec}} is inside the {{to}} area; import what it offers from its index.ts ("{{index}}"). See docs/architecture.md.',
      pkg: 'Bad layering: {{from}} may not import the package "{{spec}}". See docs/architecture.md.',
      node: 'Bad layering: {{from}} runs without Node and may not import "{{spec}}".',
    },
  },
  create(context) {
    const file = context.filename
    const from = layerOf(file)
    if (!from) return {}
    const base = RULES[from.layer]
    // Tests beside the code may also use the test tools and Node.
    const isTest = /\.test\.tsx?$/.test(file)
    const rule = isTest
      ? { ...base, node: true, packages: [...base.packages, 'vitest', 'fast-check'] }
      : base
    function check(node, spec, isTypeOnly) {
      if (!spec || typeof spec !== 'string') return
      if (spec.startsWith('.')) {
        const target = layerOf(resolve(dirname(file), spec))
        if (!target) {
          // Files outside src (package.json for the version) are allowed only for db.
          if (from.layer !== 'db')
            context.report({
              node,
              messageId: 'layer',
              data: { from: from.layer, to: 'outside src', spec },
            })
          return
        }
        if (target.layer === 'area' && from.layer === 'area' && target.area === from.area) return
        if (target.layer === 'area' && !target.isPublic) {
          const index = spec.slice(0, spec.lastIndexOf(`/${target.area}/`) + target.area.length + 1)
          context.report({
            node,
            messageId: 'areaInternals',
            data: { to: target.area, spec, index },
          })
          return
        }
        const allowed =
          rule.layers.includes(target.layer) ||
          (isTypeOnly && rule.typeOnlyLayers?.includes(target.layer))
        if (!allowed) {
          context.report({
            node,
            messageId: 'layer',
            data: { from: from.layer, to: target.layer, spec },
          })
        }
        return
      }
      if (NODE_BUILTIN.test(spec)) {
        if (!rule.node)
          context.report({ node, messageId: 'node', data: { from: from.layer, spec } })
        return
      }
      if (spec === 'vite/client') return
      if (
        !rule.packages.some((p) => spec === p || spec.startsWith(p.endsWith('/') ? p : `${p}/`))
      ) {
        context.report({ node, messageId: 'pkg', data: { from: from.layer, spec } })
      }
    }
    return {
      ImportDeclaration(node) {
        check(node, node.source.value, node.importKind === 'type')
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, node.source.value, node.exportKind === 'type')
      },
      ExportAllDeclaration(node) {
        check(node, node.source.value, node.exportKind === 'type')
      },
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node, node.source.value, false)
      },
      CallExpression(node) {
        if (
          node.callee.type === 'Identifier' &&
          node.callee.name === 'require' &&
          node.arguments[0]?.type === 'Literal'
        ) {
          check(node, node.arguments[0].value, false)
        }
      },
    }
  },
}

export default { rules: { layering: layeringRule } }
