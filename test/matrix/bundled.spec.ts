import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { PROFESSIONS, professionToCode } from '../../src/domain/profession.js'
import type { Request } from '../../src/domain/types.js'
import { decide } from '../../src/engine/api.js'
import { compileMatrix } from '../../src/matrix/compile.js'
import { DEFAULT_MATRIX, NO_GRANT_MATRIX } from '../../src/matrix/default.js'
import { DOCUMENT_CATEGORIES, DOCUMENT_TYPES, MATRIX_COLUMNS, isKnownTypeCode } from '../../src/matrix/structure.js'
import { CNAM_MATRIX_2024_09, CNAM_ROWS_2024_09, TRANSCRIBED_MATRIX_2023, TRANSCRIBED_ROWS_2023 } from '../../src/matrix/transcription-2023.js'
import { MEDICO_SOCIAL_ROLES } from '../../src/domain/types.js'

const ROWS = Object.entries(TRANSCRIBED_ROWS_2023)
const codesOf = (profession: string): ReadonlyArray<string> => {
  const g = TRANSCRIBED_MATRIX_2023.grants.filter((x) => x.profession === profession)
  return g.flatMap((x) => (x.typeCodes === '*' ? ['*'] : x.typeCodes))
}
const column = (i: number): ReadonlyArray<string> => ROWS.filter(([, bits]) => bits[i] === '1').map(([t]) => t)

describe('the bundled matrix (R-AUTH-7)', () => {
  it('is the Cnam 2024-09 transcription by default, and NO_GRANT_MATRIX hides every type from every profession', () => {
    expect(DEFAULT_MATRIX).toBe(CNAM_MATRIX_2024_09)
    expect(DEFAULT_MATRIX.version).toMatch(/^cnam-2024-09-25\/transcription/)
    expect(TRANSCRIBED_MATRIX_2023).toBe(CNAM_MATRIX_2024_09) // the deprecated alias
    const m = compileMatrix(NO_GRANT_MATRIX)
    for (const p of PROFESSIONS) {
      expect(m.grantsAny(p, undefined)).toBe(false)
      for (const t of DOCUMENT_TYPES) expect(m.grants(p, 'SM26', t.typeCode)).toBe(false)
    }
  })

  it('records a source on every grant of every bundled matrix', () => {
    for (const g of [...DEFAULT_MATRIX.grants, ...TRANSCRIBED_MATRIX_2023.grants]) expect(g.source?.length ?? 0).toBeGreaterThan(20)
  })

  it('lets a doctor of the care team see a report under the default matrix, not under NO_GRANT_MATRIX, and names the version that decided (R-AUTH-7)', () => {
    const document = {
      id: 'd1',
      typeCode: '11488-4',
      author: { kind: 'professional', id: 'ps-1' },
      addedOn: '2024-05-01',
      maskedFromProfessionals: false,
      invisibleToPatient: false,
      hiddenFromLegalRepresentatives: false,
    } as const
    const request: Request = {
      action: 'view',
      actor: { kind: 'professional', id: 'ps-9', profession: 'medecin', authentication: 'cps' },
      at: '2024-06-01',
      careTeam: true,
      explicitConsent: true,
      record: {
        patient: { birthDate: '1970-01-01', emancipated: false, protectedAdult: false, ins: { qualified: true } },
        status: { kind: 'active' },
        treatingDoctorIds: [],
        legalRepresentatives: [],
        blocks: [],
        authorizations: [{ professionalId: 'ps-9', status: 'valid' }],
        documents: [document],
      },
      document,
    }
    const byDefault = decide(request)
    expect(byDefault.allowed).toBe(true)
    expect(byDefault.matrixVersion).toBe(CNAM_MATRIX_2024_09.version)
    const strict = decide(request, { matrix: NO_GRANT_MATRIX })
    expect(strict.allowed).toBe(false)
    expect(strict.reasons.some((r) => r.rule === 'R-AUTH-7' && r.code === 'MATRIX_DOES_NOT_GRANT_DOCUMENT_TYPE')).toBe(true)
    expect(strict.matrixVersion).toBe('no-grant')
    expect(strict.allowed ? [] : strict.remedies.map((r) => r.code)).toContain('ASK_AUTHOR_OR_PATIENT_TO_SHARE')
  })
})

describe('the structure of the annex', () => {
  it('has the 11 document categories of TRE_A03', () => {
    expect(DOCUMENT_CATEGORIES.map((c) => c.classCode)).toEqual(['10', '11', '31', '42', '43', '44', '45', '52', '60', '90', '95'])
  })

  it('has 19 profession columns, in order, whose TRE_G15 codes are the library’s', () => {
    expect(MATRIX_COLUMNS.map((c) => c.index)).toEqual([...Array(19).keys()])
    for (const c of MATRIX_COLUMNS)
      c.professions.forEach((p, i) => expect(professionToCode(p)).toBe(c.tre_g15[i]))
    expect(MATRIX_COLUMNS.flatMap((c) => c.professions)).not.toContain('technicien-laboratoire')
    expect(MATRIX_COLUMNS.flatMap((c) => c.professions)).not.toContain('medico-social')
  })

  it('names only type codes of JDV_J07, each once, with a label', () => {
    expect(new Set(DOCUMENT_TYPES.map((t) => t.typeCode)).size).toBe(DOCUMENT_TYPES.length)
    for (const t of DOCUMENT_TYPES) expect(t.label.length).toBeGreaterThan(0)
    expect(isKnownTypeCode('11490-0')).toBe(true)
    expect(isKnownTypeCode('11490')).toBe(false)
  })
})

