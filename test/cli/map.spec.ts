// `dmp-rules map` (issue 15): the access map of a record from the command line — the default cast, --actors,
// Markdown on stdout, HTML and SVG written through the injected file system, invalid input with paths (exit 2).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultCast } from '../../src/cli/map.js'
import { runCli, STACK_FRAME } from './fake-io.js'
import { accessMap } from '../../src/map/access-map.js'
import { renderAccessMap } from '../../src/render/index.js'
import type { Request } from '../../src/domain/types.js'

const cli = runCli

const example = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', '11-masked-report-three-readers.json'), 'utf8')) as ReadonlyArray<Request>
const request = example[0] as Request
const minor = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', '06-parent-needs-a-doctor.json'), 'utf8')) as Request
const files = {
  'req.json': JSON.stringify(request),
  'plain.json': JSON.stringify({ record: request.record, at: request.at }),
  'minor.json': JSON.stringify(minor),
  'actors.json': JSON.stringify([
    { label: 'Nurse', actor: request.actor, careTeam: true },
    { label: 'Insurer', actor: { kind: 'third-party', party: 'insurer' } },
  ]),
}

describe('dmp-rules map', () => {
  it('prints the Markdown map of the default cast: patient, treating doctor, nurse, pharmacist, emergency doctor, insurer', async () => {
    const r = await cli(['map', 'req.json'], files)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(renderAccessMap(accessMap(request.record, defaultCast(request.record, 'en'), request.at), { lang: 'en', format: 'markdown' }))
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Actor') && !l.startsWith('| ---'))
    expect(rows.map((l) => l.split(' | ')[0])).toEqual([
      '| Patient',
      '| Treating doctor 10001234567',
      '| Care-team nurse',
      '| Pharmacist (in the care)',
      '| Emergency doctor (break-glass)',
      '| Insurer',
    ])
    expect(r.stdout).toMatch(/\| Insurer \| ✗ R-ACTOR-1 \|/)
  })

  it('reads { record, at } as well as a request, and gives the same map', async () => {
    const a = await cli(['map', 'req.json'], files)
    const b = await cli(['map', 'plain.json', '--markdown'], files)
    expect(b.code).toBe(0)
    expect(b.stdout).toBe(a.stdout)
  })

  it('casts each legal representative of the record (R-MINOR-*)', async () => {
    const r = await cli(['map', 'minor.json', '--lang', 'fr'], files)
    expect(r.code).toBe(0)
    for (const rep of minor.record.legalRepresentatives) expect(r.stdout).toContain(`| Représentant légal ${rep.id} |`)
    expect(r.stdout).toContain('Carte des accès')
  })

  it('uses the actors of --actors, in their order', async () => {
    const r = await cli(['map', 'req.json', '--actors', 'actors.json'], files)
    expect(r.code).toBe(0)
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Actor') && !l.startsWith('| ---'))
    expect(rows.map((l) => l.split(' | ')[0])).toEqual(['| Nurse', '| Insurer'])
    expect(rows[0]).toContain('R-MASK-2')
  })

  it('writes HTML or SVG to the file given, and says so; the library writes nothing', async () => {
    const html = await cli(['map', 'req.json', '--html', 'out.html'], files)
    expect(html.code).toBe(0)
    expect(html.stdout).toBe('wrote out.html\n')
    expect(html.written['out.html']).toMatch(/^<!doctype html>/)
    const svg = await cli(['map', 'req.json', '--svg=out.svg', '--lang=fr'], files)
    expect(svg.code).toBe(0)
    expect(svg.stdout).toBe('out.svg écrit\n')
    expect(svg.written['out.svg']).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(svg.written['out.svg']).toContain('Carte des accès')
  })

  it('reports a file it cannot write, exit 2, without a stack trace', async () => {
    const r = await cli(['map', 'req.json', '--svg', '/nope/out.svg'], files)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('cannot write /nope/out.svg')
    expect(r.stderr).not.toMatch(STACK_FRAME)
  })

  it('reports invalid input with its JSON paths, exit 2 (the record, the actors)', async () => {
    const badRecord = await cli(['map', 'bad.json'], { 'bad.json': JSON.stringify({ record: { ...request.record, status: { kind: 'nope' } }, at: '2025-13-01' }) })
    expect(badRecord.code).toBe(2)
    expect(badRecord.stdout).toBe('')
    expect(badRecord.stderr).toContain('bad.json: invalid request')
    expect(badRecord.stderr).toContain('/record/status')
    expect(badRecord.stderr).toContain('/at')
    const badActors = await cli(['map', 'req.json', '--actors', 'a.json'], {
      ...files,
      'a.json': JSON.stringify([{ label: 'ok', actor: { kind: 'patient' } }, { actor: { kind: 'professional', id: 'x' } }, { label: 3, actor: { kind: 'patient' }, careTeem: true }]),
    })
    expect(badActors.code).toBe(2)
    expect(badActors.stderr).toContain('a.json: invalid actors')
    for (const path of ['/1/label', '/1/actor', '/2/label', '/2/careTeem']) expect(badActors.stderr).toContain(path)
    const notArray = await cli(['map', 'req.json', '--actors', 'a.json'], { ...files, 'a.json': '{}' })
    expect(notArray.code).toBe(2)
    expect(notArray.stderr).toContain('expected an array of actors')
    const notObject = await cli(['map', 'n.json'], { 'n.json': '[]' })
    expect(notObject.code).toBe(2)
    for (const r of [badRecord, badActors, notArray, notObject]) expect(r.stderr).not.toMatch(STACK_FRAME)
  })

  it('refuses a meaningless command line, exit 2: two outputs, --json, --actors for decide, a missing value', async () => {
    for (const argv of [
      ['map', 'req.json', '--html', 'a.html', '--svg', 'a.svg'],
      ['map', 'req.json', '--json'],
      ['decide', 'req.json', '--actors', 'actors.json'],
      ['decide', 'req.json', '--markdown'],
      ['map', 'req.json', '--svg'],
      ['map', 'req.json', '--actors', 'a.json', '--actors', 'b.json'],
      ['map'],
    ]) {
      const r = await cli(argv, files)
      expect(r.code, argv.join(' ')).toBe(2)
      expect(r.stderr).toContain('Usage: dmp-rules decide')
    }
  })

  it('is in the help, in both languages', async () => {
    expect((await cli(['--help'])).stdout).toContain('dmp-rules map FILE.json [--actors ACTORS.json]')
    expect((await cli(['--help', '--lang', 'fr'])).stdout).toContain('dmp-rules map FICHIER.json [--actors ACTEURS.json]')
  })
})

