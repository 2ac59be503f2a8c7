// The `dmp-rules` command, through its pure core `run(argv, io)`: exit codes, human and JSON output,
// languages, arrays, stdin, and every kind of bad input (which must never end in a stack trace).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { run, type Io, type JsonError } from '../../src/cli/run.js'
import { runCli, STACK_FRAME, type CliResult } from './fake-io.js'
import { textOf, type CliText } from '../../src/cli/text.js'
import { decodeRequest } from '../../src/codecs/index.js'
import type { Decision } from '../../src/decision/decision.js'
import type { Request } from '../../src/domain/types.js'
import { decide } from '../../src/engine/api.js'
import { arbRequest } from '../../src/testing/index.js'

// -------------------------------------------------------------------------------------
// helpers
// -------------------------------------------------------------------------------------

type Result = CliResult
/** Runs the command with an in-memory file system and stdin. */
const cli = runCli

const expectNoStackTrace = (r: Result): void => {
  expect(r.stdout).not.toMatch(STACK_FRAME)
  expect(r.stderr).not.toMatch(STACK_FRAME)
}

const record = {
  patient: { birthDate: '1961-07-02', emancipated: false, protectedAdult: false, ins: { qualified: true } },
  status: { kind: 'active' },
  treatingDoctorIds: ['10001234567'],
  legalRepresentatives: [],
  blocks: [],
  authorizations: [],
  documents: [
    {
      id: 'doc-1',
      typeCode: '11502-2',
      author: { kind: 'professional', id: '10007778889' },
      addedOn: '2025-02-03',
      maskedFromProfessionals: false,
      invisibleToPatient: false,
      hiddenFromLegalRepresentatives: false,
    },
  ],
} as const

const insurer = { action: 'consult', actor: { kind: 'third-party', party: 'insurer' }, at: '2025-09-01', record } as const
const closedForPharmacist = {
  action: 'consult',
  actor: { kind: 'professional', id: '10012233445', profession: 'pharmacien', authentication: 'cps' },
  at: '2025-01-15',
  careTeam: true,
  explicitConsent: true,
  record: { ...record, status: { kind: 'closed', on: '2024-11-30' } },
} as const

/** The decision the library takes on a JSON request (decoded as the command decodes it). */
const decisionOf = (u: unknown): Decision => {
  const r = decodeRequest(u)
  if (r._tag === 'Left') throw new Error(`fixture does not decode: ${JSON.stringify(r.left)}`)
  return decide(r.right)
}

const roundTrip = (r: Request): unknown => JSON.parse(JSON.stringify(r)) as unknown

/**
 * Some requests that the command decodes and the library allows, found among valid random requests with
 * a fixed seed (whichever rules grant them), searched once and cached. Only used to reach the "allowed"
 * branch of the command.
 */
let allowedCache: ReadonlyArray<unknown> | undefined
const someAllowed = (n: number): ReadonlyArray<unknown> => {
  if (allowedCache === undefined) {
    const found: Array<unknown> = []
    for (let seed = 1; seed <= 20 && found.length < 3; seed++)
      for (const r of fc.sample(arbRequest(), { seed, numRuns: 200 })) {
        const u = roundTrip(r)
        const d = decodeRequest(u)
        if (d._tag === 'Right' && decide(d.right).allowed) found.push(u)
        if (found.length >= 3) break
      }
    allowedCache = found
  }
  return allowedCache.slice(0, n)
}

const file = (u: unknown): string => JSON.stringify(u, null, 2)

/** The kinds of failure `--json` reports on stdout. */
const ERRORS: ReadonlyArray<JsonError['error']> = ['unreadable-file', 'invalid-json', 'empty-array', 'invalid-input', 'invalid-matrix']

/**
 * The command's English labels (and their renderings for sample arguments) that differ from the French ones: none
 * may appear in French output. Labels spelled alike in both languages ("Obligations", "document") are left out.
 */
const englishOnlyLabels = (): ReadonlyArray<string> => {
  const en = textOf('en')
  const fr = textOf('fr')
  const samples = (t: CliText): ReadonlyArray<string> => [
    t.allowed,
    t.denied,
    t.reasons,
    t.obligations,
    t.remedies,
    t.none,
    t.basis,
    t.noBasis,
    t.document,
    t.at,
    t.root,
    t.stdin,
    t.emptyArray,
    t.request(0, 2),
    t.request(1, 2),
    t.summary(2, 0, 2),
    t.summary(2, 1, 1),
    t.invalidRequest(1),
    t.invalidRequest(3),
    t.invalidMatrix('m.json', 2),
    t.inSource('x.json', 'y'),
  ]
  const f = samples(fr)
  return samples(en).filter((label, i) => label !== f[i])
}

