// Le libellé propre de la commande, en français. Typed by messages/cli.ts: the same entries as en/cli.ts, or the
// build fails.
import type { CastLabels, CliText, JsonProblem, ReadCommandText } from '../cli.js'
import { flagsIn, showChar } from '../format.js'

const USAGE_FR = `Usage : dmp-rules decide FICHIER.json [--json] [--lang fr|en] [--matrix MATRICE.json]
        dmp-rules map FICHIER.json [--actors ACTEURS.json] [--html SORTIE.html | --svg SORTIE.svg | --markdown]
                      [--lang fr|en] [--matrix MATRICE.json]

Décide une demande d'accès à un DMP / Mon espace santé (ou un tableau de demandes) et affiche chaque
décision avec ses motifs (règle, fondement juridique), ses obligations et ce qui changerait la réponse.

  FICHIER.json   la demande (sa forme : docs/guide.md, fourni dans le paquet) ; « - » lit l'entrée standard
  --json         affiche la ou les décisions en JSON (une Decision, ou un tableau pour un tableau de demandes) ;
                 une entrée qui ne peut être décidée (fichier illisible, JSON invalide, tableau vide, problèmes
                 d'une demande ou de la matrice) donne à la place un objet JSON sur la sortie standard, code 2 :
                 { "error": "invalid-input", "message": { "fr", "en" },
                   "issues": [{ "code", "path", "message": { "fr", "en" } }] }
                 ("error" vaut "unreadable-file", "invalid-json", "empty-array", "invalid-input" ou "invalid-matrix")
  --lang fr|en   langue de l'affichage (défaut : en)
  --matrix FICH. la matrice d'habilitation à appliquer (R-AUTH-7) : une AuthorizationMatrix
                 { version, grants }, ou les lignes JSON:API servies par Mon espace santé ; par
                 défaut DEFAULT_MATRIX, transcription de la matrice de la Cnam du 25/09/2024
                 (voir docs/matrix.md)
  -h, --help     affiche cette aide

map dessine qui peut ouvrir le dossier de FICHIER.json (une demande, ou { "record", "at" }) et voir lesquels
de ses documents : un tableau acteurs × documents, chaque case autorisée ou refusée avec les règles qui ont décidé.
Pour un tableau de demandes : le dossier et la date de la première, et les acteurs des demandes.
  --actors FICH. les acteurs : [{ "label", "actor", "careTeam"?, "participatesInCare"?, "explicitConsent"?,
                 "accessMode"?, … }] ; par défaut : le patient, chaque représentant légal, chaque médecin
                 traitant, un infirmier de l'équipe de soins, un pharmacien qui participe à la prise en
                 charge, un urgentiste en bris de glace, un assureur
  --markdown     affiche la carte en Markdown (défaut) ; --html FICH. / --svg FICH. l'écrivent dans FICH.

Code de sortie : 0 autorisé (toutes les demandes), 1 refusé (au moins une), 2 entrée invalide ou usage ;
map : 0 dessinée, 2 entrée invalide ou usage.
`

const JSON_PROBLEM_FR: { readonly [P in JsonProblem]: string } = {
  empty: "l'entrée est vide",
  'unexpected-end': "l'entrée s'arrête trop tôt",
  'unexpected-character': 'caractère inattendu',
  'trailing-content': 'contenu inattendu après la valeur JSON',
  'bad-string': 'chaîne invalide (caractère de contrôle ou échappement incorrect)',
  'bad-number': 'nombre invalide',
  unparseable: 'le texte JSON ne peut pas être lu (imbrication trop profonde ?)',
}