describe('dmp-rules map on an array of requests', () => {
  it('maps the first request\'s record at its date, with the actors of the requests as the cast (--actors still wins)', async () => {
    const r = await cli(['map', 'ex.json'], { 'ex.json': JSON.stringify(example) })
    expect(r.code).toBe(0)
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Actor') && !l.startsWith('| ---'))
    // The professions are named in the language of the map (issue 22): English here, French with --lang fr.
    expect(rows.map((l) => l.split(' | ')[0])).toEqual(['| nurse 10101112131', '| doctor SM54 10001234567', '| doctor 10004445556'])
    const fr = await cli(['map', 'ex.json', '--lang', 'fr'], { 'ex.json': JSON.stringify(example) })
    const frRows = fr.stdout.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Acteur') && !l.startsWith('| ---'))
    expect(frRows.map((l) => l.split(' | ')[0])).toEqual(['| infirmier 10101112131', '| médecin SM54 10001234567', '| médecin 10004445556'])
    const own = await cli(['map', 'ex.json', '--actors', 'actors.json'], { ...files, 'ex.json': JSON.stringify(example) })
    expect(own.stdout).toBe((await cli(['map', 'req.json', '--actors', 'actors.json'], files)).stdout)
  })

  it('reports the issues of each element at its index, exit 2', async () => {
    const r = await cli(['map', 'ex.json'], { 'ex.json': JSON.stringify([request, { ...request, at: 'soon' }]) })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('/1/at')
  })
})
