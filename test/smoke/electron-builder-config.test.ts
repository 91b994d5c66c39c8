import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs'
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative, resolve, sep } from 'node:path'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import type { Configuration } from 'app-builder-lib'
import { DebugLogger } from 'builder-util'
import { describe, expect, it } from 'vitest'

/**
 * electron-builder.yml cannot be exercised for real here (packaging needs the Electron zip and tools
 * from the internet), so this checks what can be checked: the file parses and passes electron-builder's
 * own schema, the security settings are there, and which files would be left outside app.asar.
 *
 * Set CASEBOOK_PACKAGE_TEST=1 to also run `electron-builder --linux dir` with a stand-in Electron
 * (about 25 s, after `npx electron-vite build`) and list the real package layout.
 */
const ROOT = resolve(import.meta.dirname, '..', '..')
const minimatch = createRequire(import.meta.url)('minimatch') as (
  path: string,
  pattern: string,
  options?: { dot?: boolean },
) => boolean

async function loadConfig(): Promise<Configuration> {
  const config = await getConfig(ROOT, join(ROOT, 'electron-builder.yml'), null)
  await validateConfiguration(config, new DebugLogger(false))
  return config
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

/** Approximates electron-builder's matching: last matching pattern wins, `!` excludes. */
function isIncluded(path: string, patterns: string[]): boolean {
  let included = false
  for (const pattern of patterns) {
    const isNegated = pattern.startsWith('!')
    if (minimatch(path, isNegated ? pattern.slice(1) : pattern, { dot: true })) {
      included = !isNegated
    }
  }
  return included
}

describe('electron-builder.yml', () => {
  it("parses and passes electron-builder's schema", async () => {
    const config = await loadConfig()
    expect(config.appId).toMatch(/^[a-z0-9.-]+$/)
    expect(config.productName).toBe('Casebook')
  })

  it('packs the app into asar, leaving out only native binaries', async () => {
    const config = await loadConfig()
    expect(config.asar).toBe(true)
    expect(config.asarUnpack).toEqual(['**/*.node'])
  })

  it('flips the security fuses in the packaged Electron', async () => {
    const config = await loadConfig()
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('targets nsis on Windows, dmg on macOS, AppImage and deb on Linux', async () => {
    const config = await loadConfig()
    const targets = (platform: 'win' | 'mac' | 'linux') =>
      (config[platform]?.target as { target: string }[]).map((t) => t.target)
    expect(targets('win')).toEqual(['nsis'])
    expect(targets('mac')).toEqual(['dmg'])
    expect(targets('linux')).toEqual(['AppImage', 'deb'])
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false)
  })

  it('would unpack only the native binaries, not the SQLite sources or object files', async () => {
    const config = await loadConfig()
    // getConfig normalises `files` to file sets: [{ filter: [...] }].
    const filePatterns = (config.files as { filter: string[] }[]).flatMap((set) => set.filter)
    const unpackPatterns = config.asarUnpack as string[]
    const unpacked: { file: string; bytes: number }[] = []
    for (const name of ['better-sqlite3-multiple-ciphers', 'argon2']) {
      for (const file of filesUnder(join(ROOT, 'node_modules', name))) {
        const path = relative(ROOT, file).split(sep).join('/')
        const isPacked = isIncluded(path, [
          '**/*',
          ...filePatterns.filter((p) => p.startsWith('!')),
        ])
        if (isPacked && unpackPatterns.some((pattern) => minimatch(path, pattern, { dot: true }))) {
          unpacked.push({ file: path, bytes: statSync(file).size })
        }
      }
    }
    const total = unpacked.reduce((sum, entry) => sum + entry.bytes, 0)
    console.log(
      `Outside app.asar (${(total / 1e6).toFixed(1)} MB):\n` +
        unpacked.map((u) => `  ${u.file} (${(u.bytes / 1e3).toFixed(0)} kB)`).join('\n'),
    )
    const files = unpacked.map((u) => u.file)
    expect(files).toContain(
      'node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node',
    )
    expect(files.filter((f) => /\/(deps|src|obj|obj\.target)\/|test_extension/.test(f))).toEqual([])
    expect(total).toBeLessThan(6e6)
  })
})

const isPackageTest = process.env['CASEBOOK_PACKAGE_TEST'] === '1'
const isBuilt = existsSync(join(ROOT, 'out', 'main', 'index.js'))

describe.skipIf(!isPackageTest || !isBuilt)(
  'electron-builder --linux dir (stand-in Electron)',
  () => {
    it('puts the app in app.asar and only native binaries beside it', async () => {
      const { build, Platform } = await import('electron-builder')
      const work = mkdtempSync(join(tmpdir(), 'casebook-package-'))
      try {
        // Just enough of an Electron folder for electron-builder to copy and rename.
        const electronDist = join(work, 'electron')
        mkdirSync(join(electronDist, 'locales'), { recursive: true })
        writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\nexit 0\n')
        chmodSync(join(electronDist, 'electron'), 0o755)
        writeFileSync(join(electronDist, 'locales', 'en-US.pak'), '')
        await build({
          projectDir: ROOT,
          targets: Platform.LINUX.createTarget('dir'),
          config: {
            electronDist,
            npmRebuild: false,
            electronFuses: null, // a stand-in binary has no fuses to flip
            directories: { output: join(work, 'dist') },
          },
        })
        const resources = join(work, 'dist', 'linux-unpacked', 'resources')
        const unpacked = filesUnder(join(resources, 'app.asar.unpacked'))
        const bytes = unpacked.reduce((sum, file) => sum + statSync(file).size, 0)
        console.log(
          `app.asar ${(statSync(join(resources, 'app.asar')).size / 1e6).toFixed(1)} MB; ` +
            `unpacked ${(bytes / 1e6).toFixed(1)} MB:\n` +
            unpacked.map((file) => `  ${relative(resources, file)}`).join('\n'),
        )
        expect(unpacked.some((file) => file.endsWith('better_sqlite3.node'))).toBe(true)
        expect(unpacked.filter((file) => /[\\/](deps|src)[\\/]/.test(file))).toEqual([])
        expect(bytes).toBeLessThan(6e6)
        const asar = createRequire(import.meta.url)('@electron/asar') as {
          listPackage(file: string): string[]
        }
        const packed = asar
          .listPackage(join(resources, 'app.asar'))
          .map((p) => p.split('\\').join('/'))
        for (const needed of [
          '/out/main/index.js',
          '/out/main/backend-worker.js',
          '/out/preload/index.cjs',
          '/out/renderer/index.html',
          '/node_modules/bindings/package.json',
          '/node_modules/kysely/package.json',
        ]) {
          expect(packed, needed).toContain(needed)
        }
        expect(packed.filter((p) => p.startsWith('/src/'))).toEqual([])
      } finally {
        rmSync(work, { recursive: true, force: true })
      }
    }, 180_000)
  },
)