/** Le libellé propre de la commande, en français. */
export const CLI_FR: CliText = {
  usage: USAGE_FR,
  colon: ' :',
  allowed: 'AUTORISÉ',
  denied: 'REFUSÉ',
  reasons: 'Motifs',
  obligations: 'Obligations',
  remedies: 'Solutions',
  none: 'aucune',
  basis: 'fondement juridique',
  noBasis: 'fondement juridique : aucun cité',
  request: (i, n) => `Demande ${i + 1} sur ${n} (/${i})`,
  summary: (n, a, d) => `${n} demandes : ${a} autorisée${a > 1 ? 's' : ''}, ${d} refusée${d > 1 ? 's' : ''}`,
  actor: (kind, detail) => (detail === '' ? kind : `${kind} ${detail}`),
  document: 'document',
  at: 'le',
  root: '(racine)',
  inSource: (src, problem) => `${src} : ${problem}`,
  invalidRequest: (n) => `demande invalide : ${n} ${n === 1 ? 'problème' : 'problèmes'}`,
  emptyArray: 'un tableau vide ne contient aucune demande à décider',
  invalidJson: (src, e) =>
    `${src} : JSON invalide ligne ${e.line}, colonne ${e.column} : ${JSON_PROBLEM_FR[e.problem]}${e.found !== undefined ? ` ${showChar(e.found)}` : ''}`,
  fileNotFound: (p) => `fichier introuvable : ${p}`,
  isDirectory: (p) => `${p} est un répertoire, pas un fichier JSON`,
  permissionDenied: (p) => `permission refusée : ${p}`,
  cannotRead: (p, r) => `impossible de lire ${p} : ${r}`,
  stdin: "l'entrée standard",
  unknownCommand: (c, s) => `commande inconnue : ${c}${s === undefined ? ' (les commandes sont decide, map et help)' : ` (vouliez-vous dire ${s} ?)`}`,
  unknownOption: (o, s) => `option inconnue : ${o}${s === undefined ? '' : ` (vouliez-vous dire ${s} ?)`}`,
  missingFile: 'FICHIER.json manquant (ou « - » pour l\'entrée standard)',
  tooManyFiles: 'decide prend un seul FICHIER.json (mettez plusieurs demandes dans un tableau JSON)',
  badLang: (v, s) => `--lang prend fr ou en, pas ${JSON.stringify(v)}${s === undefined ? '' : ` (vouliez-vous dire ${s} ?)`}`,
  noCommand: 'commande manquante',
  internalError: (r) => `erreur interne (merci de la signaler) : ${r}`,
  missingMatrix: "--matrix prend un fichier : la matrice d'habilitation",
  tooManyMatrices: '--matrix est donné plusieurs fois',
  invalidMatrix: (src, n) => `${src} : matrice d'habilitation invalide : ${n} ${n === 1 ? 'problème' : 'problèmes'}`,
  missingValue: (o) => `${o} prend un fichier`,
  givenTwice: (o) => `${o} est donné plusieurs fois`,
  oneOutput: 'donnez une seule option parmi --markdown, --html FICHIER, --svg FICHIER',
  invalidActors: (n) => `acteurs invalides : ${n} ${n === 1 ? 'problème' : 'problèmes'}`,
  labelNeeded: "une chaîne non vide était attendue : le libellé de l'acteur",
  notAnArray: "un tableau d'acteurs était attendu",
  notAnObject: 'un objet était attendu : une demande, ou { record, at } (ou un tableau non vide de demandes)',
  wrote: (p) => `${p} écrit`,
  cannotWrite: (p, r) => `impossible d'écrire ${p} : ${r}`,
}


/** Le libellé de `read-xds` et `read-fhir`, en français. */
export const READ_COMMAND_FR: ReadCommandText = {
  summary: (s, r, j, k) => `${s} : ${r} lu${r > 1 ? 's' : ''}, ${j} rejeté${j > 1 ? 's' : ''}, ${k} ignoré${k > 1 ? 's' : ''}`,
  read: 'Lus',
  rejected: 'Rejetés',
  skipped: 'Ignorés',
  author: (d) =>
    d.author.kind === 'professional'
      ? `professionnel ${d.author.id}${d.author.establishmentId === undefined ? '' : ` de ${d.author.establishmentId}`}`
      : d.author.kind === 'patient'
        ? 'le patient'
        : `représentant légal ${d.author.id}`,
  added: 'ajouté le',
  flags: (d) => flagsIn(d, ['masqué aux professionnels', 'invisible au patient', 'invisible aux représentants légaux'], 'aucun indicateur de visibilité'),
  id: 'id',
  unreadable: (s, w) => `${s} : pas ${w}`,
  xds: "une réponse de registre XDS",
  fhir: 'une ressource FHIR DocumentReference ou un Bundle',
  usage: `
      dmp-rules read-xds FICHIER.xml [--json] [--lang fr|en]
      dmp-rules read-fhir FICHIER.json [--json] [--lang fr|en]

read-xds lit les fiches de documents d'une réponse de registre du DMP (XDS.b ITI-18, XML ebRIM) ; read-fhir
lit des DocumentReference FHIR (une seule, ou un Bundle avec ses List de lots de soumission). Affiche les
documents lus, les fiches rejetées avec chaque problème, et les fiches ignorées avec la raison
(docs/dmp-metadata.md) ; avec --json, { "documents", "rejected", "skipped" }. Code de sortie : 0 chaque
fiche lue ou ignorée, 1 une fiche rejetée, 2 pas de telles métadonnées, ou usage.
`,
}

/** Les noms de la distribution par défaut d'une carte, en français. */
export const CAST_FR: CastLabels = {
  patient: 'Patient',
  representative: (id: string) => `Représentant légal ${id}`,
  treating: (id: string) => `Médecin traitant ${id}`,
  nurse: "Infirmier de l'équipe de soins",
  pharmacist: 'Pharmacien (prise en charge)',
  emergency: 'Urgentiste (bris de glace)',
  insurer: 'Assureur',
}
