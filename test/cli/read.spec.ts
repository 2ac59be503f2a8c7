// `dmp-rules read-xds FILE` / `read-fhir FILE` (issue 21): the shipped DMP metadata read, in text (en, fr) and
// JSON; exit 0 when every entry is read or skipped, 1 when one is rejected, 2 for input that is no such metadata.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, STACK_FRAME, type CliResult } from './fake-io.js'

const dir = join(__dirname, '..', '..', 'examples', 'dmp-metadata')
const files: Readonly<Record<string, string>> = {
  'r.xml': readFileSync(join(dir, 'registry-response.xml'), 'utf8'),
  'b.json': readFileSync(join(dir, 'pdsm-bundle.json'), 'utf8'),
  'empty.xml': '<AdhocQueryResponse status="urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Success"/>',
  'html.xml': '<html/>',
  'patient.json': '{ "resourceType": "Patient" }',
  'broken.json': '{ "resourceType": ',
}

const cli = (argv: ReadonlyArray<string>, stdin = ''): Promise<CliResult> => runCli(argv, files, stdin)

describe('dmp-rules read-xds', () => {
  it('prints the documents read, the entries rejected with their issues and those skipped; exit 1 (an entry is rejected)', async () => {
    const r = await cli(['read-xds', 'r.xml'])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('')
    expect(r.stdout).toContain('r.xml: 5 read, 3 rejected, 4 skipped')
    expect(r.stdout).toContain('  1.2.250.1.213.1.4.8.99999.2  34133-9  added 2025-07-01  professional 99700218896 at 750100125  · masked from professionals')
    expect(r.stdout).toMatch(/UNSUPPORTED_AUTHOR \/AdhocQueryResponse\/RegistryObjectList\/ExtrinsicObject\/4\/Classification\/0\/Slot\/3\/ValueList\/Value\/0: The author is a device/)
    expect(r.stdout).toContain('(id 1.2.250.1.213.1.4.8.99999.8): DELETED')
  })

  it('speaks French with --lang fr', async () => {
    const r = await cli(['read-xds', 'r.xml', '--lang', 'fr'])
    expect(r.stdout).toContain('r.xml : 5 lus, 3 rejetés, 4 ignorés')
    expect(r.stdout).toContain('masqué aux professionnels')
    expect(r.stdout).toContain('L\'auteur est un dispositif')
  })

  it('prints { documents, rejected, skipped } with --json, the reader’s own result', async () => {
    const r = await cli(['read-xds', 'r.xml', '--json'])
    const out = JSON.parse(r.stdout) as { documents: Array<{ id: string }>; rejected: Array<{ issues: Array<{ code: string; message: { fr: string; en: string } }> }>; skipped: Array<{ reason: { code: string } }> }
    expect(out.documents).toHaveLength(5)
    expect(out.rejected.map((x) => x.issues[0]?.code)).toEqual(['UNSUPPORTED_AUTHOR', 'NO_NATIONAL_ID', 'MISSING_SUBMISSION_TIME'])
    expect(out.skipped.map((x) => x.reason.code)).toEqual(['SIGNATURE_DOCUMENT', 'DEPRECATED', 'DELETED', 'DEPRECATED'])
    expect(r.code).toBe(1)
  })

  it('exits 0 when nothing is rejected, and reads standard input', async () => {
    const r = await cli(['read-xds', '-'], files['empty.xml'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('standard input: 0 read, 0 rejected, 0 skipped')
  })

  it('says what is wrong with input that is no registry response, exit 2, in text and in JSON', async () => {
    const text = await cli(['read-xds', 'html.xml'])
    expect(text.code).toBe(2)
    expect(text.stdout).toBe('')
    expect(text.stderr).toContain('html.xml: not an XDS registry response')
    const json = await cli(['read-xds', 'html.xml', '--json'])
    expect(json.code).toBe(2)
    expect(JSON.parse(json.stdout)).toMatchObject({ error: 'invalid-input', issues: [{ code: 'NOT_A_REGISTRY_RESPONSE' }] })
    for (const r of [text, json]) expect(r.stderr).not.toMatch(STACK_FRAME)
  })

  it('reports a missing file like decide does (exit 2)', async () => {
    const r = await cli(['read-xds', 'missing.xml'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('file not found: missing.xml')
  })

  it('refuses the options of decide and map, with the usage', async () => {
    for (const argv of [['read-xds', 'r.xml', '--matrix', 'm.json'], ['read-fhir', 'b.json', '--actors', 'a.json'], ['read-fhir', 'b.json', '--svg', 'o.svg']]) {
      const r = await cli(argv)
      expect(r.code).toBe(2)
      expect(r.stderr).toContain('unknown option')
      expect(r.stderr).toContain('dmp-rules read-xds FILE.xml')
    }
  })

  it('lists both commands in the help', async () => {
    const r = await cli(['--help'])
    expect(r.stdout).toContain('dmp-rules read-xds FILE.xml [--json] [--lang fr|en]')
    expect(r.stdout).toContain('dmp-rules read-fhir FILE.json [--json] [--lang fr|en]')
  })
})

describe('dmp-rules read-fhir', () => {
  it('prints the PDSm bundle’s documents, rejections and skips; exit 1', async () => {
    const r = await cli(['read-fhir', 'b.json'])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('b.json: 5 read, 3 rejected, 2 skipped')
    expect(r.stdout).toContain('dr-biologie-automate (id 1.2.250.1.213.1.4.8.99999.206)')
    expect(r.stdout).toContain('    UNSUPPORTED_AUTHOR /entry/5/resource/contained/0: The author is a device')
    expect(r.stdout).toContain('dr-erreur (id 1.2.250.1.213.1.4.8.99999.205): ENTERED_IN_ERROR')
  })

  it('prints JSON with --json', async () => {
    const r = await cli(['read-fhir', 'b.json', '--json'])
    expect((JSON.parse(r.stdout) as { documents: unknown[] }).documents).toHaveLength(5)
  })

  it('refuses a Patient and invalid JSON, exit 2', async () => {
    const patient = await cli(['read-fhir', 'patient.json'])
    expect(patient.code).toBe(2)
    expect(patient.stderr).toContain('patient.json: not a FHIR DocumentReference or Bundle')
    const broken = await cli(['read-fhir', 'broken.json', '--json'])
    expect(broken.code).toBe(2)
    expect(JSON.parse(broken.stdout)).toMatchObject({ error: 'invalid-json' })
  })
})
