// Invariants of the document actions and of the lifecycle functions (issue 4), on generated requests and
// records (src/testing). No filter: each property holds for every generated value; where a property is an
// implication, a counter checks that its premise was met often enough for the run to mean something.
import * as fc from 'fast-check'
import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import { addDays, compareDates, isMinorAt } from '../../src/domain/dates.js'
import type { Block, DocumentAuthor, HealthDocument, HealthRecord, Request } from '../../src/domain/types.js'
import { ACTIONS, MEDICO_SOCIAL_ROLES } from '../../src/domain/types.js'
import { decide, visibleDocuments } from '../../src/engine/api.js'
import { invisibilityTimeline, isRetained, mesCreation, onDeath, onMajority } from '../../src/lifecycle/index.js'
import { arbDeepFrozen, arbIsoDate, arbRecord, arbRequest, deepFreeze } from '../../src/testing/index.js'
import { patientStage } from '../../src/rules/facts.js'

const DEEP = process.env['DMP_RULES_DEEP'] !== undefined
const RUNS = DEEP ? 20_000 : 600

// -------------------------------------------------------------------------------------
// oracles, written apart from src/rules/facts.ts on purpose
// -------------------------------------------------------------------------------------

/** Was this professional author (or their establishment) blocked on `day`? Generated dates are valid. */
const blockedOn = (blocks: ReadonlyArray<Block>, author: DocumentAuthor, day: string): boolean =>
  author.kind === 'professional' &&
  blocks.some(
    (b) =>
      ((b.target === 'professional' && b.id === author.id) ||
        (b.target === 'establishment' && author.establishmentId !== undefined && b.id === author.establishmentId)) &&
      b.from <= day &&
      (b.until === undefined || day <= b.until),
  )

const replaceDocument = (record: HealthRecord, document: HealthDocument): HealthRecord => ({
  ...record,
  documents: record.documents.map((d) => (d.id === document.id ? document : d)),
})

const codes = (r: Request): ReadonlyArray<string> => decide(r).reasons.map((x) => `${x.rule}:${x.code}`)

// -------------------------------------------------------------------------------------
// deletion
// -------------------------------------------------------------------------------------

