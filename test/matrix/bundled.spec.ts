import { describe, expect, it } from 'vitest'
import { PROFESSIONS, professionToCode } from '../../src/domain/profession.js'
import type { Request } from '../../src/domain/types.js'
import { decide } from '../../src/engine.js'
import { compileMatrix } from '../../src/matrix/compile.js'
import { DEFAULT_MATRIX } from '../../src/matrix/default.js'
import { DOCUMENT_CATEGORIES, DOCUMENT_TYPES, MATRIX_COLUMNS, isKnownTypeCode } from '../../src/matrix/structure.js'
import { TRANSCRIBED_MATRIX_2023, TRANSCRIBED_ROWS_2023 } from '../../src/matrix/transcription-2023.js'

const ROWS = Object.entries(TRANSCRIBED_ROWS_2023)
const codesOf = (profession: string): ReadonlyArray<string> => {
  const g = TRANSCRIBED_MATRIX_2023.grants.filter((x) => x.profession === profession)
  return g.flatMap((x) => (x.typeCodes === '*' ? ['*'] : x.typeCodes))
}
const column = (i: number): ReadonlyArray<string> => ROWS.filter(([, bits]) => bits[i] === '1').map(([t]) => t)

describe('the bundled matrix (R-AUTH-7)', () => {
  it('grants no cell it could not confirm: the default matrix hides every type from every profession', () => {
    const m = compileMatrix(DEFAULT_MATRIX)
    for (const p of PROFESSIONS) {
      expect(m.grantsAny(p, undefined)).toBe(false)
      for (const t of DOCUMENT_TYPES) expect(m.grants(p, 'SM26', t.typeCode)).toBe(false)
    }
  })

  it('records a source on every grant of every bundled matrix', () => {
    for (const g of [...DEFAULT_MATRIX.grants, ...TRANSCRIBED_MATRIX_2023.grants]) expect(g.source?.length ?? 0).toBeGreaterThan(20)
  })

  it('denies a doctor of the care team a document by R-AUTH-7 under the default matrix, not under the transcription', () => {
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
    expect(byDefault.allowed).toBe(false)
    expect(byDefault.reasons.some((r) => r.rule === 'R-AUTH-7' && r.code === 'MATRIX_DOES_NOT_GRANT_DOCUMENT_TYPE')).toBe(true)
    const transcribed = decide(request, { matrix: TRANSCRIBED_MATRIX_2023 })
    expect(transcribed.reasons.some((r) => r.rule === 'R-AUTH-7' && r.code === 'MATRIX_DOES_NOT_GRANT_DOCUMENT_TYPE')).toBe(false)
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

  it('grants nothing to médico-social staff nor to laboratory technicians', () => {
    expect(codesOf('medico-social')).toEqual([])
    expect(codesOf('technicien-laboratoire')).toEqual([])
    expect(TRANSCRIBED_MATRIX_2023.grants.every((g) => g.typeCodes !== '*' && g.specialty === undefined)).toBe(true)
  })
})
