// `npm run bench`: the cost of a decision that carries its reasons, against the floor (a hand-written boolean
// predicate) and two peers (AWS Cedar through cedar-wasm; CASL 7, bench/casl.ts), in one process; the issue's
// scenario (the same 1 000 view requests of a nurse in the care team: decide, visibleDocuments, CASL, floor side by
// side); then visibleDocuments on records of 100 to 100 000 documents, with peak heap measured in a child process
// per size, and the bytes allocated per call in another child (bench/alloc.ts).
//
// Before timing anything it checks that the engine, the floor, Cedar and CASL give the same answer on every
// benchmark request, and that most views are allowed: a fast wrong answer, or an all-deny benchmark, proves nothing.
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Bench } from 'tinybench'
import { decide, visibleDocuments } from '../src/engine/api.js'
import type { HealthDocument, Request } from '../src/domain/types.js'
import { ALLOC_FLAGS, measureAllocChild, parseAllocReport, type AllocCase, type AllocReport } from './alloc.js'
import {
  cedar,
  cedarAnswer,
  cedarIsAuthorized,
  cedarStateful,
  cedarValidated,
  preparseCedar,
  toCedar,
  validateCedar,
  type CedarRequest,
} from './cedar.js'
import { AbilityBuilder, createMongoAbility } from '@casl/ability'
import { decodeRecord } from '../src/codecs/index.js'
import { CaslAbilities, caslAbility, caslCan, checkPatientCutoff, type DocumentAbility } from './casl.js'
import { AT, BENCH_MATRIX, SESSIONS, generateRecord, requestPool, unfrozen, visibleRequest, type Session } from './fixtures.js'
import { floorConsult, floorSees, floorTable, floorVisible } from './floor.js'
import { measureHeapChild, parseHeapReport, type HeapReport } from './heap.js'

const OPTIONS = { matrix: BENCH_MATRIX } as const
const TABLE = floorTable(BENCH_MATRIX)
const POOL_SIZE = 512
const SIZES = [100, 1_000, 10_000, 100_000] as const
const QUICK = process.env['BENCH_QUICK'] === '1'
const VERBOSE = process.env['BENCH_VERBOSE'] === '1'
/** Each group runs this many times, alternating its tasks; a task's figure is its best round (least disturbed). */
const ROUNDS = QUICK ? 1 : 3

// A sink the optimiser cannot see through: every timed function's result lands here.
let sink = 0

// -------------------------------------------------------------------------------------
// checks: same answers, mostly allowed
// -------------------------------------------------------------------------------------

const docOf = (r: Request): NonNullable<Request['document']> => {
  if (r.document === undefined) throw new Error('view request without a document')
  return r.document
}

interface Agreement {
  readonly requests: number
  readonly allowed: number
  /** Denials where Cedar's determining `forbid`s name exactly the engine's denying rule ids. */
  readonly denialsWithSameRules: number
}

/** The rule id a Cedar policy stands for: its id up to the first space ("R-AUTH-6 establishment" → R-AUTH-6). */
const ruleOfPolicy = (policyId: string): string => policyId.split(' ')[0] as string

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a.size === b.size && [...a].every((x) => b.has(x))

const checkAgreement = (name: string, pool: ReadonlyArray<Request>, cedarPool: ReadonlyArray<CedarRequest>): Agreement => {
  let allowed = 0
  let denialsWithSameRules = 0
  const problems: Array<string> = []
  pool.forEach((r, i) => {
    const floor = r.action === 'view' ? floorSees(r, docOf(r), TABLE) : floorConsult(r)
    const engine = decide(r, OPTIONS)
    const c = cedarPool[i] as CedarRequest
    const cedars = [cedarIsAuthorized(c), cedarStateful(c), cedarValidated(c)]
    if (floor) allowed++
    if (engine.allowed !== floor)
      problems.push(`#${i} engine ${engine.allowed} floor ${floor}: ${engine.reasons.map((x) => `${x.rule}/${x.code}`).join(', ')}`)
    if (cedars.some((x) => x !== floor)) problems.push(`#${i} cedar ${cedars.join('/')} floor ${floor}`)
    // Both say why: on a denial, compare the engine's denying rules with Cedar's determining policies.
    const answer = cedarAnswer(c)
    if (!engine.allowed && answer.type === 'success') {
      const fromCedar = new Set(answer.response.diagnostics.reason.map(ruleOfPolicy))
      const fromEngine = new Set<string>(engine.reasons.map((x) => x.rule))
      if (sameSet(fromCedar, fromEngine)) denialsWithSameRules++
      else if (VERBOSE) console.log(`  #${i} reasons: engine ${[...fromEngine].join(',')}; cedar ${[...fromCedar].join(',')}`)
    }
  })
  if (problems.length > 0) {
    console.error(`${name}: ${problems.length} disagreements out of ${pool.length}\n  ${problems.slice(0, 20).join('\n  ')}`)
    throw new Error(`${name}: the engine, the floor and Cedar disagree; the comparison would not be honest`)
  }
  if (allowed < pool.length / 2) throw new Error(`${name}: only ${allowed}/${pool.length} allowed; the benchmark must be mostly allowed`)
  return { requests: pool.length, allowed, denialsWithSameRules }
}

