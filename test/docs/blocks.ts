// Shared by the specs that run code blocks (docs/*.md blocks, the @example blocks of src/): a fresh, git-ignored
// directory of generated modules, and the TypeScript check of those modules against the sources.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** An empty directory for generated modules (git-ignored; tsconfig.json excludes test/docs/.generated*). */
export const freshDir = (name: string): string => {
  const dir = join(root, 'test', 'docs', name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, '.gitignore'), '*\n')
  return dir
}

/** The entries of the package, by the name an example imports, as vitest.config.ts resolves them. */
const ENTRIES: Readonly<Record<string, string>> = {
  'dmp-rules': 'src/index.ts',
  'dmp-rules/codecs': 'src/codecs.ts',
  'dmp-rules/testing': 'src/testing.ts',
  'dmp-rules/interop': 'src/interop.ts',
  'dmp-rules/render': 'src/render.ts',
  'dmp-rules/xds': 'src/xds.ts',
  'dmp-rules/fhir': 'src/fhir.ts',
}

/**
 * Type-checks modules as a user's strict project would (this repository's compiler options: `strict`,
 * `exactOptionalPropertyTypes`, `noUncheckedIndexedAccess`…), `dmp-rules` resolved to the sources. Unused
 * locals are allowed (an example may declare a value only to show its type). Returns the errors by file.
 */
export const typeErrors = (files: ReadonlyArray<string>): ReadonlyMap<string, ReadonlyArray<string>> => {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), (p) => readFileSync(p, 'utf8'))
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root)
  const options: ts.CompilerOptions = {
    ...parsed.options,
    noEmit: true,
    noUnusedLocals: false,
    noUnusedParameters: false,
    baseUrl: root,
    paths: Object.fromEntries(Object.entries(ENTRIES).map(([name, path]) => [name, [path]])),
  }
  const program = ts.createProgram({ rootNames: [...files], options })
  const out = new Map<string, Array<string>>()
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const file = d.file?.fileName ?? '(global)'
    const where = d.file !== undefined && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0
    const list = out.get(file) ?? []
    list.push(`line ${where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)
    out.set(file, list)
  }
  return out
}
