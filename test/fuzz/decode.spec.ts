// Boundary fuzzing of the decoders: they never throw, every issue points into the input, and whatever they
// let through is a valid value.
import * as fc from 'fast-check'
import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import { decodeMatrix, decodeRequest, type DecodeIssue } from '../../src/codecs/index.js'
import { isIsoDate } from '../../src/domain/dates.js'
import { DOCUMENT_ACTIONS, type Request } from '../../src/domain/types.js'
import { arbMatrix, arbRequest } from '../../src/testing/index.js'
import { REMOVE, pointersOf, resolve, setAt } from './json-pointer.js'

const DEEP = process.env['DMP_RULES_DEEP'] !== undefined
const RUNS = DEEP ? 100_000 : 10_000
const MUTATION_RUNS = DEEP ? 100_000 : 1_500
/** 100 000 requests, each decoded with the record's documents checked against the document: minutes on a loaded machine. */
const DEEP_TIMEOUT = DEEP ? 900_000 : 120_000

// Every code of the codecs, listed here: a code added to the codecs and not here fails to compile (below).
const CODES = [
  'INVALID_TYPE',
  'ACCESSOR',
  'EMPTY_STRING',
  'INVALID_ENUM',
  'INVALID_DATE',
  'MISSING_KEY',
  'UNKNOWN_KEY',
  'DUPLICATE_DOCUMENT_ID',
  'DUPLICATE_REPRESENTATIVE_ID',
  'UNLISTED_REPRESENTATIVE',
  'MISSING_DOCUMENT',
  'AT_BEFORE_BIRTH',
  'DOCUMENT_NOT_IN_RECORD',
  'DOCUMENT_DIFFERS_FROM_RECORD',
  'FED_DOCUMENT_ID_EXISTS',
  'FED_DOCUMENT_NOT_ADDED_AT',
  'INDIRECT_WITHOUT_ESTABLISHMENT',
  'EMANCIPATED_UNDER_16',
  'PROTECTION_MEASURE_MISSING',
  'PROTECTION_WITHOUT_PROTECTED_ADULT',
  'REPRESENTATION_NOT_CARRIED_BY_MEASURE',
  'UNREADABLE_INPUT',
  'TOO_MANY_ISSUES',
] as const satisfies ReadonlyArray<DecodeIssue['code']>
type Unlisted = Exclude<DecodeIssue['code'], (typeof CODES)[number]>
const everyCodeListed: [Unlisted] extends [never] ? true : Unlisted = true
void everyCodeListed

/** Every issue is well formed and its path leads into the input (or names a missing key of an existing parent). */
const checkIssues = (input: unknown, issues: ReadonlyArray<DecodeIssue>): void => {
  // Plain checks (no `expect` in the hot loop: it is slow over 10 000 runs); a failure throws with details.
  const fail = (why: string, i?: DecodeIssue): never => {
    throw new Error(`${why}: ${JSON.stringify(i)} for input ${fc.stringify(input)}`)
  }
  if (issues.length === 0) fail('Left without issues')
  for (const i of issues) {
    if (!(CODES as ReadonlyArray<string>).includes(i.code)) fail('unknown code', i)
    if (!/^expected .+, got /s.test(i.message.en)) fail('English message without expected/got', i)
    if (!/^attendu .+, reçu /s.test(i.message.fr)) fail('French message without attendu/reçu', i)
    const where = resolve(input, i.path)
    if (where.tag === 'nowhere') fail('path leads nowhere', i)
    // A missing key is named by these codes: a key the request lacks, its document lacking a key the record's copy
    // has, indirect authentication lacking its establishment (R-AUTH-1).
    const aboutMissingKey = ['MISSING_KEY', 'MISSING_DOCUMENT', 'INVALID_TYPE', 'DOCUMENT_DIFFERS_FROM_RECORD', 'INDIRECT_WITHOUT_ESTABLISHMENT', 'PROTECTION_MEASURE_MISSING']
    if (where.tag === 'missing-key' && !aboutMissingKey.includes(i.code))
      fail('a missing key for an issue about a value', i)
  }
}

