// Builds Mon espace santé JSON:API payloads (both forms) from a hand-built matrix, for the tests.
import { professionToCode, type Profession } from '../../src/domain/profession.js'
import { compileMatrix } from '../../src/matrix/compile.js'
import type { AuthorizationMatrix } from '../../src/matrix/types.js'

export type Form = 'included' | 'flat'

export interface Row {
  readonly code: number | string
  readonly label?: string
  readonly typeCode: string
  readonly consult: boolean
}

/** One row per (profession, type code) of the universe, consult = what the matrix grants. */
export const rowsOf = (
  matrix: AuthorizationMatrix,
  professions: ReadonlyArray<Profession>,
  universe: ReadonlyArray<string>,
  codeOf: (p: Profession) => number | string = (p) => Number(professionToCode(p)),
): ReadonlyArray<Row> => {
  const m = compileMatrix(matrix)
  return professions.flatMap((p) => universe.map((t) => ({ code: codeOf(p), label: p, typeCode: t, consult: m.grants(p, undefined, t) })))
}

/** JSON:API pages of `pageSize` rows (the last one without `links.next`). */
export const payloadOf = (rows: ReadonlyArray<Row>, form: Form, pageSize = rows.length || 1): ReadonlyArray<unknown> => {
  const pages: Array<unknown> = []
  for (let start = 0; start < Math.max(rows.length, 1); start += pageSize) {
    const chunk = rows.slice(start, start + pageSize)
    const isLast = start + pageSize >= rows.length
    const links = isLast ? {} : { next: { href: `https://example.test/jsonapi/node/matrice_professionnel_document?page[offset]=${start + pageSize}` } }
    if (form === 'flat') {
      pages.push({
        data: chunk.map((r, i) => ({
          type: 'node--matrice_professionnel_document',
          id: `row-${start + i}`,
          field_consultation_document: r.consult,
          field_code_profession: { name: r.label ?? '', field_code_profession: r.code },
          field_type_de_document: { name: r.typeCode, field_code_loinc: r.typeCode },
          field_categorie_de_document: { name: 'Compte rendu', field_code_categorie_document: 10 },
        })),
        links,
      })
    } else {
      const included = new Map<string, unknown>()
      const data = chunk.map((r, i) => {
        const pid = `prof-${String(r.code)}`
        const tid = `type-${r.typeCode}`
        included.set(pid, { type: 'taxonomy_term--professionnel_de_sante', id: pid, attributes: { name: r.label ?? '', field_code_profession: r.code } })
        included.set(tid, { type: 'taxonomy_term--type_de_document', id: tid, attributes: { name: r.typeCode, field_code_loinc: r.typeCode } })
        return {
          type: 'node--matrice_professionnel_document',
          id: `row-${start + i}`,
          attributes: { field_consultation_document: r.consult },
          relationships: {
            field_code_profession: { data: { type: 'taxonomy_term--professionnel_de_sante', id: pid } },
            field_type_de_document: { data: { type: 'taxonomy_term--type_de_document', id: tid } },
          },
        }
      })
      pages.push({ data, included: [...included.values()], links })
    }
  }
  return pages
}