const checkVisibleAgreement = (n: number): void => {
  const req = visibleRequest(n)
  const engine = visibleDocuments(req, OPTIONS)
  const floor = floorVisible(req, TABLE)
  let allowed = 0
  engine.forEach((d, i) => {
    if (d.decision.allowed !== floor[i]) throw new Error(`visibleDocuments(${n}): document ${i} engine ${d.decision.allowed}, floor ${floor[i]}`)
    if (d.decision.allowed) allowed++
  })
  if (allowed < n / 2) throw new Error(`visibleDocuments(${n}): only ${allowed}/${n} visible; the benchmark must be mostly allowed`)
}

// -------------------------------------------------------------------------------------
// CASL, and the issue's scenario: the same 1 000 view requests of a nurse in the care team
// -------------------------------------------------------------------------------------

/** A view request for CASL: the ability of its session (built before timing, once per session × record) and the document. */
interface CaslRequest {
  readonly ability: DocumentAbility
  readonly document: HealthDocument
}

const caslPoolOf = (pool: ReadonlyArray<Request>, abilities: CaslAbilities): ReadonlyArray<CaslRequest> =>
  pool.map((r) => ({ ability: abilities.get(r), document: docOf(r) }))

/** `can('view', document)` === floorSees === decide(…).allowed on every request; returns how many are allowed. */
const checkCaslAgreement = (name: string, pool: ReadonlyArray<Request>, casl: ReadonlyArray<CaslRequest>): number => {
  let allowed = 0
  const problems: Array<string> = []
  pool.forEach((r, i) => {
    const c = casl[i] as CaslRequest
    const floor = floorSees(r, docOf(r), TABLE)
    const engine = decide(r, OPTIONS).allowed
    const can = caslCan(c.ability, c.document)
    if (can) allowed++
    if (can !== floor || engine !== floor) problems.push(`#${i} casl ${can} floor ${floor} engine ${engine} (${c.document.id})`)
  })
  if (problems.length > 0) {
    console.error(`${name}: ${problems.length} disagreements out of ${pool.length}\n  ${problems.slice(0, 20).join('\n  ')}`)
    throw new Error(`${name}: CASL, the floor and the engine disagree; the comparison would not be honest`)
  }
  if (allowed < pool.length / 2) throw new Error(`${name}: only ${allowed}/${pool.length} allowed; the benchmark must be mostly allowed`)
  return allowed
}

const NURSE_DOCUMENTS = 1_000

const sessionNamed = (name: string): Session => {
  const s = SESSIONS.find((x) => x.name === name)
  if (s === undefined) throw new Error(`no session '${name}' in the fixtures`)
  return s
}

/** The issue's scenario: one nurse session in the care team, one record of 1 000 documents, one view request per document. */
interface NurseScenario {
  /** The session's view request on the record, without a document: what visibleDocuments is given. */
  readonly base: Request
  /** The same session's `consult` of the record. */
  readonly consult: Request
  /** `{ ...base, document }` for every document of the record (same actor and record objects). */
  readonly requests: ReadonlyArray<Request>
  /**
   * The same requests written as object literals (every flag present, `false` when the session leaves it out).
   * On Node 20 (V8 11.3) each `{ ...base, document }` gets a hidden class of its own (about 990 maps for 1 000
   * requests: the map of a spread clone does not share its transition to `document`), so every property load
   * on those requests is megamorphic and mostly misses V8's stub cache; literals share one hidden class. These
   * rows show what that costs the engine and the floor, which read the request (CASL reads only the document).
   */
  readonly literalRequests: ReadonlyArray<Request>
  readonly documents: ReadonlyArray<HealthDocument>
  /** The session's CASL ability on the record. */
  readonly ability: DocumentAbility
}

const nurseScenario = (): NurseScenario => {
  const session = sessionNamed('hospital nurse, care team')
  const record = generateRecord(7, NURSE_DOCUMENTS)
  const base: Request = {
    action: 'view',
    actor: session.actor,
    record,
    at: AT,
    ...(session.careTeam === undefined ? {} : { careTeam: session.careTeam }),
    ...(session.explicitConsent === undefined ? {} : { explicitConsent: session.explicitConsent }),
    ...(session.participatesInCare === undefined ? {} : { participatesInCare: session.participatesInCare }),
    ...(session.patientOpposes === undefined ? {} : { patientOpposes: session.patientOpposes }),
  }
  return {
    base,
    consult: { ...base, action: 'consult' },
    requests: record.documents.map((document) => ({ ...base, document })),
    literalRequests: record.documents.map((document) => ({
      action: 'view',
      actor: session.actor,
      record,
      at: AT,
      careTeam: session.careTeam === true,
      explicitConsent: session.explicitConsent === true,
      participatesInCare: session.participatesInCare === true,
      patientOpposes: session.patientOpposes === true,
      document,
    })),
    documents: record.documents,
    ability: caslAbility(base, TABLE),
  }
}