describe('the transcribed matrix (secondary source, opt-in)', () => {
  it('has 19 cells of 0 or 1 per row, and only JDV_J07 type codes', () => {
    expect(ROWS.length).toBeGreaterThan(100)
    for (const [t, bits] of ROWS) {
      expect(bits).toMatch(/^[01]{19}$/)
      expect([t, isKnownTypeCode(t)]).toEqual([t, true])
    }
  })

  it('grants each health column to its professions, and the doctors every transcribed type', () => {
    expect([...codesOf('medecin')].sort()).toEqual(ROWS.map(([t]) => t).sort())
    expect(codesOf('sage-femme')).toEqual(column(4))
    for (const p of ['ergotherapeute', 'psychomotricien', 'orthoptiste', 'dieteticien']) expect(codesOf(p)).toEqual(column(9))
    expect(codesOf('manipulateur-erm')).toEqual(column(12))
    expect(codesOf('sage-femme')).toContain('89233-1')
    expect(codesOf('infirmier')).not.toContain('89233-1')
  })

  it('gives pharmacists only what both pharmacist columns grant (fail closed)', () => {
    const both = column(1).filter((t) => column(2).includes(t))
    expect(codesOf('pharmacien')).toEqual(both)
    // In the transcription the two pharmacist columns happen to be identical.
    expect(column(2)).toEqual(column(1))
  })

  it('grants the six social and médico-social columns by role, nothing to laboratory technicians (R-ACTOR-4)', () => {
    const byRole = (role: string): ReadonlyArray<string> =>
      CNAM_MATRIX_2024_09.grants.filter((g) => g.profession === 'medico-social' && g.role === role).flatMap((g) => (g.typeCodes === '*' ? ['*'] : g.typeCodes))
    MEDICO_SOCIAL_ROLES.forEach((role, i) => expect([role, byRole(role)]).toEqual([role, column(13 + i)]))
    expect(CNAM_MATRIX_2024_09.grants.filter((g) => g.profession === 'medico-social' && g.role === undefined)).toEqual([])
    expect(codesOf('technicien-laboratoire')).toEqual([])
    expect(CNAM_MATRIX_2024_09.grants.every((g) => g.typeCodes !== '*' && g.specialty === undefined)).toBe(true)
    // Grants per social column, as counted in design/MATRIX-SOURCES.md for the source spreadsheet: 34, 9, 5, 9, 26,
    // 13 (its row "Code procédure variable", not bundled, grants none of them).
    expect(MEDICO_SOCIAL_ROLES.map((r) => byRole(r).length)).toEqual([34, 9, 5, 9, 26, 13])
  })
})

// ANS's concept map ASS_X16 CorrespondanceType-Classe-DMP (version 20240927120000), checked into test/data: the
// bundled rows are the spreadsheet's, whose rows are grouped by document class. Every type code must be known to the
// map, and the rows, in the spreadsheet's order, must form one block per class, in the classes' order.
describe('the bundled rows against ANS ASS_X16 (type → class)', () => {
  const pairs = new Map(
    readFileSync(fileURLToPath(new URL('../data/ass-x16-type-class-20240927.tsv', import.meta.url)), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t') as [string, string]),
  )

  it('knows every bundled type code; the map has one type more than the matrix (11526-1)', () => {
    expect(pairs.size).toBe(108)
    expect(ROWS.map(([t]) => t).filter((t) => !pairs.has(t))).toEqual([])
    expect([...pairs.keys()].filter((t) => !(t in CNAM_ROWS_2024_09))).toEqual(['11526-1'])
  })

  it('puts the rows in one block per class, in the order and sizes of the source spreadsheet', () => {
    const blocks: Array<[string, number]> = []
    for (const [t] of ROWS) {
      const c = pairs.get(t) ?? '?'
      const last = blocks[blocks.length - 1]
      if (last !== undefined && last[0] === c) last[1]++
      else blocks.push([c, 1])
    }
    // design/MATRIX-SOURCES.md: 10: 37, 11: 22, 31: 5, 42: 14, 43: 2, 44: 6, 45: 1, 52: 8, 60: 1, 90: 4, 95: 8 (class 31
    // counts the row "Code procédure variable", which has no type code and is not bundled).
    expect(blocks).toEqual([['10', 37], ['11', 22], ['31', 4], ['42', 14], ['43', 2], ['44', 6], ['45', 1], ['52', 8], ['60', 1], ['90', 4], ['95', 8]])
  })

  it('agrees with the class structure.ts gives a type, where it gives one', () => {
    for (const t of DOCUMENT_TYPES) if (t.classCode !== undefined && pairs.has(t.typeCode)) expect([t.typeCode, pairs.get(t.typeCode)]).toEqual([t.typeCode, t.classCode])
  })
})