const sortKeys = (u: unknown): unknown =>
  typeof u !== 'object' || u === null
    ? u
    : Array.isArray(u)
      ? u.map(sortKeys)
      : Object.fromEntries(Object.keys(u).sort().map((k) => [k, sortKeys((u as Record<string, unknown>)[k])]))

/** The invariants of a valid request, checked independently of the codecs. */
const checkValidRequest = (r: Request): void => {
  const fail = (why: string): never => {
    throw new Error(`${why}: ${fc.stringify(r)}`)
  }
  if (!isIsoDate(r.at) || !isIsoDate(r.record.patient.birthDate)) fail('impossible date let through')
  if (r.record.patient.birthDate > r.at) fail('at before the birth date let through')
  if (DOCUMENT_ACTIONS.includes(r.action) && r.document === undefined) fail('document action without document')
  const actor = r.actor
  if (actor.kind === 'legal-representative' && !r.record.legalRepresentatives.some((x) => x.id === actor.id))
    fail('unlisted legal representative let through')
  const ids = r.record.documents.map((d) => d.id)
  if (new Set(ids).size !== ids.length) fail('duplicate document ids let through')
  if (!r.record.documents.every((d) => isIsoDate(d.addedOn))) fail('impossible addedOn let through')
  // Integrity (A-7, R-FEED-1, R-AUTH-1, R-MINOR-3), written here without the library's helpers.
  const doc = r.document
  if (doc !== undefined && r.action === 'feed') {
    if (ids.includes(doc.id)) fail('a fed document reusing an id let through')
    if (doc.addedOn !== r.at) fail('a fed document not added at `at` let through')
  } else if (doc !== undefined && DOCUMENT_ACTIONS.includes(r.action)) {
    const own = r.record.documents.find((d) => d.id === doc.id)
    if (own === undefined) fail('a document not in the record let through')
    if (JSON.stringify(own) !== JSON.stringify(doc) && JSON.stringify(sortKeys(own)) !== JSON.stringify(sortKeys(doc)))
      fail("a document different from the record's copy let through")
  }
  if (actor.kind === 'professional' && actor.authentication === 'indirect' && actor.establishmentId === undefined)
    fail('indirect authentication without an establishment let through')
  if (r.record.patient.emancipated && Number(r.at.slice(0, 4)) - Number(r.record.patient.birthDate.slice(0, 4)) < 16)
    fail('an emancipated child of under 16 let through (years only)')
  if (r.record.patient.protectedAdult !== (r.record.patient.protection !== undefined))
    fail('a protected adult without the measure (or a measure without protectedAdult) let through')
  expect(decodeRequest(r)).toEqual(E.right(r))
}

const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
  key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'kind', 'id', 'action', 'record', 'a/b', '~0')),
})

const decoders = [
  ['decodeRequest', decodeRequest],
  ['decodeMatrix', decodeMatrix],
] as const

describe('decoders never throw and point into the input', () => {
  for (const [name, decode] of decoders) {
    it(`${name} on fc.anything()`, () => {
      fc.assert(
        fc.property(anything, (u) => {
          const r = decode(u)
          if (E.isLeft(r)) checkIssues(u, r.left)
        }),
        { numRuns: RUNS },
      )
    })

    it(`${name} on fc.json() values`, () => {
      fc.assert(
        fc.property(fc.json(), (text) => {
          const u: unknown = JSON.parse(text)
          const r = decode(u)
          if (E.isLeft(r)) checkIssues(u, r.left)
        }),
        { numRuns: RUNS },
      )
    })
  }

  it('decodeRequest on objects with the right keys and junk values', () => {
    const keys = ['action', 'actor', 'record', 'at', 'document', 'careTeam', 'accessMode', 'shareWith']
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), anything), (u) => {
        const r = decodeRequest(u)
        expect(E.isLeft(r)).toBe(true)
        if (E.isLeft(r)) checkIssues(u, r.left)
      }),
      { numRuns: Math.floor(RUNS / 10) },
    )
  })
})

