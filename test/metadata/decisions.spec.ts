// The shipped DMP metadata, read and decided (issue 21's closing note): the record built from what the readers
// read, and what a care-team nurse with the patient's consent and the treating doctor see of it (visibleDocuments,
// the bundled matrix). Set DMP_RULES_PRINT=1 to print the tables.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildRecord, visibleDocuments, type ProfessionalActor } from '../../src/index.js'
import { readDocumentReferences } from '../../src/fhir/read.js'
import type { ReadIssues, ReadResult } from '../../src/metadata/issues.js'
import { readXdsDocumentEntries } from '../../src/xds/read.js'

const dir = join(__dirname, '..', '..', 'examples', 'dmp-metadata')
const nurse: ProfessionalActor = { kind: 'professional', id: '10005556667', profession: 'infirmier', authentication: 'cps' }
const doctor: ProfessionalActor = { kind: 'professional', id: '01234567890', profession: 'medecin', authentication: 'cps' }

const right = (r: { readonly _tag: 'Left'; readonly left: ReadIssues } | { readonly _tag: 'Right'; readonly right: ReadResult }): ReadResult => {
  if (r._tag === 'Left') throw new Error(JSON.stringify(r.left))
  return r.right
}

const table = (r: ReadResult): ReadonlyArray<string> => [
  ...r.documents.map((d) => `| ${d.id} | read | ${d.typeCode}, ${d.author.kind === 'professional' ? `PS ${d.author.id}${d.author.establishmentId === undefined ? '' : ` @ ${d.author.establishmentId}`}` : d.author.kind}, added ${d.addedOn}${d.maskedFromProfessionals ? ', MASQUE_PS' : ''}${d.invisibleToPatient ? ', INVISIBLE_PATIENT' : ''} |`),
  ...r.rejected.map((x) => `| ${x.id ?? x.entryUUID} | rejected | ${x.issues.map((i) => `${i.code} at ${i.path}`).join('; ')} |`),
  ...r.skipped.map((x) => `| ${x.id ?? x.entryUUID} | skipped | ${x.reason.code} |`),
]

const decisions = (r: ReadResult, at: string) => {
  const record = buildRecord({ patient: { birthDate: '1961-07-02', ins: { qualified: true } }, treatingDoctorIds: [doctor.id], documents: r.documents })
  const of = (actor: ProfessionalActor) =>
    visibleDocuments({ actor, at, record, careTeam: true, explicitConsent: true }).map((d) => [d.document.id, d.decision.allowed, d.decision.reasons.map((x) => x.rule).join(' ')] as const)
  return { nurse: of(nurse), doctor: of(doctor) }
}

const print = (title: string, r: ReadResult, d: ReturnType<typeof decisions>): void => {
  if (process.env['DMP_RULES_PRINT'] === undefined) return
  const rows = d.nurse.map(([id, allowed, rules], i) => {
    const g = d.doctor[i]
    return `| ${id} | ${allowed ? 'shown' : 'hidden'} (${rules}) | ${g?.[1] === true ? 'shown' : 'hidden'} (${g?.[2] ?? ''}) |`
  })
  console.log([`## ${title}`, '| entry | outcome | detail |', '|---|---|---|', ...table(r), '', '| document | nurse (care team, consent) | treating doctor |', '|---|---|---|', ...rows].join('\n'))
}

describe('the shipped registry response, read and decided (R-MASK-2, R-INVIS-1, R-AUTH-7, R-AUTH-8)', () => {
  const r = right(readXdsDocumentEntries(readFileSync(join(dir, 'registry-response.xml'), 'utf8')))
  const d = decisions(r, '2025-10-20')
  print('registry-response.xml, at 2025-10-20', r, d)

  it('hides the masked hospital report from the nurse only (R-MASK-2), and shows her the rest', () => {
    expect(d.nurse.map(([id, allowed]) => [id, allowed])).toEqual([
      ['1.2.250.1.213.1.4.8.99999.1', true],
      ['1.2.250.1.213.1.4.8.99999.2', false],
      ['1.2.250.1.213.1.4.8.99999.5', true],
      ['1.2.250.1.213.1.4.8.99999.6', true],
      ['1.2.250.1.213.1.4.8.99999.7', true],
    ])
    expect(d.nurse[1]?.[2]).toBe('R-MASK-2')
  })

  it('shows the treating doctor every document read, the masked one by R-MASK-2, his own by R-AUTH-8', () => {
    expect(d.doctor.every(([, allowed]) => allowed)).toBe(true)
    expect(d.doctor[1]?.[2]).toContain('R-MASK-2')
    expect(d.doctor[0]?.[2]).toContain('R-AUTH-8')
  })
})

describe('the shipped PDSm bundle, read and decided (R-MASK-2, R-INVIS-1, R-AUTH-7)', () => {
  const r = right(readDocumentReferences(JSON.parse(readFileSync(join(dir, 'pdsm-bundle.json'), 'utf8'))))
  const d = decisions(r, '2025-07-15')
  print('pdsm-bundle.json, at 2025-07-15', r, d)

  it('hides the masked PDSm report from the nurse only (R-MASK-2)', () => {
    expect(d.nurse.map(([, allowed]) => allowed)).toEqual([true, true, false, true, true])
    expect(d.nurse[2]?.[2]).toBe('R-MASK-2')
    expect(d.doctor.every(([, allowed]) => allowed)).toBe(true)
    expect(d.doctor[2]?.[2]).toContain('R-MASK-2')
  })
})