describe('delete (R-DEL-1, R-DEL-2)', () => {
  it('the patient\'s side never deletes a document fed by a professional who was not blocked that day (R-DEL-2)', () => {
    let blockedAndAllowed = 0
    fc.assert(
      fc.property(arbRequest({ action: 'delete', actorKind: ['patient', 'legal-representative'] }), (r) => {
        const doc = r.document as HealthDocument
        const d = decide(r)
        if (doc.author.kind !== 'professional') return
        const blocked = blockedOn(r.record.blocks, doc.author, doc.addedOn)
        if (!blocked) {
          expect(d.allowed).toBe(false)
          expect(codes(r)).toContain('R-DEL-2:PATIENT_CANNOT_DELETE_PROFESSIONAL_DOCUMENT')
        } else if (d.allowed) blockedAndAllowed++
      }),
      { numRuns: RUNS },
    )
    expect(blockedAndAllowed).toBeGreaterThan(0)
  })

  it('the patient\'s side may delete exactly what was fed on a day the author was blocked, block days inclusive (R-DEL-2)', () => {
    // A patient deleting a professional's document of the record, everything else in order; only the block moves.
    const arb = fc.record({
      request: arbRequest({ action: 'delete', actorKind: 'patient' }),
      fromShift: fc.integer({ min: -3, max: 3 }),
      length: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      onEstablishment: fc.boolean(),
    })
    let allowed = 0
    let denied = 0
    fc.assert(
      fc.property(arb, ({ request, fromShift, length, onEstablishment }) => {
        const addedOn = request.at
        const doc: HealthDocument = {
          id: 'del-1',
          typeCode: '11488-4',
          author: { kind: 'professional', id: 'ps-9', establishmentId: 'est-9' },
          addedOn,
          maskedFromProfessionals: false,
          invisibleToPatient: false,
          hiddenFromLegalRepresentatives: false,
        }
        const from = addDays(addedOn, fromShift) as string
        const until = length === undefined ? undefined : (addDays(from, length) as string)
        const block: Block = {
          target: onEstablishment ? 'establishment' : 'professional',
          id: onEstablishment ? 'est-9' : 'ps-9',
          from,
          ...(until === undefined ? {} : { until }),
        }
        const record: HealthRecord = {
          ...request.record,
          patient: { birthDate: '1970-01-01', emancipated: false, protectedAdult: false },
          status: { kind: 'active' },
          blocks: [block],
          documents: [doc],
        }
        const d = decide({ ...request, record, document: doc })
        const inside = compareDates(from, addedOn) <= 0 && (until === undefined || compareDates(addedOn, until) <= 0)
        expect(d.allowed).toBe(inside)
        if (inside) allowed++
        else denied++
      }),
      { numRuns: RUNS },
    )
    expect(allowed).toBeGreaterThan(0)
    expect(denied).toBeGreaterThan(0)
  })

  it('among professionals, only the producer ever deletes: the author, or the software of the author’s establishment (R-DEL-1)', () => {
    let allowed = 0
    fc.assert(
      fc.property(arbRequest({ action: 'delete', actorKind: 'professional' }), (r) => {
        const d = decide(r)
        const doc = r.document as HealthDocument
        const actor = r.actor
        if (actor.kind !== 'professional') throw new Error('arbRequest gave another kind of actor')
        if (d.allowed) {
          allowed++
          const author = doc.author.kind === 'professional' && doc.author.id === actor.id
          const establishmentSoftware =
            actor.authentication === 'indirect' &&
            doc.author.kind === 'professional' &&
            actor.establishmentId !== undefined &&
            actor.establishmentId !== '' &&
            doc.author.establishmentId === actor.establishmentId
          expect(author || establishmentSoftware).toBe(true)
        }
      }),
      { numRuns: RUNS },
    )
    expect(allowed).toBeGreaterThan(0)
  })

  it('with every other prerequisite met, a professional deletes if and only if they produced the document (R-DEL-1)', () => {
    const arb = fc.record({ request: arbRequest({ action: 'delete', actorKind: 'professional' }), own: fc.boolean() })
    fc.assert(
      fc.property(arb, ({ request, own }) => {
        if (request.actor.kind !== 'professional') throw new Error('arbRequest gave another kind of actor')
        const actor = { ...request.actor, authentication: 'cps' as const }
        // The interface is usable: API v2 (R-FEED-2 rev. 2 applies to deletion).
        const { api: _api, carteVitaleRead: _read, ...rest } = request
        const doc = request.document as HealthDocument
        const document: HealthDocument = own
          ? { ...doc, author: { kind: 'professional', id: actor.id } }
          : { ...doc, author: { kind: 'professional', id: `${actor.id}-other` } }
        const record: HealthRecord = {
          ...request.record,
          patient: { birthDate: '1970-01-01', emancipated: false, protectedAdult: false, ins: { qualified: true } },
          status: { kind: 'active' },
          blocks: [],
          authorizations: [{ professionalId: actor.id, status: 'valid' }],
          documents: [document],
        }
        const d = decide({ ...rest, actor, record, document })
        // Médico-social staff act only as members of the care team carrying a role (R-ACTOR-4 rev. 2); the
        // occupational doctor only consults, views and feeds (R-ACTOR-7).
        const admitted =
          actor.occupationalDoctor !== true &&
          (actor.profession !== 'medico-social' ||
            (request.careTeam === true && actor.role !== undefined && (MEDICO_SOCIAL_ROLES as ReadonlyArray<string>).includes(actor.role)))
        expect(d.allowed).toBe(own && admitted)
      }),
      { numRuns: RUNS },
    )
  })
})

// -------------------------------------------------------------------------------------
// invisibility
// -------------------------------------------------------------------------------------

describe('invisibility to the patient (R-INVIS-1, R-INVIS-2)', () => {
  it('a document is never made invisible after feeding; a visible one is told it never will be (R-INVIS-1, R-INVIS-2)', () => {
    fc.assert(
      fc.property(arbRequest({ action: 'make-invisible-to-patient' }), (r) => {
        const d = decide(r)
        expect(d.allowed).toBe(false)
        const doc = r.document as HealthDocument
        expect(codes(r)).toContain('R-INVIS-1:INVISIBLE_ONLY_AT_FEEDING')
        if (!doc.invisibleToPatient) expect(codes(r)).toContain('R-INVIS-2:VISIBLE_NEVER_INVISIBLE_AGAIN')
      }),
      { numRuns: RUNS },
    )
  })

  it('the patient\'s side never feeds a document invisible to the patient, and only a health professional who may see the document lifts invisibility (R-INVIS-1, R-INVIS-2)', () => {
    fc.assert(
      fc.property(arbRequest({ action: ['feed', 'make-visible-to-patient'] }), (r) => {
        const d = decide(r)
        const doc = r.document as HealthDocument
        if (!d.allowed) return
        if (r.action === 'feed') expect(r.actor.kind === 'professional' || !doc.invisibleToPatient).toBe(true)
        else {
          expect(r.actor.kind === 'professional' && r.actor.profession !== 'medico-social').toBe(true)
          expect(decide({ ...r, action: 'view' }).allowed).toBe(true)
        }
      }),
      { numRuns: RUNS },
    )
  })
})

