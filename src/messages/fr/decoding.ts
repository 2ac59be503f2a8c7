// The French wording of decoding issues. Typed by the key set of `EXPECTED_EN` and by the issue codes of
// messages/decoding.ts: a description or an issue code without its French wording (or one too many) fails to
// compile. Every message says what was expected, then what was found (« attendu …, reçu … »), from the issue's
// parameters. Same order as en/decoding.ts.
import type { DecodingWording, Expected, ExpectedKey, IssueListWording, Received } from '../decoding.js'
import { receivedOf } from '../decoding.js'
import { quote, quoteAll } from '../suggest.js'

// -------------------------------------------------------------------------------------
// describing values
// -------------------------------------------------------------------------------------

/** La description en français de ce qui a été reçu (voir `receivedEn` dans en/decoding.ts). */
export const receivedFr = (r: Received): string => {
  switch (r.type) {
    case 'string':
      return r.cut ? `${r.json}…" (une chaîne de ${r.length} caractères)` : r.json
    case 'number':
      return Number.isFinite(r.value) ? (Object.is(r.value, -0) ? '-0' : String(r.value)) : `${String(r.value)} (un nombre)`
    case 'boolean':
      return String(r.value)
    case 'bigint':
      return `${r.digits}n (un bigint)`
    case 'undefined':
    case 'null':
      return r.type
    case 'symbol':
      return 'un symbole'
    case 'function':
      return 'une fonction'
    case 'array':
      return r.length === 0 ? 'un tableau vide' : `un tableau de ${r.length} élément${r.length === 1 ? '' : 's'}`
    case 'object':
      return r.plain ? 'un objet' : "un objet qui n'est pas un objet simple"
  }
}

/**
 * The French description of a value found in the input (see `describe` in en/decoding.ts).
 *
 * INVARIANT: total; reads no property of objects (a getter is never run).
 */
export const describeFr = (u: unknown): string => receivedFr(receivedOf(u))

const vouliezVousDire = (suggestion: string | undefined): string =>
  suggestion === undefined ? '' : ` (vouliez-vous dire ${quote(suggestion)} ?)`

// -------------------------------------------------------------------------------------
// what a decoder expects
// -------------------------------------------------------------------------------------

