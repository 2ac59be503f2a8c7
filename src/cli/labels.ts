// The names the command shows for the library's ids (actions, actor kinds, professions, third parties, access
// modes) and the rendering of legal references, in English and French. The ids themselves (what a request file
// holds, what `--json` prints) never change; only their human rendering does. Pure.
import type { Profession } from '../domain/profession.js'
import type { AccessMode, Action, Actor, ThirdParty } from '../domain/types.js'
import type { Lang } from '../messages/index.js'

/**
 * The human names of the library's ids in one language.
 *
 * @since 0.3.0
 */
export interface Labels {
  readonly action: { readonly [A in Action]: string }
  readonly actorKind: { readonly [K in Actor['kind']]: string }
  readonly profession: { readonly [P in Profession]: string }
  readonly thirdParty: { readonly [T in ThirdParty]: string }
  readonly accessMode: { readonly [M in AccessMode]: string }
  /**
   * The words of the stored legal references (`BASIS`, src/catalogue/basis.ts) that are not proper names, and their
   * rendering: `'CSP R.1111-46 last al.'` is shown `CSP R.1111-46 dernier al.` in French.
   */
  readonly basisWords: { readonly [W in BasisWord]: string }
}

/** The words of the stored legal references that a rendering translates (the rest are codes' names and numbers). */
export type BasisWord = 'last' | 'and'

const en: Labels = {
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

const fr: Labels = {
  action: {
    consult: 'consulter',
    view: 'voir',
    mask: 'masquer',
    unmask: 'démasquer',
    delete: 'supprimer',
    feed: 'alimenter',
    'make-visible-to-patient': 'rendre visible au patient',
    'make-invisible-to-patient': 'rendre invisible au patient',
    'view-history': "voir l'historique",
    block: 'bloquer',
    'share-profile': 'partager le profil',
    modify: 'modifier',
    close: 'clôturer',
    'hide-from-representatives': 'masquer aux représentants légaux',
    'require-doctor-presence': "exiger la présence d'un médecin",
  },
  actorKind: {
    patient: 'patient',
    'legal-representative': 'représentant légal',
    professional: 'professionnel',
    'third-party': 'tiers',
  },
  profession: {
    medecin: 'médecin',
    pharmacien: 'pharmacien',
    'chirurgien-dentiste': 'chirurgien-dentiste',
    'sage-femme': 'sage-femme',
    infirmier: 'infirmier',
    'masseur-kinesitherapeute': 'masseur-kinésithérapeute',
    'pedicure-podologue': 'pédicure-podologue',
    orthophoniste: 'orthophoniste',
    orthoptiste: 'orthoptiste',
    ergotherapeute: 'ergothérapeute',
    psychomotricien: 'psychomotricien',
    audioprothesiste: 'audioprothésiste',
    'opticien-lunetier': 'opticien-lunetier',
    'manipulateur-erm': "manipulateur d'électroradiologie médicale",
    'technicien-laboratoire': 'technicien de laboratoire médical',
    dieteticien: 'diététicien',
    'medico-social': 'professionnel du secteur social ou médico-social',
  },
  thirdParty: {
    state: "l'État",
    'health-insurance': "l'Assurance maladie",
    insurer: 'assureur',
    bank: 'banque',
    employer: 'employeur',
    caregiver: 'aidant',
    heir: 'ayant droit',
    other: 'autre tiers',
  },
  accessMode: {
    normal: 'normal',
    'break-glass': 'bris de glace',
    'regulation-centre': 'centre de régulation',
  },
  basisWords: { last: 'dernier', and: 'et' },
}

const LABELS: { readonly [L in Lang]: Labels } = { en, fr }

/**
 * The human names of the library's ids in a language.
 *
 * @example
 * import { labelsOf } from './labels.js'
 * labelsOf('fr').action.view // 'voir'
 *
 * @since 0.3.0
 */
export const labelsOf = (lang: Lang): Labels => LABELS[lang] ?? en

const BASIS_WORD = /\b(last|and)\b/g

/**
 * A stored legal reference (`'CSP R.1111-46 last al.'`) as shown in a language: its words (`last`, `and`) in that
 * language, the codes' names and numbers as stored.
 *
 * @example
 * import { basisText } from './labels.js'
 * basisText('CSP R.1111-46 last al.', 'fr') // 'CSP R.1111-46 dernier al.'
 *
 * @since 0.3.0
 */
export const basisText = (reference: string, lang: Lang): string =>
  reference.replace(BASIS_WORD, (w) => labelsOf(lang).basisWords[w as BasisWord])