// -------------------------------------------------------------------------------------
// masking
// -------------------------------------------------------------------------------------

describe('mask then unmask (R-MASK-1, R-MASK-3, R-MASK-4)', () => {
  it('whoever masked may unmask as R-MASK-4 says, and mask then unmask restores every view decision', () => {
    let restored = 0
    fc.assert(
      fc.property(arbRequest({ action: 'mask' }), fc.array(arbRequest({ action: 'view' }), { minLength: 1, maxLength: 3 }), (generated, viewers) => {
        // The request's document is the record's own when the record has one with its id (a consistent request).
        const asGenerated = generated.document as HealthDocument
        const doc = generated.record.documents.find((d) => d.id === asGenerated.id) ?? asGenerated
        const r: Request = { ...generated, document: doc }
        if (!decide(r).allowed) return
        const masked: HealthDocument = { ...doc, maskedFromProfessionals: true }
        const maskedRecord = replaceDocument(r.record, masked)
        const unmask = decide({ ...r, action: 'unmask', record: maskedRecord, document: masked })
        // R-MASK-4: the patient's side unmasks what it masked; a professional, if treating doctor or author, at the
        // patient's request and not against their opposition (rev. 2). Rev. 3 (R-MINOR-8 (c)): a represented adult's
        // representative masks at any time but unmasks (widens access) only when the holder cannot express their will.
        const actor = r.actor
        const representsAdult = actor.kind === 'legal-representative' && patientStage(r.record, r.at) === 'represented-adult'
        const mayUnmask =
          actor.kind !== 'professional'
            ? !representsAdult || r.holderCannotExpressWill === true
            : ((actor.profession === 'medecin' && r.record.treatingDoctorIds.includes(actor.id)) ||
                (doc.author.kind === 'professional' && doc.author.id === actor.id)) &&
              r.atPatientRequest === true &&
              r.patientOpposes !== true
        expect(unmask.allowed).toBe(mayUnmask)
        if (!unmask.allowed) return
        const back = replaceDocument(maskedRecord, doc)
        for (const v of viewers) {
          const before = visibleDocuments({ ...v, record: r.record, at: r.at })
          const after = visibleDocuments({ ...v, record: back, at: r.at })
          expect(isDeepStrictEqual(after, before)).toBe(true)
        }
        restored++
      }),
      { numRuns: RUNS },
    )
    expect(restored).toBeGreaterThan(0)
  })
})

// -------------------------------------------------------------------------------------
// every action
// -------------------------------------------------------------------------------------

describe('closed and deleted spaces (R-STATUS-3, R-STATUS-4)', () => {
  it('no action is ever allowed on a closed or deleted space, whoever asks', () => {
    fc.assert(
      fc.property(arbRequest({ action: ACTIONS }), fc.constantFrom('closed' as const, 'deleted' as const), arbIsoDate(), (r, kind, on) => {
        const d = decide({ ...r, record: { ...r.record, status: { kind, on } } })
        expect(d.allowed).toBe(false)
        expect(d.reasons.map((x) => x.rule)).toContain(kind === 'closed' ? 'R-STATUS-3' : 'R-STATUS-4')
      }),
      { numRuns: RUNS },
    )
  })
})

describe('who may ever be allowed (fail closed)', () => {
  it('third parties nothing; professionals no block, no sharing, no closing, no modifying, history only within a stated scope; the patient\'s side no invisibility change, no minor protection', () => {
    fc.assert(
      fc.property(
        arbRequest({
          action: [
            'mask',
            'unmask',
            'delete',
            'feed',
            'make-visible-to-patient',
            'make-invisible-to-patient',
            'view-history',
            'block',
            'share-profile',
            'modify',
            'close',
            'hide-from-representatives',
            'require-doctor-presence',
          ],
        }),
        (r) => {
          const d = decide(r)
          if (!d.allowed) return
          expect(r.actor.kind).not.toBe('third-party')
          if (r.actor.kind === 'professional') {
            expect(['block', 'share-profile', 'close', 'modify']).not.toContain(r.action)
            // R-PATIENT-1 rev. 2: the treating doctor reads every trace, any other professional their own actions.
            if (r.action === 'view-history') {
              // R-PATIENT-1 rev. 3: the occupational doctor, acting as such, reads their own traces only (a treating doctor too).
              const treating = r.record.treatingDoctorIds.includes(r.actor.id) && r.actor.profession === 'medecin' && r.actor.occupationalDoctor !== true
              const scope = treating ? 'HISTORY_SCOPE_ALL_TRACES' : 'HISTORY_SCOPE_OWN_ACTIONS'
              expect(d.obligations.map((o) => `${o.rule}:${o.code}`)).toContain(`R-PATIENT-1:${scope}`)
            }
          } else
            expect(['make-visible-to-patient', 'make-invisible-to-patient', 'hide-from-representatives', 'require-doctor-presence']).not.toContain(r.action)
          if (r.action === 'share-profile') expect(r.actor.kind).toBe('legal-representative')
        },
      ),
      { numRuns: RUNS },
    )
  })
})

