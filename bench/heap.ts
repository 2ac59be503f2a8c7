// Peak heap of one visibleDocuments call, measured in a child process started with `--expose-gc --trace-gc`.
//
// Method: the child builds the record, forces two full GCs and prints the heap used (the baseline); it then
// runs visibleDocuments once, keeping the result, and prints the heap used on return. V8 prints a line for every
// GC, with the heap used just before it; the heap only shrinks at a GC, so its high-water mark during the call is
// the largest of those "before" values and of the heap used on return. Peak = that high-water mark − baseline:
// the memory the call needs on top of the record it reads. Retained = heap after a forced GC, result still
// alive, − baseline: the size of the answer itself.

/** What the parent keeps of one child. */
export interface HeapReport {
  readonly documents: number
  /** Heap used by the record itself (after GC), bytes. */
  readonly recordBytes: number
  /** High-water mark of heap used during the call, above the baseline, bytes. */
  readonly peakBytes: number
  /** Heap still used by the result after a full GC, above the baseline, bytes. */
  readonly retainedBytes: number
  /** Garbage collections V8 ran during the call. */
  readonly gcsDuringCall: number
}

const MARK = '@@heap'

const gc = (): void => {
  const f = (globalThis as { gc?: () => void }).gc
  if (f === undefined) throw new Error('run the heap child with --expose-gc')
  f()
  f()
}

const used = (): number => process.memoryUsage().heapUsed

/** The child's side: prints markers around one call, between V8's GC trace lines. */
export const measureHeapChild = <R, A extends { readonly length: number }>(n: number, run: (request: R) => A, build: (n: number) => R): void => {
  gc()
  const empty = used()
  const request = build(n)
  gc()
  const before = used()
  process.stdout.write(`${MARK} start ${before} ${before - empty}\n`)
  const result = run(request)
  process.stdout.write(`${MARK} return ${used()}\n`)
  gc()
  process.stdout.write(`${MARK} retained ${used()} ${result.length}\n`)
}

const GC_LINE = /: (?:Scavenge|Mark-Compact|Mark-sweep|Minor Mark-Compact|Minor Mark-Sweep)[^0-9]*([0-9.]+) \(/

/** The parent's side: reads the child's stdout. */
export const parseHeapReport = (documents: number, stdout: string): HeapReport => {
  let phase: 'before' | 'during' | 'after' = 'before'
  let before = NaN
  let recordBytes = NaN
  let high = 0
  let gcs = 0
  let retained = NaN
  for (const line of stdout.split('\n')) {
    if (line.startsWith(MARK)) {
      const [, what, a, b] = line.split(' ')
      if (what === 'start') {
        before = Number(a)
        recordBytes = Number(b)
        phase = 'during'
      } else if (what === 'return') {
        high = Math.max(high, Number(a))
        phase = 'after'
      } else if (what === 'retained') retained = Number(a)
      continue
    }
    const m = phase === 'during' ? GC_LINE.exec(line) : null
    if (m !== null) {
      gcs++
      high = Math.max(high, Number(m[1]) * 2 ** 20)
    }
  }
  if (!Number.isFinite(before) || !Number.isFinite(retained)) throw new Error(`heap child ${documents}: no markers in\n${stdout.slice(0, 2000)}`)
  return { documents, recordBytes, peakBytes: high - before, retainedBytes: retained - before, gcsDuringCall: gcs }
}