/** Ce qu'attend chaque décodeur, sous les clés de `EXPECTED_EN`. */
export const EXPECTED_FR: { readonly [K in ExpectedKey]: string } = {
  aValidValue: 'une valeur valide',
  id: 'une chaîne non vide (un identifiant)',
  code: 'une chaîne non vide (un code)',
  boolean: 'un booléen (true ou false)',
  isoDate: 'une date ISO AAAA-MM-JJ qui existe',
  // acteurs
  patientActor: 'un acteur patient { kind: "patient" }',
  legalRepresentativeActor: 'un acteur représentant légal { kind, id }',
  professionalActor: 'un acteur professionnel { kind, id, profession, authentication, specialty?, establishmentId?, role?, occupationalDoctor?, residenceCoordinatingDoctor? }',
  thirdPartyActor: 'un acteur tiers { kind, party }',
  actor: 'un objet acteur dont le "kind" est "patient", "legal-representative", "professional" ou "third-party"',
  // statut
  mesStatus: 'un objet statut dont le "kind" est l\'un de "active", "deactivated", "closed", "deleted", "refused"',
  activeStatus: 'un statut { kind: "active" }',
  deactivatedStatus: 'un statut { kind: "deactivated" }',
  closedStatus: 'un statut { kind: "closed", on }',
  deletedStatus: 'un statut { kind: "deleted", on }',
  refusedStatus: 'un statut { kind: "refused", on }',
  // documents
  documentAuthor: 'un auteur de document dont le "kind" est "professional", "patient" ou "legal-representative"',
  professionalAuthor: 'un auteur professionnel { kind, id, establishmentId? }',
  patientAuthor: 'un auteur patient { kind: "patient" }',
  legalRepresentativeAuthor: 'un auteur représentant légal { kind, id }',
  document: 'un document { id, typeCode, author, addedOn, maskedFromProfessionals, invisibleToPatient, hiddenFromLegalRepresentatives, subcontractedBy? }',
  documents: 'un tableau de documents',
  // dossier
  protectionMeasure: 'une mesure de protection { measure, representationOfPerson }',
  patient: 'un patient { birthDate, emancipated, protectedAdult, protection?, ins?, deceasedOn? }',
  ins: 'un INS { qualified }',
  legalRepresentative: 'un représentant légal { id, role, doctorPresenceRequired }',
  legalRepresentatives: 'un tableau de représentants légaux',
  block: 'un blocage { target, id, from, until? }',
  blocks: 'un tableau de blocages',
  blocksList: "un tableau de blocages (écrivez [] si le patient n'en a posé aucun : cette liste n'a pas de valeur par défaut, car une liste omise pourrait cacher un blocage, R-AUTH-6)",
  professionalAuthorization: 'une autorisation { professionalId, status }',
  establishmentAuthorization: 'une autorisation { establishmentId, status }',
  authorization: 'une autorisation { professionalId, status } ou { establishmentId, status }',
  authorizations: "un tableau d'autorisations",
  authorizationsList: "un tableau d'autorisations (écrivez [] si aucune n'est enregistrée : cette liste n'a pas de valeur par défaut, car une liste omise pourrait cacher une interdiction, R-AUTH-5)",
  documentsToFeed: "les documents du dossier (écrivez [] s'il n'en contient aucun : pour alimenter, ils sont requis, car le document versé doit être nouveau, R-FEED-1)",
  emergencyAccess: "des réglages d'urgence { breakGlass, regulationCentre, maskedDocuments }",
  treatingDoctorIds: "un tableau d'identifiants de professionnels",
  record: 'un dossier { patient, status, blocks, authorizations, treatingDoctorIds?, legalRepresentatives?, documents?, emergencyAccess? }',
  // demande
  request: 'un objet demande { action, actor, record, at, document?, careTeam?, … }',
  shareTarget: 'un destinataire de partage { role }',
  // matrice
  typeCodes: '"*" (tous les types de document) ou un tableau de codes de type LOINC',
  grant: 'une habilitation { profession, typeCodes, specialty?, role?, source? }, ou des médecins du travail { occupationalDoctor: true, typeCodes, source? }',
  occupationalGrant: 'une habilitation des médecins du travail { occupationalDoctor: true, typeCodes, source? } (sans profession)',
  trueOnly: 'true (une habilitation des médecins du travail porte occupationalDoctor: true)',
  grantSource: "une chaîne (d'où vient l'habilitation)",
  grants: "un tableau d'habilitations",
  matrixVersion: 'une chaîne non vide (la version de la matrice)',
  matrix: "un objet matrice d'habilitation { version, grants }",
}

const attendu = (e: Expected): string =>
  typeof e === 'string' ? EXPECTED_FR[e] : 'oneOf' in e ? `l'une des valeurs ${quoteAll(e.oneOf)}` : e.name

// -------------------------------------------------------------------------------------
// messages
// -------------------------------------------------------------------------------------

/** Ce que `formatIssues` écrit en français en plus des messages des problèmes. */
export const ISSUE_LIST_FR: IssueListWording = { root: '(racine)', noMessage: '(message absent)' }

/**
 * Messages en français de chaque code, par code, à partir des paramètres du problème : ce qui était attendu, puis
 * ce qui a été reçu (`attendu …, reçu …`).
 */