// Junk to put in place of a sub-value: wrong types, near-miss enums and dates, edge strings, containers.
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    0,
    -1,
    Number.NaN,
    true,
    false,
    '',
    ' ',
    'CPS',
    'consul',
    'doc-1',
    'rl-1',
    'ps-1',
    'medecin',
    'legal-representative',
    'view',
    '*',
    '2023-02-29',
    '2024-02-29',
    '2023-02-30',
    '1900-01-01',
    '2099-12-31',
    '2024-1-01',
    [],
    {},
    { kind: 'patient' },
    { kind: 'legal-representative', id: 'rl-9' },
  ),
  fc.constant(REMOVE),
  anything,
)

/** The request with the record's defaulted lists (treatingDoctorIds, legalRepresentatives, documents) set to [] where absent. */
const withDefaultLists = (u: unknown): unknown => {
  if (typeof u !== 'object' || u === null || !('record' in u)) return u
  const record = (u as { readonly record: Record<string, unknown> }).record
  const filled = { ...record }
  for (const key of ['treatingDoctorIds', 'legalRepresentatives', 'documents']) if (filled[key] === undefined) filled[key] = []
  return { ...u, record: filled }
}

describe('mutations of valid values', () => {
  it('decodeRequest: replacing one sub-value with junk never throws; Right means a valid request', () => {
    fc.assert(
      fc.property(arbRequest(), fc.nat(), junk, (request, pick, value) => {
        const pointers = pointersOf(request)
        const pointer = pointers[pick % pointers.length] as string
        // Removing the root makes no sense: replace it instead.
        const mutated = pointer === '' && value === REMOVE ? null : setAt(request, pointer, value)
        const r = decodeRequest(mutated)
        if (E.isLeft(r)) checkIssues(mutated, r.left)
        else {
          checkValidRequest(r.right)
          // A record list whose absence only takes grants away defaults to [] (issue 22 item 7, A-7, R-MINOR-1).
          expect(r.right).toEqual(withDefaultLists(mutated))
        }
      }),
      { numRuns: MUTATION_RUNS },
    )
  })

  it('decodeRequest: adding a key anywhere is always an issue at that key', () => {
    fc.assert(
      fc.property(arbRequest(), fc.nat(), fc.string().map((s) => `x${s}`), (request, pick, key) => {
        const objects = pointersOf(request).filter((p) => {
          const v = resolve(request, p)
          return v.tag === 'found' && typeof v.value === 'object' && v.value !== null && !Array.isArray(v.value)
        })
        const parent = objects[pick % objects.length] as string
        const where = resolve(request, parent)
        if (where.tag === 'found' && Object.prototype.hasOwnProperty.call(where.value, key)) return // not an addition
        const pointer = `${parent}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`
        const r = decodeRequest(setAt(request, pointer, true))
        expect(E.isLeft(r)).toBe(true)
        if (E.isLeft(r)) expect(r.left.map((i) => [i.code, i.path])).toEqual([['UNKNOWN_KEY', pointer]])
      }),
      { numRuns: MUTATION_RUNS },
    )
  }, DEEP_TIMEOUT)

  it('decodeMatrix: replacing one sub-value with junk never throws; Right means a matrix equal to the input', () => {
    fc.assert(
      fc.property(arbMatrix(), fc.nat(), junk, (matrix, pick, value) => {
        const pointers = pointersOf(matrix)
        const pointer = pointers[pick % pointers.length] as string
        const mutated = pointer === '' && value === REMOVE ? null : setAt(matrix, pointer, value)
        const r = decodeMatrix(mutated)
        if (E.isLeft(r)) checkIssues(mutated, r.left)
        else {
          expect(r.right).toEqual(mutated)
          expect(decodeMatrix(r.right)).toEqual(r)
        }
      }),
      { numRuns: MUTATION_RUNS },
    )
  })
})
