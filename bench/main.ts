// `npm run bench`: the cost of a decision that carries its reasons, against the floor (a hand-written boolean
// predicate) and a peer (AWS Cedar through cedar-wasm), in one process; then visibleDocuments on records of
// 100 to 100 000 documents, with peak heap measured in a child process per size.
//
// Before timing anything it checks that the engine, the floor and Cedar give the same answer on every benchmark
// request, and that most views are allowed: a fast wrong answer, or an all-deny benchmark, proves nothing.
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Bench } from 'tinybench'
import { decide, visibleDocuments } from '../src/engine.js'
import type { Request } from '../src/domain/types.js'
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
import { BENCH_MATRIX, requestPool, visibleRequest } from './fixtures.js'
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

  const rows: Array<Row> = []
  // 1–3. decide on view and consult: engine, floor, Cedar — each task decides the whole pool per iteration.
  rows.push(
    ...(await runBench(
      'view',
      [
        ['engine decide', batchOver(viewPool, (r) => decide(r, OPTIONS).allowed)],
        ['floor (boolean)', batchOver(viewPool, (r) => floorSees(r, docOf(r), TABLE))],
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
        ['floor (boolean)', batchOver(consultPool, floorConsult)],
      ],
      POOL_SIZE,
      2000,
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
    visiblePerDecade: Object.fromEntries(SIZES.slice(1).map((n) => [`${n / 10}→${n}`, visibleTime(n) / visibleTime(n / 10)])),
    // The floor's own growth per decade: what the machine (caches, memory) does to a loop over more documents.
    floorPerDecade: Object.fromEntries(SIZES.slice(1).map((n) => [`${n / 10}→${n}`, floorTime(n) / floorTime(n / 10)])),
  }
  const targets = {
    engineOverFloorAtMost3: ratios.viewEngineOverFloor <= 3,
    cedarOverEngineAtLeast20: ratios.viewCedarStatefulOverEngine >= 20,
    perDecadeAtMost11: Object.values(ratios.visiblePerDecade).every((x) => x <= 11),
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
  console.log('ratios:')
  console.log(`  view    engine / floor            ${fmt(ratios.viewEngineOverFloor, 2)}×   (target ≤ 3×)`)
  console.log(`  consult engine / floor            ${fmt(ratios.consultEngineOverFloor, 2)}×`)
  for (const n of SIZES) console.log(`  visibleDocuments ${String(n).padStart(6)} engine / floor  ${fmt(ratios.visibleEngineOverFloor[n] ?? NaN, 2)}×`)
  console.log(`  view    Cedar (preparsed, prebuilt entities) / engine   ${fmt(ratios.viewCedarStatefulOverEngine, 1)}×   (target ≥ 20×)`)
  console.log(`  view    Cedar (preparsed + entity building) / engine    ${fmt(ratios.viewCedarStatefulWithEntitiesOverEngine, 1)}×`)
  console.log(`  view    Cedar isAuthorized (policies as text) / engine  ${fmt(ratios.viewCedarIsAuthorizedOverEngine, 1)}×`)
  console.log(`  consult Cedar (preparsed, prebuilt entities) / engine   ${fmt(ratios.consultCedarStatefulOverEngine, 1)}×`)
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
      'peak heap: child process per size with --expose-gc --trace-gc (see bench/heap.ts)',
    agreement: { view: viewAgreement, consult: consultAgreement },
    rows,
    heap,
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

const childAt = process.argv.indexOf('--child-heap')
if (childAt >= 0) measureHeapChild(Number(process.argv[childAt + 1]), (req: Request) => visibleDocuments(req, OPTIONS), visibleRequest)
else
  main().catch((e: unknown) => {
    console.error(e)
    process.exitCode = 1
  })