const ONE_RULE_DOCUMENTS = 1000

/** Issue 19's second harness: one decoded record, the midwife of the care team, a one-rule CASL ability. */
const oneRuleScenario = (): {
  readonly requests: ReadonlyArray<Request>
  readonly copyRequests: ReadonlyArray<Request>
  readonly documents: ReadonlyArray<HealthDocument>
  readonly ability: DocumentAbility
} => {
  const decoded = decodeRecord(JSON.parse(JSON.stringify(generateRecord(11, ONE_RULE_DOCUMENTS))))
  if (decoded._tag === 'Left') throw new Error('the one-rule record does not decode')
  const record = decoded.right
  const session = sessionNamed('midwife, care team')
  const base = { action: 'view', actor: session.actor, record, at: AT, careTeam: true, explicitConsent: true } as const
  const granted = BENCH_MATRIX.grants.find((g) => g.profession === 'sage-femme')?.typeCodes
  const { can, build } = new AbilityBuilder<DocumentAbility>(createMongoAbility)
  can('view', 'Document', { typeCode: { $in: Array.isArray(granted) ? [...granted] : [] }, maskedFromProfessionals: false })
  const ability = build({ detectSubjectType: () => 'Document' })
  const requests = record.documents.map((document): Request => ({ ...base, document }))
  // Equal copies made by the caller (e.g. read again from its own store), one per document.
  const copyRequests = record.documents.map((document): Request => ({ ...base, document: { ...document, author: { ...document.author } } }))
  let agree = 0
  requests.forEach((r, i) => {
    const d = decide(r, OPTIONS).allowed
    if (d !== decide(copyRequests[i] as Request, OPTIONS).allowed) throw new Error(`one-rule harness: a copy decides differently (#${i})`)
    if (d === caslCan(ability, r.document as HealthDocument)) agree++
  })
  console.log(`  one-rule CASL: ${agree}/${requests.length} documents answered alike by decide and the one-rule ability (the engine also applies the record-level rules).`)
  return { requests, copyRequests, documents: record.documents, ability }
}

/** On every document: CASL === floor === decide === visibleDocuments (both request forms); and the nurse may consult the record. */
const checkNurseAgreement = (s: NurseScenario): number => {
  const casl = s.documents.map((document) => ({ ability: s.ability, document }))
  const allowed = checkCaslAgreement("nurse's views", s.requests, casl)
  if (checkCaslAgreement("nurse's views (literals)", s.literalRequests, casl) !== allowed) throw new Error("the nurse's literal requests are not the same requests")
  visibleDocuments(s.base, OPTIONS).forEach((d, i) => {
    const floor = floorSees(s.base, s.documents[i] as HealthDocument, TABLE)
    if (d.decision.allowed !== floor) throw new Error(`nurse's visibleDocuments: document ${i} engine ${d.decision.allowed}, floor ${floor}`)
  })
  if (!decide(s.consult, OPTIONS).allowed || !floorConsult(s.consult)) throw new Error("the nurse's consult must be allowed by the engine and the floor")
  return allowed
}

// -------------------------------------------------------------------------------------
// timing
// -------------------------------------------------------------------------------------

/**
 * One timed row. Each tinybench sample is one batch (the whole request pool, or one whole record), so the
 * timer's own cost is negligible; ns/op = median batch time ÷ batch size, best of {@link ROUNDS} rounds.
 */
interface Row {
  readonly group: string
  readonly task: string
  readonly nsPerOp: number
  readonly opsPerSec: number
  /** Mean of the same round, per operation. */
  readonly meanNsPerOp: number
  readonly rmePercent: number
  readonly samples: number
  readonly batch: number
}

const runBench = async (
  group: string,
  tasks: ReadonlyArray<readonly [string, () => void]>,
  batch: number,
  time: number,
  iterations = 16,
): Promise<ReadonlyArray<Row>> => {
  const best = new Map<string, Row>()
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({ name: group, time: QUICK ? time / 5 : time, iterations, warmupTime: QUICK ? 50 : 250, warmupIterations: 8 })
    // Alternate the order of the tasks from one round to the next, so that neither always runs first.
    for (const [name, fn] of round % 2 === 0 ? tasks : [...tasks].reverse()) bench.add(name, fn)
    await bench.run()
    for (const t of bench.tasks) {
      const r = t.result
      if (r.state !== 'completed') throw new Error(`${group} / ${t.name}: ${r.state}${'error' in r ? `: ${String(r.error)}` : ''}`)
      const nsPerOp = (r.latency.p50 * 1e6) / batch
      const row: Row = {
        group,
        task: t.name,
        nsPerOp,
        opsPerSec: 1e9 / nsPerOp,
        meanNsPerOp: (r.latency.mean * 1e6) / batch,
        rmePercent: r.latency.rme,
        samples: r.latency.samplesCount,
        batch,
      }
      const prev = best.get(t.name)
      if (prev === undefined || row.nsPerOp < prev.nsPerOp) best.set(t.name, row)
    }
  }
  return tasks.map(([name]) => best.get(name) as Row)
}

