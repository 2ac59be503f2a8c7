// Les noms des identifiants de la bibliothèque et les mots des références légales, en français. Typed by `Labels`
// (messages/cli.ts): a missing or extra name fails to compile.
import type { Labels } from '../cli.js'

/** Les noms des identifiants de la bibliothèque, en français. */
export const LABELS_FR: Labels = {
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