/** English labels found as whole words in a text. */
const englishIn = (text: string): ReadonlyArray<string> =>
  englishOnlyLabels().filter((label) => new RegExp(`(^|[^\\p{L}])${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text))

// -------------------------------------------------------------------------------------
// usage
// -------------------------------------------------------------------------------------

describe('dmp-rules: usage', () => {
  it('prints the usage on stdout and exits 0 with --help, -h or help', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['decide', '--help']]) {
      const r = await cli(argv)
      expect(r.code).toBe(0)
      expect(r.stdout).toContain('dmp-rules decide FILE.json [--json] [--lang fr|en]')
      expect(r.stderr).toBe('')
    }
  })

  it('prints the usage in French with --lang fr --help', async () => {
    const r = await cli(['--help', '--lang', 'fr'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Code de sortie')
  })

  it.each([
    [[], 'missing command'],
    [['frobnicate', 'x.json'], 'unknown command: frobnicate'],
    [['decide'], 'missing FILE.json'],
    [['decide', 'a.json', 'b.json'], 'one FILE.json'],
    [['decide', 'a.json', '--jsn'], 'unknown option: --jsn'],
    [['decide', 'a.json', '-x'], 'unknown option: -x'],
    [['decide', 'a.json', '--lang', 'de'], '--lang takes fr or en, not "de"'],
    [['decide', 'a.json', '--lang=es'], '--lang takes fr or en, not "es"'],
    [['decide', 'a.json', '--lang'], '--lang takes fr or en'],
  ])('rejects %j with a message and the usage on stderr, exit 2', async (argv, message) => {
    const r = await cli(argv, { 'a.json': file(insurer), 'b.json': file(insurer) })
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain(message)
    expect(r.stderr).toContain('Usage: dmp-rules decide')
    expectNoStackTrace(r)
  })

  it('speaks French in a usage error when --lang fr is given', async () => {
    const r = await cli(['decide', '--lang', 'fr'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('FICHIER.json manquant')
  })

  it('accepts options before the file, --lang=fr, and -- before a file named like an option', async () => {
    const a = await cli(['decide', '--json', '--lang=fr', 'a.json'], { 'a.json': file(insurer) })
    expect(a.code).toBe(1)
    expect(JSON.parse(a.stdout)).toEqual(JSON.parse(JSON.stringify(decisionOf(insurer))))
    const b = await cli(['decide', '--', '--odd.json'], { '--odd.json': file(insurer) })
    expect(b.code).toBe(1)
    expect(b.stdout).toContain('R-ACTOR-1')
  })
})

// -------------------------------------------------------------------------------------
// decisions
// -------------------------------------------------------------------------------------

describe('dmp-rules: suggestions for what was mistyped, in the chosen language (issue 22)', () => {
  it.each([
    [['decid', 'a.json'], 'unknown command: decid (did you mean decide?)', 'commande inconnue : decid (vouliez-vous dire decide ?)'],
    [['mpa', 'a.json'], 'unknown command: mpa (did you mean map?)', 'commande inconnue : mpa (vouliez-vous dire map ?)'],
    [['frobnicate', 'a.json'], 'unknown command: frobnicate (the commands are decide, map and help)', 'commande inconnue : frobnicate (les commandes sont decide, map et help)'],
    [['decide', 'a.json', '--jsno'], 'unknown option: --jsno (did you mean --json?)', 'option inconnue : --jsno (vouliez-vous dire --json ?)'],
    [['map', 'a.json', '--acters=x.json'], 'unknown option: --acters=x.json (did you mean --actors?)', 'option inconnue : --acters=x.json (vouliez-vous dire --actors ?)'],
  ])('suggests the nearest for %j, exit 2', async (argv, en, fr) => {
    const e = await cli(argv)
    expect(e.code).toBe(2)
    expect(e.stderr).toContain(en)
    const f = await cli([...argv, '--lang', 'fr'])
    expect(f.code).toBe(2)
    expect(f.stderr).toContain(fr)
    expect(f.stderr).toContain('Usage : dmp-rules decide')
  })

  it('suggests nothing for what is far from every command or option', async () => {
    expect((await cli(['decide', 'a.json', '--frobnicate'])).stderr).not.toContain('did you mean')
    expect((await cli(['xyz', 'a.json'])).stderr).not.toContain('did you mean')
  })

  it('answers --lang fre in French, the language meant, and suggests fr', async () => {
    const r = await cli(['decide', 'a.json', '--lang', 'fre'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--lang prend fr ou en, pas "fre" (vouliez-vous dire fr ?)')
    expect(r.stderr).toContain('Usage : dmp-rules decide')
    expect((await cli(['decide', 'a.json', '--lang=de'])).stderr).toContain('--lang takes fr or en, not "de"\n')
  })

  it('suggests the action meant in a request, in French with --lang fr (A-6)', async () => {
    const r = await cli(['decide', 'req.json', '--lang', 'fr'], { 'req.json': file({ ...insurer, action: 'consul' }) })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('/action: attendu l\'une des valeurs')
    expect(r.stderr).toContain('reçu "consul" (vouliez-vous dire "consult" ?)')
  })
})

describe('dmp-rules decide: human output', () => {
  it('shows a denial with every reason (rule id, code, message, legal basis) and every remedy (R-ACTOR-1)', async () => {
    const d = decisionOf(insurer)
    expect(d.allowed).toBe(false)
    const r = await cli(['decide', 'insurer.json'], { 'insurer.json': file(insurer) })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('')
    expect(r.stdout).toContain('DENIED')
    // The actor's kind and the third party are named in the language (issue 22), not printed as ids.
    expect(r.stdout).toContain('consult · third party insurer · on 2025-09-01')
    for (const reason of d.reasons) {
      expect(r.stdout).toContain(`${reason.rule}  ${reason.code}`)
      expect(r.stdout).toContain(reason.message.en)
      for (const b of reason.basis) expect(r.stdout).toContain(b)
    }
    expect(r.stdout).toContain('R-ACTOR-1')
    if (!d.allowed) for (const m of d.remedies) expect(r.stdout).toContain(`${m.rule}  ${m.code}`)
    expect(r.stdout).toMatch(/Remedies: none|Remedies:\n/)
  })

  it('prints the legal basis of a reason, or says that none is cited (R-STATUS-3)', async () => {
    const d = decisionOf(closedForPharmacist)
    const r = await cli(['decide', 'c.json'], { 'c.json': file(closedForPharmacist) })
    expect(r.code).toBe(d.allowed ? 0 : 1)
    expect(r.stdout).toContain('R-STATUS-3')
    for (const reason of d.reasons)
      expect(r.stdout).toContain(reason.basis.length > 0 ? `legal basis: ${reason.basis.join('; ')}` : 'legal basis: none cited')
  })

  it('prints French with --lang fr: verdict, reasons and remedies in French (R-ACTOR-1)', async () => {
    const d = decisionOf(insurer)
    const r = await cli(['decide', 'insurer.json', '--lang', 'fr'], { 'insurer.json': file(insurer) })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('REFUSÉ')
    expect(r.stdout).toContain('Motifs')
    expect(r.stdout).not.toContain('DENIED')
    for (const reason of d.reasons) {
      expect(r.stdout).toContain(reason.message.fr)
      if (reason.message.fr !== reason.message.en) expect(r.stdout).not.toContain(reason.message.en)
    }
  })

  it('shows an allowance with its reasons and obligations, exit 0', async () => {
    const allowed = someAllowed(1)
    expect(allowed.length).toBe(1)
    const u = allowed[0]
    const d = decisionOf(u)
    const r = await cli(['decide', 'ok.json'], { 'ok.json': file(u) })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('ALLOWED')
    for (const reason of d.reasons) expect(r.stdout).toContain(`${reason.rule}  ${reason.code}`)
    if (d.allowed) {
      if (d.obligations.length === 0) expect(r.stdout).toContain('Obligations: none')
      for (const o of d.obligations) {
        expect(r.stdout).toContain(`${o.rule}  ${o.code}`)
        expect(r.stdout).toContain(o.message.en)
      }
    }
  })

  it('decides an array: a block per request with its index, a summary, exit 1 if any is denied', async () => {
    const allowed = someAllowed(1)
    const batch = [insurer, ...allowed, closedForPharmacist]
    const r = await cli(['decide', 'batch.json'], { 'batch.json': file(batch) })
    expect(r.code).toBe(1)
    const n = batch.length
    for (let i = 0; i < n; i++) expect(r.stdout).toContain(`Request ${i + 1} of ${n} (/${i})`)
    const nAllowed = batch.filter((u) => decisionOf(u).allowed).length
    expect(r.stdout).toContain(`${n} requests: ${nAllowed} allowed, ${n - nAllowed} denied`)
  })

  it('exits 0 for an array whose every request is allowed', async () => {
    const allowed = someAllowed(2)
    expect(allowed.length).toBe(2)
    const r = await cli(['decide', 'ok.json'], { 'ok.json': file(allowed) })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('2 requests: 2 allowed, 0 denied')
  })

  it('reads the request from standard input with "-"', async () => {
    const r = await cli(['decide', '-'], {}, file(insurer))
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('R-ACTOR-1')
  })

  it('ignores a leading byte-order mark', async () => {
    const r = await cli(['decide', 'bom.json'], { 'bom.json': '\ufeff' + file(insurer) })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('R-ACTOR-1')
  })
})

describe('dmp-rules decide --json', () => {
  it('prints the Decision of one request, as the library returns it', async () => {
    const r = await cli(['decide', 'insurer.json', '--json'], { 'insurer.json': file(insurer) })
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(decisionOf(insurer))))
  })

  it('prints an array of Decisions for an array of requests, in order', async () => {
    const batch = [insurer, closedForPharmacist, ...someAllowed(1)]
    const r = await cli(['decide', 'b.json', '--json'], { 'b.json': file(batch) })
    const parsed: unknown = JSON.parse(r.stdout)
    expect(parsed).toEqual(JSON.parse(JSON.stringify(batch.map(decisionOf))))
    expect(r.code).toBe(batch.every((u) => decisionOf(u).allowed) ? 0 : 1)
  })

  it('prints a one-element array for a one-element array', async () => {
    const r = await cli(['decide', 'b.json', '--json'], { 'b.json': file([insurer]) })
    expect(Array.isArray(JSON.parse(r.stdout))).toBe(true)
  })
})

// -------------------------------------------------------------------------------------
// invalid input
// -------------------------------------------------------------------------------------

describe('dmp-rules decide: invalid input exits 2, says why, never shows a stack trace', () => {
  it('reports a missing file', async () => {
    const r = await cli(['decide', 'nope.json'])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe('dmp-rules: file not found: nope.json\n')
  })

  it.each([
    ['EISDIR', 'is a directory'],
    ['EACCES', 'permission denied'],
    ['EIO', 'cannot read'],
  ])('reports a read error %s', async (code, message) => {
    const io: Io = {
      readFile: async () => {
        throw Object.assign(new Error(`${code}: boom`), { code })
      },
      readStdin: async () => '',
      stdout: () => undefined,
      stderr: (s) => {
        err += s
      },
    }
    let err = ''
    expect(await run(['decide', 'x'], io)).toBe(2)
    expect(err).toContain(message)
    expect(err).not.toMatch(STACK_FRAME)
  })

  it('reports invalid JSON with its line and column', async () => {
    const text = '{\n  "action": "consult",\n  "at": ,\n}'
    const r = await cli(['decide', 'bad.json'], { 'bad.json': text })
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe("dmp-rules: bad.json: invalid JSON at line 3, column 9: unexpected character ','\n")
  })

  it('reports invalid JSON in French with --lang fr', async () => {
    const r = await cli(['decide', 'bad.json', '--lang', 'fr'], { 'bad.json': '[1, 2' })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('JSON invalide ligne 1, colonne 6')
  })

  it('reports empty input and an empty array', async () => {
    const a = await cli(['decide', '-'], {}, '  \n')
    expect(a.code).toBe(2)
    expect(a.stderr).toContain('the input is empty')
    const b = await cli(['decide', 'e.json'], { 'e.json': '[]' })
    expect(b.code).toBe(2)
    expect(b.stderr).toContain('empty array')
  })

  it('lists every decoding issue with its JSON path (A-6)', async () => {
    const bad = { ...insurer, at: '2023-02-30', actor: { kind: 'professional', id: 'p', profession: 'sorcier', authentication: 'cps' } }
    const issues = decodeRequest(bad)
    expect(issues._tag).toBe('Left')
    const r = await cli(['decide', 'bad.json'], { 'bad.json': file(bad) })
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('bad.json: invalid request')
    expect(r.stderr).toMatch(/^ {2}\/at: /m)
    expect(r.stderr).toMatch(/^ {2}\/actor\/profession: /m)
    if (issues._tag === 'Left') for (const i of issues.left) expect(r.stderr).toContain(`  ${i.path === '' ? '(root)' : i.path}: ${i.message.en}`)
    expectNoStackTrace(r)
  })

  it('prefixes the paths of an array element with its index, reports every element, decides none', async () => {
    const bad1 = { ...insurer, at: 'yesterday' }
    const bad3 = { ...insurer, record: { ...record, documents: [{ ...record.documents[0], addedOn: '2025-13-01' }] } }
    const r = await cli(['decide', 'b.json'], { 'b.json': file([insurer, bad1, insurer, bad3]) })
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^ {2}\/1\/at: /m)
    expect(r.stderr).toMatch(/^ {2}\/3\/record\/documents\/0\/addedOn: /m)
    expect(r.stderr).not.toMatch(/^ {2}\/[02]\//m)
  })

  it('reports a request that is not an object at the root', async () => {
    const r = await cli(['decide', 'n.json'], { 'n.json': '42' })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('invalid request')
  })

  it('turns an unexpected exception into an internal error message, exit 2', async () => {
    const io: Io = {
      readFile: async () => file(insurer),
      readStdin: async () => '',
      stdout: () => {
        throw new Error('disk full')
      },
      stderr: (s) => {
        err += s
      },
    }
    let err = ''
    expect(await run(['decide', 'x.json'], io)).toBe(2)
    expect(err).toBe('dmp-rules: internal error (please report it): disk full\n')
  })
})

// -------------------------------------------------------------------------------------
// properties
// -------------------------------------------------------------------------------------

// -------------------------------------------------------------------------------------
// French everywhere, and --json for input that cannot be decided
// -------------------------------------------------------------------------------------

describe('dmp-rules decide --lang fr: everything in French', () => {
  const bad = { ...insurer, at: '2023-02-30', actor: { kind: 'professional', id: 'p', profession: 'sorcier', authentication: 'cps' }, explicitConsnet: true }

  it('knows its English labels (the check below has something to find)', () => {
    expect(englishOnlyLabels()).toContain('DENIED')
    expect(englishOnlyLabels()).toContain('Reasons')
    expect(englishIn('DENIED\nReasons:')).toEqual(['DENIED', 'Reasons'])
    expect(englishIn('REFUSÉ\nMotifs :')).toEqual([])
  })

  it('prints the issues of an invalid request in French, with a French header and no English label (A-6)', async () => {
    const issues = decodeRequest(bad)
    if (issues._tag !== 'Left') throw new Error('fixture decodes')
    const r = await cli(['decide', 'bad.json', '--lang', 'fr'], { 'bad.json': file(bad) })
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain(`dmp-rules: bad.json : demande invalide : ${issues.left.length} problèmes\n`)
    for (const i of issues.left) {
      expect(r.stderr).toContain(`  ${i.path}: ${i.message.fr}`)
      expect(r.stderr).not.toContain(i.message.en)
    }
    expect(r.stderr).toMatch(/^ {2}\/at: attendu une date ISO AAAA-MM-JJ qui existe, reçu "2023-02-30"$/m)
    expect(r.stderr).toMatch(/^ {2}\/explicitConsnet: attendu uniquement les clés .*, reçu la clé inconnue "explicitConsnet" \(vouliez-vous dire "explicitConsent" \?\)$/m)
    expect(r.stderr).not.toMatch(/\b(expected|got|did you mean)\b/)
    expect(englishIn(r.stderr)).toEqual([])
  })

  it('prints the issues of an array element, the root written (racine), in French', async () => {
    const r = await cli(['decide', '-', '--lang=fr'], {}, file([insurer, 42]))
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("dmp-rules: l'entrée standard : demande invalide : 1 problème\n")
    expect(r.stderr).toMatch(/^ {2}\/1: attendu un objet demande .*, reçu 42$/m)
    const root = await cli(['decide', 'n.json', '--lang', 'fr'], { 'n.json': '42' })
    expect(root.stderr).toMatch(/^ {2}\(racine\): attendu un objet demande .*, reçu 42$/m)
    expect(englishIn(r.stderr + root.stderr)).toEqual([])
  })

  it('prints the headers, labels and summary of decisions in French, no English label left', async () => {
    const batch = [insurer, ...someAllowed(1), closedForPharmacist]
    const r = await cli(['decide', 'batch.json', '--lang', 'fr'], { 'batch.json': file(batch) })
    expect(r.code).toBe(1)
    const n = batch.length
    for (let i = 0; i < n; i++) expect(r.stdout).toContain(`Demande ${i + 1} sur ${n} (/${i})`)
    expect(r.stdout).toMatch(/^Motifs :$/m)
    expect(r.stdout).toMatch(/^ {6}fondement juridique : /m)
    expect(r.stdout).toMatch(new RegExp(`^${n} demandes : \\d+ autorisées?, \\d+ refusées?$`, 'm'))
    expect(englishIn(r.stdout)).toEqual([])
  })

  it('prints an invalid matrix in French (its decoding issues in French)', async () => {
    const files = {
      'req.json': file(insurer),
      'm.json': JSON.stringify({ version: 'x', grants: [{ profession: 'astrologer', typeCodes: ['11502-2'] }] }),
    }
    const r = await cli(['decide', 'req.json', '--matrix', 'm.json', '--lang', 'fr'], files)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("m.json : matrice d'habilitation invalide : 1 problème")
    expect(r.stderr).toMatch(/^ {2}\/grants\/0\/profession: attendu l'une des valeurs .*, reçu "astrologer"$/m)
    expect(englishIn(r.stderr)).toEqual([])
  })
})

describe('dmp-rules decide --json: input that cannot be decided is a JSON error object on stdout, exit 2', () => {
  const parse = (r: Result): JsonError => {
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('')
    return JSON.parse(r.stdout) as JsonError
  }

  it('gives every issue of an array of requests, with its code, prefixed path and message in both languages', async () => {
    const bad1 = { ...insurer, at: 'yesterday' }
    const bad3 = { ...insurer, record: { ...record, documents: [{ ...record.documents[0], addedOn: '2025-13-01' }] } }
    for (const lang of ['en', 'fr']) {
      const r = await cli(['decide', 'b.json', '--json', '--lang', lang], { 'b.json': file([insurer, bad1, insurer, bad3]) })
      const e = parse(r)
      const issue1 = decodeRequest(bad1)
      const issue3 = decodeRequest(bad3)
      if (issue1._tag !== 'Left' || issue3._tag !== 'Left') throw new Error('fixtures decode')
      expect(e).toEqual({
        error: 'invalid-input',
        message: { en: 'b.json: invalid request: 2 issues', fr: 'b.json : demande invalide : 2 problèmes' },
        issues: [
          // the command writes each issue's code, path and message (not the parameters a DecodeIssue also carries)
          ...issue1.left.map((i) => ({ code: i.code, path: `/1${i.path}`, message: i.message })),
          ...issue3.left.map((i) => ({ code: i.code, path: `/3${i.path}`, message: i.message })),
        ],
      })
      expect(e.issues?.map((i) => i.path)).toEqual(['/1/at', '/3/record/documents/0/addedOn'])
      expect(e.issues?.[0]?.message.fr).toMatch(/^attendu .+, reçu "yesterday"$/)
      expect(e.issues?.[0]?.code).toBe('INVALID_DATE')
      // the JSON is the whole of stdout: one object, then a newline
      expect(r.stdout.endsWith('}\n')).toBe(true)
    }
  })

  it('reports one invalid request as invalid-input too', async () => {
    const e = parse(await cli(['decide', 'n.json', '--json'], { 'n.json': '42' }))
    expect(e.error).toBe('invalid-input')
    expect(e.issues).toEqual([{ code: 'INVALID_TYPE', path: '', message: expect.objectContaining({ en: expect.stringMatching(/^expected a request object/) }) }])
  })

  it.each([
    ['unreadable-file', ['decide', 'nope.json', '--json'], {}, 'file not found: nope.json', 'fichier introuvable : nope.json'],
    ['invalid-json', ['decide', 'x.json', '--json'], { 'x.json': '{,}' }, 'x.json: invalid JSON at line 1', 'x.json : JSON invalide ligne 1'],
    ['empty-array', ['decide', 'x.json', '--json'], { 'x.json': '[]' }, 'x.json: an empty array', 'x.json : un tableau vide'],
    [
      'invalid-matrix',
      ['decide', 'x.json', '--json', '--matrix', 'm.json'],
      { 'x.json': file(insurer), 'm.json': JSON.stringify({ version: 'x', grants: [] , extra: 1 }) },
      'm.json: invalid authorisation matrix: 1 issue',
      "m.json : matrice d'habilitation invalide : 1 problème",
    ],
  ] as const)('reports %s', async (error, argv, files, en, fr) => {
    const e = parse(await cli(argv, files))
    expect(e.error).toBe(error)
    expect(e.message.en).toContain(en)
    expect(e.message.fr).toContain(fr)
    expect(e.issues === undefined).toBe(error !== 'invalid-matrix')
  })

  it('documents the JSON error object in --help, in both languages', async () => {
    for (const lang of ['en', 'fr']) {
      const r = await cli(['--help', '--lang', lang])
      expect(r.stdout).toContain('"error": "invalid-input"')
      expect(r.stdout).toContain('invalid-json')
    }
  })
})

const runs = process.env['DMP_RULES_DEEP'] ? 2_000 : 100

describe('dmp-rules decide: properties', () => {
  it('exits 2 exactly when the request does not decode, else 0 or 1 as the library decides', async () => {
    await fc.assert(
      fc.asyncProperty(arbRequest(), async (request) => {
        const u = roundTrip(request)
        const decoded = decodeRequest(u)
        const r = await cli(['decide', 'r.json', '--json'], { 'r.json': file(u) })
        if (decoded._tag === 'Left') expect(r.code).toBe(2)
        else {
          const d = decide(decoded.right)
          expect(r.code).toBe(d.allowed ? 0 : 1)
          expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(d)))
        }
      }),
      { numRuns: runs },
    )
  })

  it('shows every rule id of the decision in the human output, in both languages', async () => {
    await fc.assert(
      fc.asyncProperty(arbRequest(), fc.constantFrom('fr' as const, 'en' as const), async (request, lang) => {
        const u = roundTrip(request)
        const decoded = decodeRequest(u)
        const r = await cli(['decide', 'r.json', '--lang', lang], { 'r.json': file(u) })
        // arbRequest makes valid requests only: each must decode (else the codecs or the arbitrary are wrong).
        expect(decoded._tag).toBe('Right')
        if (decoded._tag === 'Left') return
        const d = decide(decoded.right)
        for (const reason of d.reasons) expect(r.stdout).toContain(reason.message[lang])
        for (const item of d.allowed ? d.obligations : d.remedies) expect(r.stdout).toContain(`${item.rule}  ${item.code}`)
      }),
      { numRuns: runs },
    )
  })

  it('never rejects, never prints a stack trace, and always exits 0, 1 or 2, whatever the input text', async () => {
    const text = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify({ ...insurer, at: v })),
      fc.jsonValue().map((v) => JSON.stringify({ ...insurer, record: { ...record, documents: v } })),
      arbRequest().map((r) => JSON.stringify(roundTrip(r)).slice(0, -3)),
    )
    await fc.assert(
      fc.asyncProperty(text, fc.boolean(), async (t, json) => {
        const r = await cli(['decide', 'x.json', ...(json ? ['--json'] : [])], { 'x.json': t })
        expect([0, 1, 2]).toContain(r.code)
        expectNoStackTrace(r)
        if (r.code === 2 && !json) expect(r.stdout).toBe('')
        if (r.code === 2 && json) {
          // with --json, input that cannot be decided is one JSON error object on stdout, and nothing on stderr
          expect(r.stderr).toBe('')
          expect(ERRORS).toContain((JSON.parse(r.stdout) as JsonError).error)
        }
      }),
      { numRuns: runs },
    )
  })
})

// -------------------------------------------------------------------------------------
// --matrix: the authorisation matrix to decide with (R-AUTH-7)
// -------------------------------------------------------------------------------------

describe('dmp-rules decide --matrix', () => {
  const physioViewsLabReport = {
    action: 'view',
    actor: { kind: 'professional', id: '10203040506', profession: 'masseur-kinesitherapeute', authentication: 'cps' },
    at: '2025-05-06',
    careTeam: true,
    explicitConsent: true,
    document: record.documents[0],
    record,
  } as const
  const files = {
    'req.json': JSON.stringify(physioViewsLabReport),
    'grants.json': JSON.stringify({ version: 'test-1', grants: [{ profession: 'masseur-kinesitherapeute', typeCodes: ['11502-2'] }] }),
    'jsonapi.json': JSON.stringify({
      data: [
        { field_consultation_document: true, field_code_profession: { field_code_profession: 70 }, field_type_de_document: { field_code_loinc: '11502-2' } },
      ],
    }),
    'bad.json': JSON.stringify({ version: 'x', grants: [{ profession: 'astrologer', typeCodes: ['11502-2'] }] }),
  }

  it('allows the view under the bundled matrix (the Cnam 2024-09 transcription grants physiotherapists lab reports), naming its version (R-AUTH-7)', async () => {
    const r = await cli(['decide', 'req.json', '--json'], files)
    expect(r.code).toBe(0)
    const d = JSON.parse(r.stdout) as Decision
    expect(d.reasons.map((x) => `${x.rule}:${x.code}`)).toContain('R-AUTH-7:MATRIX_GRANTS_DOCUMENT_TYPE')
    expect(d.matrixVersion).toMatch(/^cnam-2024-09-25/)
  })

  it('denies it with a matrix that grants nothing (R-AUTH-7)', async () => {
    const r = await cli(['decide', 'req.json', '--json', '--matrix', 'none.json'], { ...files, 'none.json': JSON.stringify({ version: 'none', grants: [] }) })
    expect(r.code).toBe(1)
    const d = JSON.parse(r.stdout) as Decision
    expect(d.reasons.map((x) => `${x.rule}:${x.code}`)).toContain('R-AUTH-7:MATRIX_DOES_NOT_GRANT_DOCUMENT_TYPE')
    expect(d.matrixVersion).toBe('none')
  })

  it.each(['grants.json', 'jsonapi.json'])('allows it with a matrix that grants the type, read from %s (R-AUTH-7)', async (file) => {
    const r = await cli(['decide', 'req.json', '--json', '--matrix', file], files)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const d = JSON.parse(r.stdout) as Decision
    expect(d.allowed).toBe(true)
    expect(d.reasons.map((x) => `${x.rule}:${x.code}`)).toContain('R-AUTH-7:MATRIX_GRANTS_DOCUMENT_TYPE')
    const m = JSON.parse(files['grants.json']) as { version: string; grants: [] }
    const decoded = decodeRequest(physioViewsLabReport)
    if (decoded._tag !== 'Right') throw new Error('fixture does not decode')
    // the same answer as the library's own, with the same grants (each matrix names its own version)
    const { matrixVersion: _cli, ...fromCli } = d
    const { matrixVersion: _lib, ...fromLibrary } = JSON.parse(JSON.stringify(decide(decoded.right, { matrix: m }))) as Decision
    expect(fromCli).toEqual(fromLibrary)
  })

  it('accepts --matrix=FILE', async () => {
    expect((await cli(['decide', '--matrix=grants.json', 'req.json'], files)).code).toBe(0)
  })

  it('refuses an invalid matrix with exit 2, every issue with its path, and decides nothing', async () => {
    const r = await cli(['decide', 'req.json', '--matrix', 'bad.json'], files)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('bad.json: invalid authorisation matrix: 1 issue')
    expect(r.stderr).toContain('/grants/0/profession')
    expectNoStackTrace(r)
  })

  it('words the issues of a JSON:API matrix in the language asked (issue 22 item 4, R-AUTH-7)', async () => {
    const badJsonApi = { 'bad-jsonapi.json': JSON.stringify({ data: [{ field_consultation_document: 'yes', field_code_profession: { field_code_profession: 70 }, field_type_de_document: { field_code_loinc: '11502-2' } }] }) }
    const fr = await cli(['decide', 'req.json', '--matrix', 'bad-jsonapi.json', '--lang', 'fr'], { ...files, ...badJsonApi })
    expect(fr.code).toBe(2)
    expect(fr.stderr).toContain('/data/0/field_consultation_document: Attendu field_consultation_document, un booléen.')
    const en = await cli(['decide', 'req.json', '--matrix', 'bad-jsonapi.json'], { ...files, ...badJsonApi })
    expect(en.stderr).toContain('/data/0/field_consultation_document: Expected field_consultation_document, a boolean.')
  })

  it('reports a missing matrix file, a missing value and a repeated option as usage problems (exit 2)', async () => {
    const missing = await cli(['decide', 'req.json', '--matrix', 'nope.json'], files)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('file not found: nope.json')
    const noValue = await cli(['decide', 'req.json', '--matrix'], files)
    expect(noValue.code).toBe(2)
    expect(noValue.stderr).toContain('--matrix takes a file')
    const twice = await cli(['decide', 'req.json', '--matrix', 'grants.json', '--matrix', 'jsonapi.json'], files)
    expect(twice.code).toBe(2)
    expect(twice.stderr).toContain('more than once')
  })
})