const batchOver =
  <A>(xs: ReadonlyArray<A>, f: (x: A) => boolean) =>
  (): void => {
    let n = 0
    for (const x of xs) if (f(x)) n++
    sink += n
  }

const fmt = (x: number, digits = 0): string => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })

const main = async (): Promise<void> => {
  const loadBefore = os.loadavg()
  validateCedar()
  preparseCedar()
  const viewPool = requestPool('view', POOL_SIZE)
  const consultPool = requestPool('consult', POOL_SIZE, 43)
  const viewCedar = viewPool.map((r) => toCedar(r, BENCH_MATRIX))
  const consultCedar = consultPool.map((r) => toCedar(r, BENCH_MATRIX))

  console.log('checking that the engine, the floor and Cedar agree on every benchmark request…')
  const viewAgreement = checkAgreement('view', viewPool, viewCedar)
  const consultAgreement = checkAgreement('consult', consultPool, consultCedar)
  for (const n of SIZES) checkVisibleAgreement(n)
  console.log(
    `  view: ${viewAgreement.allowed}/${viewAgreement.requests} allowed; consult: ${consultAgreement.allowed}/${consultAgreement.requests} allowed; all agree.\n` +
      `  denials where Cedar's determining policies name the engine's denying rules: view ${viewAgreement.denialsWithSameRules}/${viewAgreement.requests - viewAgreement.allowed}, ` +
      `consult ${consultAgreement.denialsWithSameRules}/${consultAgreement.requests - consultAgreement.allowed}`,
  )
  // CASL: one ability per (session, record) of the pool, built here, before anything is timed.
  const abilities = new CaslAbilities(TABLE)
  // The same pools on copies nobody froze: the engine remembers nothing and evaluates every rule of every request.
  const viewUnfrozen = unfrozen(viewPool)
  const consultUnfrozen = unfrozen(consultPool)
  for (const [frozenPool, copies] of [[viewPool, viewUnfrozen], [consultPool, consultUnfrozen]] as const)
    copies.forEach((r, i) => {
      if (decide(r, OPTIONS).allowed !== decide(frozenPool[i] as Request, OPTIONS).allowed) throw new Error(`unfrozen copy #${i} decided differently`)
    })
  const viewCasl = caslPoolOf(viewPool, abilities)
  const caslViewAllowed = checkCaslAgreement('view (CASL)', viewPool, viewCasl)
  const nurse = nurseScenario()
  checkPatientCutoff(nurse.base.record, TABLE)
  const nurseAllowed = checkNurseAgreement(nurse)
  console.log(
    `  CASL: ${caslViewAllowed}/${viewPool.length} views allowed with ${abilities.built} abilities (one per session × record), same answers as the floor and the engine;\n` +
      `  the nurse's ${nurse.requests.length} views: ${nurseAllowed} allowed; CASL, floor, decide and visibleDocuments agree on every document.`,
  )

  const rows: Array<Row> = []
  // 1–3. decide on view and consult: engine, floor, Cedar — each task decides the whole pool per iteration.
  rows.push(
    ...(await runBench(
      'view',
      [
        ['engine decide', batchOver(viewPool, (r) => decide(r, OPTIONS).allowed)],
        ['decide on unfrozen records and actors (nothing remembered)', batchOver(viewUnfrozen, (r) => decide(r, OPTIONS).allowed)],
        ['floor (boolean)', batchOver(viewPool, (r) => floorSees(r, docOf(r), TABLE))],
        ['casl can (ability per session × record, prebuilt)', batchOver(viewCasl, (c) => caslCan(c.ability, c.document))],
      ],
      POOL_SIZE,
      2000,
    )),
  )
  rows.push(
    ...(await runBench(
      'consult',
      [
        ['engine decide', batchOver(consultPool, (r) => decide(r, OPTIONS).allowed)],
        ['decide on unfrozen records and actors (nothing remembered)', batchOver(consultUnfrozen, (r) => decide(r, OPTIONS).allowed)],
        ['floor (boolean)', batchOver(consultPool, floorConsult)],
      ],
      POOL_SIZE,
      2000,
    )),
  )
  // The issue's scenario, side by side: decide per request, visibleDocuments once over the record (ns per
  // document), CASL's can per document with the session's ability, the floor per request.
  const NURSE_GROUP = `nurse ${NURSE_DOCUMENTS} views`
  rows.push(
    ...(await runBench(
      NURSE_GROUP,
      [
        ['engine decide', batchOver(nurse.requests, (r) => decide(r, OPTIONS).allowed)],
        ['engine visibleDocuments (one call, per document)', () => void (sink += visibleDocuments(nurse.base, OPTIONS).length)],
        ['casl can (ability prebuilt)', batchOver(nurse.documents, (d) => caslCan(nurse.ability, d))],
        ['floor (boolean)', batchOver(nurse.requests, (r) => floorSees(r, docOf(r), TABLE))],
        ['engine decide, requests as literals (one hidden class)', batchOver(nurse.literalRequests, (r) => decide(r, OPTIONS).allowed)],
        ['floor, requests as literals (one hidden class)', batchOver(nurse.literalRequests, (r) => floorSees(r, docOf(r), TABLE))],
      ],
      NURSE_DOCUMENTS,
      2000,
    )),
  )
  // Issue 19's second harness: a one-rule CASL ability (the granted types, unmasked) against decide(view) on the
  // 1 000 documents of one DECODED record (built by the library: its record-level work is remembered), then on
  // equal copies of the documents made by the caller (A-7 compares each copy with the record's).
  const oneRule = oneRuleScenario()
  const ONE_RULE_GROUP = `one-rule CASL, decoded record of ${ONE_RULE_DOCUMENTS} documents`
  rows.push(
    ...(await runBench(
      ONE_RULE_GROUP,
      [
        ['engine decide (the record\'s documents)', batchOver(oneRule.requests, (r) => decide(r, OPTIONS).allowed)],
        ['engine decide (equal copies made by the caller)', batchOver(oneRule.copyRequests, (r) => decide(r, OPTIONS).allowed)],
        ['casl can (one rule, ability prebuilt)', batchOver(oneRule.documents, (d) => caslCan(oneRule.ability, d))],
      ],
      ONE_RULE_DOCUMENTS,
      2000,
    )),
  )
  // Not in the rows above: what building the nurse's ability costs, with a first can() on a denied document
  // (CASL compiles a rule's conditions the first time it tries the rule; a denial tries them all).
  const denied = nurse.documents.find((d) => !floorSees(nurse.base, d, TABLE))
  if (denied === undefined) throw new Error('the nurse sees every document; no denied document to compile the rules on')
  const BUILDS = 16
  rows.push(
    ...(await runBench(
      'casl build',
      [
        [
          'build the nurse ability + first can (denied)',
          () => {
            for (let k = 0; k < BUILDS; k++) sink += caslCan(caslAbility(nurse.base, TABLE), denied) ? 1 : 0
          },
        ],
      ],
      BUILDS,
      1000,
    )),
  )

  const cedarSlice = 128 // Cedar is slow enough that a smaller batch keeps the run short
  // cedar-wasm starts in V8's baseline wasm compiler and is optimised only once hot: a trivial call drops from
  // ~500 µs to ~40 µs after a few thousand calls. Warm every Cedar path that long before timing it.
  const warm = (QUICK ? 500 : 4000) / viewCedar.length
  for (let k = 0; k < warm; k++)
    for (const c of viewCedar) sink += (cedarStateful(c) ? 1 : 0) + (cedarIsAuthorized(c) ? 1 : 0) + (cedarValidated(c) ? 1 : 0)
  rows.push(
    ...(await runBench(
      'view',
      [
        ['cedar statefulIsAuthorized (preparsed, entities prebuilt)', batchOver(viewCedar.slice(0, cedarSlice), cedarStateful)],
        ['cedar statefulIsAuthorized + entity building', batchOver(viewPool.slice(0, cedarSlice), (r) => cedarStateful(toCedar(r, BENCH_MATRIX)))],
        ['cedar isAuthorized (policies as text)', batchOver(viewCedar.slice(0, cedarSlice), cedarIsAuthorized)],
        ['cedar isAuthorized + schema validation', batchOver(viewCedar.slice(0, cedarSlice), cedarValidated)],
      ],
      cedarSlice,
      2000,
    )),
  )
  rows.push(
    ...(await runBench(
      'consult',
      [['cedar statefulIsAuthorized (preparsed, entities prebuilt)', batchOver(consultCedar.slice(0, cedarSlice), cedarStateful)]],
      cedarSlice,
      2000,
    )),
  )

  // 4. visibleDocuments on records of 100 … 100 000 documents (ns/op here = per document).
  for (const n of SIZES) {
    const req = visibleRequest(n)
    rows.push(
      ...(await runBench(
        `visibleDocuments ${n}`,
        [
          ['engine visibleDocuments', () => void (sink += visibleDocuments(req, OPTIONS).length)],
          ['floor (boolean per document)', () => void (sink += floorVisible(req, TABLE).length)],
        ],
        n,
        n >= 100_000 ? 6000 : 2000,
        n >= 100_000 ? 8 : 16,
      )),
    )
  }

  // Peak heap of visibleDocuments, one child process per size.
  const self = fileURLToPath(import.meta.url)
  const heap: Array<HeapReport> = SIZES.map((n) => {
    const out = spawnSync(process.execPath, ['--expose-gc', '--trace-gc', self, '--child-heap', String(n)], { encoding: 'utf8', maxBuffer: 64 << 20 })
    if (out.status !== 0) throw new Error(`heap child ${n}: ${out.stderr}`)
    return parseHeapReport(n, out.stdout)
  })
  // Bytes allocated per call, in a child whose young generation holds the whole measured loop (bench/alloc.ts).
  const allocOut = spawnSync(process.execPath, [...ALLOC_FLAGS, self, '--child-alloc'], { encoding: 'utf8', maxBuffer: 64 << 20 })
  if (allocOut.status !== 0) throw new Error(`allocation child: ${allocOut.stderr}`)
  const alloc: AllocReport = parseAllocReport(allocOut.stdout)

  // -------------------------------------------------------------------------------------
  // report
  // -------------------------------------------------------------------------------------
  const get = (group: string, task: string): Row => {
    const r = rows.find((x) => x.group === group && x.task.startsWith(task))
    if (r === undefined) throw new Error(`no row ${group} / ${task}`)
    return r
  }
  const ratio = (a: Row, b: Row): number => a.nsPerOp / b.nsPerOp
  const visibleTime = (n: number): number => get(`visibleDocuments ${n}`, 'engine').nsPerOp * n
  const floorTime = (n: number): number => get(`visibleDocuments ${n}`, 'floor').nsPerOp * n
  const ratios = {
    viewEngineOverFloor: ratio(get('view', 'engine'), get('view', 'floor')),
    consultEngineOverFloor: ratio(get('consult', 'engine'), get('consult', 'floor')),
    visibleEngineOverFloor: Object.fromEntries(SIZES.map((n) => [n, ratio(get(`visibleDocuments ${n}`, 'engine'), get(`visibleDocuments ${n}`, 'floor'))])),
    viewCedarStatefulOverEngine: ratio(get('view', 'cedar statefulIsAuthorized (preparsed'), get('view', 'engine')),
    viewCedarStatefulWithEntitiesOverEngine: ratio(get('view', 'cedar statefulIsAuthorized +'), get('view', 'engine')),
    viewCedarIsAuthorizedOverEngine: ratio(get('view', 'cedar isAuthorized (policies'), get('view', 'engine')),
    consultCedarStatefulOverEngine: ratio(get('consult', 'cedar statefulIsAuthorized (preparsed'), get('consult', 'engine')),
    viewEngineOverCasl: ratio(get('view', 'engine'), get('view', 'casl')),
    viewUnfrozenOverFloor: ratio(get('view', 'decide on unfrozen'), get('view', 'floor')),
    consultUnfrozenOverFloor: ratio(get('consult', 'decide on unfrozen'), get('consult', 'floor')),
    nurseDecideOverFloor: ratio(get(NURSE_GROUP, 'engine decide'), get(NURSE_GROUP, 'floor')),
    nurseDecideOverCasl: ratio(get(NURSE_GROUP, 'engine decide'), get(NURSE_GROUP, 'casl')),
    nurseVisiblePerDocumentOverCasl: ratio(get(NURSE_GROUP, 'engine visibleDocuments'), get(NURSE_GROUP, 'casl')),
    nurseCaslOverFloor: ratio(get(NURSE_GROUP, 'casl'), get(NURSE_GROUP, 'floor')),
    // The same with the requests written as literals (one hidden class; see NurseScenario.literalRequests).
    nurseLiteralDecideOverFloor: ratio(get(NURSE_GROUP, 'engine decide, requests as literals'), get(NURSE_GROUP, 'floor, requests as literals')),
    nurseLiteralDecideOverCasl: ratio(get(NURSE_GROUP, 'engine decide, requests as literals'), get(NURSE_GROUP, 'casl')),
    consultDecideNs: get('consult', 'engine').nsPerOp,
    oneRuleDecideOverCasl: ratio(get(ONE_RULE_GROUP, 'engine decide (the record'), get(ONE_RULE_GROUP, 'casl')),
    oneRuleCopiesDecideOverCasl: ratio(get(ONE_RULE_GROUP, 'engine decide (equal copies'), get(ONE_RULE_GROUP, 'casl')),
    visiblePerDecade: Object.fromEntries(SIZES.slice(1).map((n) => [`${n / 10}→${n}`, visibleTime(n) / visibleTime(n / 10)])),
    // The floor's own growth per decade: what the machine (caches, memory) does to a loop over more documents.
    floorPerDecade: Object.fromEntries(SIZES.slice(1).map((n) => [`${n / 10}→${n}`, floorTime(n) / floorTime(n / 10)])),
  }
  const targets = {
    engineOverFloorAtMost3: ratios.viewEngineOverFloor <= 3,
    cedarOverEngineAtLeast20: ratios.viewCedarStatefulOverEngine >= 20,
    perDecadeAtMost11: Object.values(ratios.visiblePerDecade).every((x) => x <= 11),
    // Issue 14, on the nurse's 1 000 views:
    nurseDecideOverFloorAtMost3: ratios.nurseDecideOverFloor <= 3,
    nurseDecideOverCaslAtMost1: ratios.nurseDecideOverCasl <= 1,
    nurseVisiblePerDocumentOverCaslAtMostHalf: ratios.nurseVisiblePerDocumentOverCasl <= 0.5,
    consultDecideAtMost300ns: ratios.consultDecideNs <= 300,
    // Issue 19's second harness:
    oneRuleDecideOverCaslAtMost1: ratios.oneRuleDecideOverCasl <= 1,
    oneRuleCopiesDecideOverCaslAtMost1: ratios.oneRuleCopiesDecideOverCasl <= 1,
  }

  console.log('')
  console.table(
    rows.map((r) => ({
      group: r.group,
      task: r.task,
      'ns/op': fmt(r.nsPerOp, r.nsPerOp < 100 ? 1 : 0),
      'ops/s': fmt(r.opsPerSec),
      '±%': fmt(r.rmePercent, 2),
      'batch': r.batch,
    })),
  )
  console.table(
    heap.map((h) => ({
      documents: h.documents,
      'time (ms)': fmt(visibleTime(h.documents) / 1e6, 2),
      'record (MB)': fmt(h.recordBytes / 2 ** 20, 1),
      'peak heap (MB)': fmt(h.peakBytes / 2 ** 20, 1),
      'retained result (MB)': fmt(h.retainedBytes / 2 ** 20, 1),
      'GCs during call': h.gcsDuringCall,
    })),
  )
  console.log('allocations (child process, no GC expected during each measured loop; bench/alloc.ts):')
  console.table(
    alloc.rows.map((r) => ({
      task: r.task,
      calls: r.calls,
      bytes: `${fmt(r.bytesPerUnit, 1)} per ${r.unit}`,
      'GCs during loop': r.gcsDuringLoop,
    })),
  )
  const withGc = alloc.rows.filter((r) => r.gcsDuringLoop > 0)
  if (withGc.length > 0) console.log(`  a GC ran during ${withGc.map((r) => r.task).join('; ')}: those figures are lower bounds`)
  console.log('ratios:')
  console.log(`  view    engine / floor            ${fmt(ratios.viewEngineOverFloor, 2)}×   (target ≤ 3×)`)
  console.log(`  consult engine / floor            ${fmt(ratios.consultEngineOverFloor, 2)}×`)
  for (const n of SIZES) console.log(`  visibleDocuments ${String(n).padStart(6)} engine / floor  ${fmt(ratios.visibleEngineOverFloor[n] ?? NaN, 2)}×`)
  console.log(`  view    Cedar (preparsed, prebuilt entities) / engine   ${fmt(ratios.viewCedarStatefulOverEngine, 1)}×   (target ≥ 20×)`)
  console.log(`  view    Cedar (preparsed + entity building) / engine    ${fmt(ratios.viewCedarStatefulWithEntitiesOverEngine, 1)}×`)
  console.log(`  view    Cedar isAuthorized (policies as text) / engine  ${fmt(ratios.viewCedarIsAuthorizedOverEngine, 1)}×`)
  console.log(`  consult Cedar (preparsed, prebuilt entities) / engine   ${fmt(ratios.consultCedarStatefulOverEngine, 1)}×`)
  console.log(`  view    engine / CASL (512-request pool)                ${fmt(ratios.viewEngineOverCasl, 2)}×`)
  console.log(`  view    unfrozen inputs: decide / floor                 ${fmt(ratios.viewUnfrozenOverFloor, 2)}×`)
  console.log(`  consult unfrozen inputs: decide / floor                 ${fmt(ratios.consultUnfrozenOverFloor, 2)}×`)
  console.log(`  nurse's ${NURSE_DOCUMENTS} views: decide / floor                      ${fmt(ratios.nurseDecideOverFloor, 2)}×   (target ≤ 3×)`)
  console.log(`  nurse's ${NURSE_DOCUMENTS} views: decide / CASL                       ${fmt(ratios.nurseDecideOverCasl, 2)}×   (target ≤ 1×)`)
  console.log(`  nurse's ${NURSE_DOCUMENTS} views: visibleDocuments / CASL, per document ${fmt(ratios.nurseVisiblePerDocumentOverCasl, 2)}×   (target ≤ 0.5×)`)
  console.log(`  nurse's ${NURSE_DOCUMENTS} views: CASL / floor                        ${fmt(ratios.nurseCaslOverFloor, 2)}×`)
  console.log(`  nurse's ${NURSE_DOCUMENTS} views as literals: decide / floor          ${fmt(ratios.nurseLiteralDecideOverFloor, 2)}×`)
  console.log(`  nurse's ${NURSE_DOCUMENTS} views as literals: decide / CASL           ${fmt(ratios.nurseLiteralDecideOverCasl, 2)}×`)
  console.log(`  consult decide                                         ${fmt(ratios.consultDecideNs, 0)} ns   (target ≤ 300 ns)`)
  console.log(`  one-rule CASL, decoded record: decide / CASL           ${fmt(ratios.oneRuleDecideOverCasl, 2)}×   (target ≤ 1×)`)
  console.log(`  one-rule CASL, caller's equal copies: decide / CASL    ${fmt(ratios.oneRuleCopiesDecideOverCasl, 2)}×   (target ≤ 1×)`)
  for (const [k, v] of Object.entries(ratios.visiblePerDecade))
    console.log(`  visibleDocuments ${k}: ×${fmt(v, 2)} per decade (target ≤ 11×); floor ×${fmt(ratios.floorPerDecade[k] ?? NaN, 2)}`)
  console.log(`targets: ${JSON.stringify(targets)}`)
  console.log(`load average before/after: ${loadBefore.map((x) => x.toFixed(2)).join(' ')} / ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`)

  const cpus = os.cpus()
  const result = {
    command: 'npm run bench',
    date: new Date().toISOString(),
    machine: {
      cpu: cpus[0]?.model ?? 'unknown',
      cores: cpus.length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      node: process.version,
      v8: process.versions.v8,
      cedar: cedar.getCedarVersion(),
    },
    quick: QUICK,
    rounds: ROUNDS,
    loadAverage: { before: loadBefore, after: os.loadavg() },
    method:
      'tinybench; one sample = one batch (the request pool, or one record); ns/op = median batch time / batch size, best of the rounds; ' +
      'peak heap: child process per size with --expose-gc --trace-gc (see bench/heap.ts); ' +
      `allocations: child process with ${ALLOC_FLAGS.join(' ')}, heap used before/after N warm calls with no GC (see bench/alloc.ts); ` +
      'CASL: one ability per session × record built before timing, can(view, document) (see bench/casl.ts)',
    agreement: {
      view: viewAgreement,
      consult: consultAgreement,
      caslView: { requests: viewPool.length, allowed: caslViewAllowed, abilities: abilities.built },
      nurse: { requests: nurse.requests.length, allowed: nurseAllowed },
    },
    rows,
    heap,
    allocations: alloc,
    ratios,
    targets,
    sink,
  }
  // npm runs scripts from the package root.
  const dir = path.resolve('bench', 'results')
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`)
  console.log(`wrote ${path.relative(process.cwd(), path.join(dir, 'latest.json'))}`)
}

/**
 * The allocation child's cases: the requests (and the caller's spread) are built here, before any loop. The empty
 * loop shows what the measurement itself costs.
 */
const allocCases = (): ReadonlyArray<AllocCase> => {
  const nurse = nurseScenario()
  const viewPool = requestPool('view', POOL_SIZE)
  const consultPool = requestPool('consult', POOL_SIZE, 43)
  const viewCasl = caslPoolOf(viewPool, new CaslAbilities(TABLE))
  const max = QUICK ? 200_000 : 1_000_000
  const over =
    <A>(xs: ReadonlyArray<A>, f: (x: A) => boolean) =>
    (calls: number): number => {
      let n = 0
      const len = xs.length
      for (let i = 0; i < calls; i++) if (f(xs[i % len] as A)) n++
      return n
    }
  const perCall = (task: string, run: (calls: number) => number): AllocCase => ({ task, unit: 'call', unitsPerCall: 1, run, warmCalls: max / 2, maxCalls: max })
  return [
    perCall('empty loop (the measurement itself)', over(nurse.requests, (r) => r.document !== undefined)),
    perCall("floor, the nurse's 1 000 views", over(nurse.requests, (r) => floorSees(r, docOf(r), TABLE))),
    perCall("decide(view), the nurse's 1 000 requests", over(nurse.requests, (r) => decide(r, OPTIONS).allowed)),
    perCall("decide(view), the nurse's requests as literals", over(nurse.literalRequests, (r) => decide(r, OPTIONS).allowed)),
    perCall('decide(view), 512-request pool', over(viewPool, (r) => decide(r, OPTIONS).allowed)),
    perCall("decide(consult), the nurse's session", over([nurse.consult], (r) => decide(r, OPTIONS).allowed)),
    perCall('decide(consult), 512-request pool', over(consultPool, (r) => decide(r, OPTIONS).allowed)),
    {
      task: "visibleDocuments, the nurse's record (its result included)",
      unit: 'document',
      unitsPerCall: NURSE_DOCUMENTS,
      run: over([nurse.base], (r) => visibleDocuments(r, OPTIONS).length > 0),
      warmCalls: Math.ceil(max / NURSE_DOCUMENTS / 2),
      maxCalls: Math.ceil(max / NURSE_DOCUMENTS),
    },
    perCall("CASL can(), the nurse's 1 000 documents", over(nurse.documents, (d) => caslCan(nurse.ability, d))),
    perCall('CASL can(), 512-request pool', over(viewCasl, (c) => caslCan(c.ability, c.document))),
  ]
}

const childAt = process.argv.indexOf('--child-heap')
if (childAt >= 0) measureHeapChild(Number(process.argv[childAt + 1]), (req: Request) => visibleDocuments(req, OPTIONS), visibleRequest)
else if (process.argv.includes('--child-alloc'))
  measureAllocChild(allocCases()).catch((e: unknown) => {
    console.error(e)
    process.exitCode = 1
  })
else
  main().catch((e: unknown) => {
    console.error(e)
    process.exitCode = 1
  })