// -------------------------------------------------------------------------------------
// lifecycle
// -------------------------------------------------------------------------------------

describe('lifecycle functions (R-MINOR-7, R-STATUS-6, R-STATUS-8, R-STATUS-9, R-INVIS-3)', () => {
  it('never mutate a deep-frozen input, and onMajority and onDeath are idempotent', () => {
    fc.assert(
      fc.property(arbDeepFrozen(arbRecord()), arbIsoDate({ min: '2000-01-01' }), (record, at) => {
        const snapshot = structuredClone(record)
        const adult = onMajority(record, at)
        expect(onMajority(adult, at)).toEqual(adult)
        const dead = onDeath(record, at)
        expect(onDeath(dead, at)).toEqual(dead)
        isRetained(record, at)
        for (const doc of record.documents) invisibilityTimeline(doc)
        expect(record).toEqual(snapshot)
      }),
      { numRuns: RUNS },
    )
  })

  it('onMajority: before the 18th birthday nothing changes; from it no parent remains, only a protected adult\'s guardians (R-MINOR-7)', () => {
    let ofAge = 0
    fc.assert(
      fc.property(arbRecord(), arbIsoDate({ min: '2000-01-01' }), (record, at) => {
        const adult = onMajority(record, at)
        const minor = isMinorAt(record.patient.birthDate, at)
        if (minor !== false) {
          expect(adult).toBe(record)
          return
        }
        ofAge++
        const expected = record.patient.protection?.representationOfPerson === true ? record.legalRepresentatives : []
        expect(adult.legalRepresentatives).toEqual(expected)
        expect({ ...adult, legalRepresentatives: record.legalRepresentatives }).toEqual(record)
      }),
      { numRuns: RUNS },
    )
    expect(ofAge).toBeGreaterThan(0)
  })

  it('onDeath: the space ends closed or deleted, with a death date, nothing else changed (R-STATUS-9)', () => {
    fc.assert(
      fc.property(arbRecord(), arbIsoDate(), (record, on) => {
        const dead = onDeath(record, on)
        expect(['closed', 'deleted']).toContain(dead.status.kind)
        expect(dead.patient.deceasedOn).toBe(record.patient.deceasedOn ?? on)
        expect({ ...dead, status: record.status, patient: record.patient }).toEqual(record)
      }),
      { numRuns: RUNS },
    )
  })

  it('isRetained and mesCreation never go back: once purged or decided, the answer stays (R-STATUS-8, R-STATUS-6)', () => {
    fc.assert(
      fc.property(
        arbRecord(),
        arbIsoDate(),
        fc.integer({ min: 0, max: 5000 }),
        fc.record({ notifiedOn: arbIsoDate(), opposedShift: fc.option(fc.integer({ min: -10, max: 60 }), { nil: undefined }) }),
        (record, at, later, { notifiedOn, opposedShift }) => {
          const then = addDays(at, later) as string
          if (!isRetained(record, at)) expect(isRetained(record, then)).toBe(false)
          const opposedOn = opposedShift === undefined ? undefined : addDays(notifiedOn, opposedShift)
          const input = deepFreeze(opposedOn === undefined ? { notifiedOn } : { notifiedOn, opposedOn })
          const now = mesCreation(input, at)
          if (now.kind === 'created' || now.kind === 'opposed') expect(mesCreation(input, then)).toEqual(now)
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('invisibilityTimeline: the patient is told before the document shows, both after the feeding (R-INVIS-3)', () => {
    fc.assert(
      fc.property(arbRecord(), (record) => {
        for (const doc of record.documents) {
          const t = invisibilityTimeline(doc)
          if (!doc.invisibleToPatient) expect(t).toBeUndefined()
          else {
            expect(t).toBeDefined()
            if (t === undefined) return
            expect(compareDates(doc.addedOn, t.notifyPatientBy)).toBeLessThan(0)
            expect(compareDates(t.notifyPatientBy, t.visibleToPatientFrom)).toBeLessThan(0)
          }
        }
      }),
      { numRuns: RUNS },
    )
  })
})
