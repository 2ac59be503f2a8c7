// Allocations per call, measured in a child process whose young generation is large enough that no garbage
// collection runs during the measured loop (issue 14: "no garbage per call in steady state beyond the request
// spread the caller makes").
//
// Method: the child is started with `--expose-gc` and a fixed, large semi-space (`--min-semi-space-size` =
// `--max-semi-space-size` = {@link SEMI_SPACE_MIB} MiB). For each case it first warms the call up (memo tables
// filled, optimised code in place), then forces two full GCs, reads the heap used, runs N calls over inputs
// built beforehand, and reads the heap used again. Without a GC the heap only grows, by exactly what was
// allocated, so (after − before) / N is the bytes allocated per call (± a few hundred bytes per loop for the
// measurement itself, shown by the empty loop). N is up to 1 000 000, fewer when a first short loop shows that
// N calls would not fit in the semi-space. A PerformanceObserver on 'gc' entries counts the collections that
// started during the loop: a non-zero count means the figure is only a lower bound, and is reported as such.
import { PerformanceObserver, performance } from 'node:perf_hooks'

/** Young-generation semi-space of the child, MiB: room for ~250 bytes × 1 000 000 calls without a scavenge. */
export const SEMI_SPACE_MIB = 256

/** The flags the parent starts the child with. */
export const ALLOC_FLAGS: ReadonlyArray<string> = ['--expose-gc', `--min-semi-space-size=${SEMI_SPACE_MIB}`, `--max-semi-space-size=${SEMI_SPACE_MIB}`]

/** How much of the semi-space one measured loop may fill. */
const BUDGET_BYTES = (SEMI_SPACE_MIB * 2 ** 20 * 3) / 4

/** One thing to measure. */
export interface AllocCase {
  readonly task: string
  /** What the figure is per: 'call', or 'document' for visibleDocuments. */
  readonly unit: 'call' | 'document'
  /** Units per call: 1, or the documents of the record. */
  readonly unitsPerCall: number
  /** Runs `calls` calls over inputs built beforehand; returns a count, so that nothing is optimised away. */
  readonly run: (calls: number) => number
  readonly warmCalls: number
  readonly maxCalls: number
}

/** One measured case. */
export interface AllocRow {
  readonly task: string
  readonly unit: 'call' | 'document'
  readonly calls: number
  /** Bytes allocated per unit during the loop (a lower bound if a GC ran). */
  readonly bytesPerUnit: number
  readonly bytesTotal: number
  /** Collections that started during the measured loop (0: the figure is exact). */
  readonly gcsDuringLoop: number
}

export interface AllocReport {
  readonly semiSpaceMiB: number
  readonly rows: ReadonlyArray<AllocRow>
}

const MARK = '@@alloc'

const gc = (): void => {
  const f = (globalThis as { gc?: () => void }).gc
  if (f === undefined) throw new Error('run the allocation child with --expose-gc')
  f()
  f()
}

const used = (): number => process.memoryUsage().heapUsed

/** Lets the PerformanceObserver deliver the entries of the GCs that already happened. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20))

/** The child's side: measures every case and prints one marked JSON line. */
export const measureAllocChild = async (cases: ReadonlyArray<AllocCase>): Promise<void> => {
  const gcStarts: Array<number> = []
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcStarts.push(e.startTime)
  })
  observer.observe({ entryTypes: ['gc'] })
  const rows: Array<AllocRow> = []
  let sink = 0
  for (const c of cases) {
    sink += c.run(c.warmCalls)
    // A short loop first, to size the measured one.
    gc()
    const probeCalls = Math.max(1, Math.floor(c.maxCalls / 100))
    const p0 = used()
    sink += c.run(probeCalls)
    const perCall = (used() - p0) / probeCalls
    const calls = perCall <= 0 ? c.maxCalls : Math.max(1, Math.min(c.maxCalls, Math.floor(BUDGET_BYTES / perCall)))
    gc()
    await settle()
    const seenBefore = gcStarts.length
    const t0 = performance.now()
    const before = used()
    sink += c.run(calls)
    const after = used()
    const t1 = performance.now()
    await settle()
    if (seenBefore === 0) throw new Error('the PerformanceObserver saw not even the forced GCs: it cannot vouch for the loop')
    const gcsDuringLoop = gcStarts.filter((t) => t >= t0 && t <= t1).length
    rows.push({
      task: c.task,
      unit: c.unit,
      calls,
      bytesPerUnit: (after - before) / (calls * c.unitsPerCall),
      bytesTotal: after - before,
      gcsDuringLoop,
    })
  }
  observer.disconnect()
  const report: AllocReport = { semiSpaceMiB: SEMI_SPACE_MIB, rows }
  process.stdout.write(`${MARK} ${JSON.stringify(report)} ${sink}\n`)
}

/** The parent's side: reads the child's stdout. */
export const parseAllocReport = (stdout: string): AllocReport => {
  const line = stdout.split('\n').find((l) => l.startsWith(`${MARK} `))
  if (line === undefined) throw new Error(`allocation child: no report in\n${stdout.slice(0, 2000)}`)
  const json = line.slice(MARK.length + 1, line.lastIndexOf(' '))
  return JSON.parse(json) as AllocReport
}