export const DECODING_FR: DecodingWording = {
  INVALID_TYPE: (p) => p.text ?? `attendu ${attendu(p.expected)}, reçu ${receivedFr(p.received)}`,
  ACCESSOR: (p) =>
    `attendu ${attendu(p.expected)} sous forme de propriété de donnée simple, reçu un accesseur get/set (le décodage n'exécute jamais les accesseurs)`,
  EMPTY_STRING: (p) => `attendu ${attendu(p.expected)}, reçu une chaîne vide ""`,
  UNREADABLE_INPUT: () => 'attendu une valeur lisible, reçu une valeur qui a levé une erreur pendant sa lecture (piège de Proxy qui lève, Proxy révoqué)',
  TOO_MANY_ISSUES: (p) => `attendu au plus 1000 problèmes, reçu ${p.more} de plus, non listés ici`,
  INVALID_ENUM: (p) =>
    `attendu l'une des valeurs ${quoteAll(p.allowed)}, reçu ${receivedFr(p.received)}${vouliezVousDire(p.suggestion)}`,
  INVALID_DATE: (p) => `attendu ${EXPECTED_FR.isoDate}, reçu ${receivedFr(p.received)}`,
  MISSING_KEY: (p) => `attendu la clé ${quote(p.key)} contenant ${attendu(p.expected)}, reçu aucune clé de ce nom`,
  UNKNOWN_KEY: (p) =>
    `attendu uniquement les clés ${quoteAll(p.allowed)}, reçu la clé inconnue ${quote(p.key)}${vouliezVousDire(p.suggestion)}`,
  DUPLICATE_DOCUMENT_ID: (p) =>
    `attendu des identifiants de document uniques, reçu ${quote(p.id)} une seconde fois (déjà utilisé en ${p.firstAt})`,
  DUPLICATE_REPRESENTATIVE_ID: (p) =>
    `attendu des identifiants de représentant légal uniques, reçu ${quote(p.id)} une seconde fois (déjà utilisé en ${p.firstAt})`,
  UNLISTED_REPRESENTATIVE: (p) =>
    `attendu l'identifiant d'un représentant légal listé dans /record/legalRepresentatives (${
      p.listed.length === 0 ? "aucun n'est listé" : quoteAll(p.listed)
    }), reçu ${quote(p.id)}`,
  MISSING_DOCUMENT: (p) =>
    `attendu la clé "document" contenant le document sur lequel porte l'action ${quote(p.action)}, reçu aucune clé de ce nom`,
  DOCUMENT_NOT_IN_RECORD: (p) =>
    `attendu l'identifiant d'un document de /record/documents (l'action ${quote(p.action)} porte sur la copie du dossier, A-7), reçu ${quote(p.id)}, que le dossier ne contient pas`,
  DOCUMENT_DIFFERS_FROM_RECORD: (p) =>
    `attendu la copie du document que contient le dossier, telle qu'en ${p.recordPath} (le dossier fait foi, A-7), reçu ${receivedFr(p.received)}`,
  FED_DOCUMENT_ID_EXISTS: (p) =>
    `attendu un nouvel identifiant de document (un document versé est nouveau, R-FEED-1), reçu ${quote(p.id)}, déjà utilisé en ${p.recordPath}`,
  FED_DOCUMENT_NOT_ADDED_AT: (p) =>
    `attendu la date de la demande ${quote(p.at)} (/at) : un document versé est ajouté ce jour-là (R-FEED-1), reçu ${quote(p.addedOn)}`,
  INDIRECT_WITHOUT_ESTABLISHMENT: () =>
    `attendu la clé "establishmentId" contenant le FINESS ou le SIRET de l'établissement (l'authentification indirecte y est liée, R-AUTH-1), reçu aucune clé de ce nom`,
  EMANCIPATED_UNDER_16: (p) =>
    `attendu false (l'émancipation n'existe qu'à partir de 16 ans, C. civ. 413-2, R-MINOR-3, et le patient a ${p.age} ans le ${quote(p.at)}), reçu true`,
  PROTECTION_MEASURE_MISSING: () =>
    `attendu la clé "protection" contenant la mesure de ce majeur protégé, par exemple { "measure": "tutelle", "representationOfPerson": true } (depuis 0.2.0 la mesure dit qui décide, R-MINOR-8), reçu aucune clé de ce nom`,
  REPRESENTATION_NOT_CARRIED_BY_MEASURE: (p) =>
    `attendu false : une mesure ${quote(p.measure)} ne prévoit pas de représentation relative à la personne (la curatelle est une assistance, la sauvegarde de justice laisse à la personne ses droits, R-MINOR-8, C. civ. 440, 459 ; seules ${quoteAll(p.measures)} peuvent en prévoir une), reçu true`,
  PROTECTION_WITHOUT_PROTECTED_ADULT: () =>
    `attendu true, car le patient a une mesure de protection (/record/patient/protection), reçu false`,
  AT_BEFORE_BIRTH: (p) =>
    `attendu une date égale ou postérieure à la date de naissance du patient ${quote(p.birthDate)} (/record/patient/birthDate), reçu ${quote(p.at)}`,
}
