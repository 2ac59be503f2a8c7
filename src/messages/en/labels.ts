// The human names of the library's ids (actions, actor kinds, professions, third parties, access modes) and the
// words of legal references, in English. Typed by `Labels` (messages/cli.ts).
import type { Labels } from '../cli.js'

/** The human names of the library's ids, in English. */
export const LABELS_EN: Labels = {
  action: {
    consult: 'consult',
    view: 'view',
    mask: 'mask',
    unmask: 'unmask',
    delete: 'delete',
    feed: 'feed',
    'make-visible-to-patient': 'make visible to the patient',
    'make-invisible-to-patient': 'make invisible to the patient',
    'view-history': 'view the history',
    block: 'block',
    'share-profile': 'share the profile',
    modify: 'modify',
    close: 'close',
    'hide-from-representatives': 'hide from the legal representatives',
    'require-doctor-presence': "require a doctor's presence",
  },
  actorKind: {
    patient: 'patient',
    'legal-representative': 'legal representative',
    professional: 'professional',
    'third-party': 'third party',
  },
  profession: {
    medecin: 'doctor',
    pharmacien: 'pharmacist',
    'chirurgien-dentiste': 'dentist',
    'sage-femme': 'midwife',
    infirmier: 'nurse',
    'masseur-kinesitherapeute': 'physiotherapist',
    'pedicure-podologue': 'podiatrist',
    orthophoniste: 'speech therapist',
    orthoptiste: 'orthoptist',
    ergotherapeute: 'occupational therapist',
    psychomotricien: 'psychomotor therapist',
    audioprothesiste: 'hearing-aid specialist',
    'opticien-lunetier': 'optician',
    'manipulateur-erm': 'radiographer',
    'technicien-laboratoire': 'laboratory technician',
    dieteticien: 'dietitian',
    'medico-social': 'social or medico-social staff',
  },
  thirdParty: {
    state: 'the State',
    'health-insurance': 'health insurance fund',
    insurer: 'insurer',
    bank: 'bank',
    employer: 'employer',
    caregiver: 'caregiver',
    heir: 'heir',
    other: 'other third party',
  },
  accessMode: {
    normal: 'normal',
    'break-glass': 'break-glass',
    'regulation-centre': 'regulation centre',
  },
  basisWords: { last: 'last', and: 'and' },
}

