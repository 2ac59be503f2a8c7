// `npm run demo`: runs the built `dmp-rules` command on every bundled example request (examples/*.json),
// with a header per example, then shows who sees what on one realistic record under the default matrix. Exit codes 0 (allowed) and 1 (denied) are both decisions; the demo fails
// only if an example could not be decided (exit 2: invalid example) or the command is not built.
// Usage: node scripts/demo.mjs [--lang fr] [--json]   (extra arguments are passed to the command)
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const cli = 'dist/cli.js'
const dir = 'examples'
const extra = process.argv.slice(2)

if (!existsSync(cli)) {
  console.error(`demo: ${cli} is missing; run \`npm run build\` first (\`npm run demo\` does).`)
  process.exit(2)
}

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
const verdict = { 0: 'allowed', 1: 'denied', 2: 'INVALID INPUT' }
const failures = []
for (const f of files) {
  const title = f.replace(/\.json$/, '').replace(/^(\d+)-/, '$1 · ').replaceAll('-', ' ')
  const rule = '─'.repeat(Math.max(8, 100 - title.length - 4))
  process.stdout.write(`\n── ${title} ${rule}\n$ dmp-rules decide ${join(dir, f)}${extra.length ? ' ' + extra.join(' ') : ''}\n\n`)
  const r = spawnSync(process.execPath, [cli, 'decide', join(dir, f), ...extra], { stdio: 'inherit' })
  const status = r.status ?? 2
  process.stdout.write(`\n(exit ${status}: ${verdict[status] ?? 'error'})\n`)
  if (status !== 0 && status !== 1) failures.push(f)
}

// Who sees what (issue 13): one realistic record, five readers, under the bundled default matrix (the Cnam's 2024-09
// matrix as transcribed), decided by the built library itself, in English and French.
const lib = await import(new URL('../dist/index.js', import.meta.url).href)
const AT = '2025-03-21'
const doc = (id, typeCode, label, author, { addedOn = '2025-02-10', ...flags } = {}) => ({
  label,
  document: lib.buildDocument({ id, typeCode, author, addedOn, ...flags }),
})
const gpAuthor = { kind: 'professional', id: '10001234567', establishmentId: '750000001' }
const hospital = { kind: 'professional', id: '10004445556', establishmentId: '750712184' }
const docs = [
  doc('d01', '11488-4', 'consultation note (GP)', gpAuthor),
  doc('d02', '11490-0', 'discharge letter (hospital)', hospital),
  doc('d03', '11502-2', 'laboratory report', hospital),
  doc('d04', '57833-6', 'prescription', gpAuthor),
  doc('d05', '18748-4', 'imaging report', hospital),
  doc('d06', '11369-6', 'immunisation history', gpAuthor),
  doc('d07', '60591-5', 'patient summary', gpAuthor),
  doc('d08', '34133-9', 'care summary, masked from professionals', hospital, { maskedFromProfessionals: true }),
  doc('d09', '11502-2', 'laboratory report, invisible to the patient until announced', hospital, { invisibleToPatient: true, addedOn: '2025-03-14' }),
  doc('d10', '11488-4', 'consultation note hidden from the parents (minor’s secret care)', gpAuthor, { hiddenFromLegalRepresentatives: true }),
  doc('d11', '34875-5', 'post-operative assessment (the matrix grants doctors only)', hospital),
]
const record = lib.buildRecord({
  patient: { birthDate: '2009-06-02' }, // 15 at the date of the demo: a minor, represented by her parents
  treatingDoctorIds: ['10001234567'],
  legalRepresentatives: [{ id: 'mother', role: 'parent' }],
  documents: docs.map((d) => d.document),
})
const readers = [
  ['the treating GP (care team, consent collected)', 'le médecin traitant (équipe de soins, consentement recueilli)',
    { actor: { kind: 'professional', id: '10001234567', profession: 'medecin', specialty: 'SM54', establishmentId: '750000001', authentication: 'cps' }, careTeam: true, explicitConsent: true }],
  ['a hospital nurse (care team, consent collected)', 'une infirmière de l’hôpital (équipe de soins, consentement recueilli)',
    { actor: { kind: 'professional', id: '10009998887', profession: 'infirmier', establishmentId: '750712184', authentication: 'indirect' }, careTeam: true, explicitConsent: true }],
  ['a community pharmacist (takes part in the care, consent)', 'un pharmacien d’officine (participe à la prise en charge, consentement)',
    { actor: { kind: 'professional', id: '10007776665', profession: 'pharmacien', authentication: 'e-cps' }, participatesInCare: true, explicitConsent: true }],
  ['the patient (a minor of 15)', 'la patiente (mineure de 15 ans)', { actor: { kind: 'patient' } }],
  ['her mother (legal representative)', 'sa mère (représentante légale)', { actor: { kind: 'legal-representative', id: 'mother' } }],
]
process.stdout.write(`\n── who sees what, under the default matrix (${lib.DEFAULT_MATRIX.version.slice(0, 40)}…) ${'─'.repeat(8)}\n`)
process.stdout.write(`record of a 15-year-old patient, ${docs.length} documents, at ${AT}\n\n`)
for (const [en, fr, context] of readers) {
  const rows = lib.visibleDocuments({ ...context, record, at: AT })
  const seen = rows.filter((r) => r.decision.allowed)
  const labels = seen.map((r) => docs.find((d) => d.document.id === r.document.id)?.label ?? r.document.id)
  const why = seen.length === 0 ? ` — ${rows[0]?.decision.reasons.map((x) => x.rule + ' ' + x.code).join(', ')}` : ''
  process.stdout.write(`  ${en}: sees ${seen.length} of ${docs.length}${why}\n`)
  process.stdout.write(`  ${fr} : voit ${seen.length} sur ${docs.length}${why}\n`)
  for (const l of labels) process.stdout.write(`      · ${l}\n`)
}

process.stdout.write(`\n${files.length} examples, ${files.length - failures.length} decided`)
if (failures.length > 0) {
  process.stdout.write(`, not decided: ${failures.join(', ')}\n`)
  process.exitCode = 1
} else process.stdout.write('\n')
