// The XML parser (fast-xml-parser, the only module that imports it) and total accessors over what it returns.
// INVARIANT: every accessor takes `unknown` and never throws: the parsed tree is plain data built by the parser.
import { XMLParser, XMLValidator } from 'fast-xml-parser'

/** The elements that may repeat: always arrays, so that one and many read alike (and paths carry an index). */
const REPEATED: ReadonlySet<string> = new Set([
  'ExtrinsicObject',
  'RegistryPackage',
  'Association',
  'Classification',
  'ExternalIdentifier',
  'Slot',
  'Value',
  'LocalizedString',
])

// Number parsing off (`parseTagValue`, `parseAttributeValue`): a time `20250630220000` and an id `0123…` stay the
// strings they are. Namespace prefixes removed: `rim:`, `query:`, `ns2:` all read alike.
const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name) => REPEATED.has(name),
})

/** An XML node as the parser gives it. */
export type Node = unknown

/**
 * Parses a registry response. A DOCTYPE is refused (a registry response has none, and entity declarations are how
 * XML parsers are attacked); anything not well-formed is refused with the validator's message.
 */
export const parseXml = (xml: string): { readonly ok: true; readonly tree: Node } | { readonly ok: false; readonly why: string } => {
  if (typeof xml !== 'string') return { ok: false, why: 'not a string' }
  if (/<!DOCTYPE/i.test(xml)) return { ok: false, why: 'a DOCTYPE is not allowed' }
  const valid = XMLValidator.validate(xml)
  if (valid !== true) return { ok: false, why: `${valid.err.msg} (line ${valid.err.line})` }
  return { ok: true, tree: parser.parse(xml) as unknown }
}

const isObject = (u: unknown): u is { readonly [k: string]: unknown } => typeof u === 'object' && u !== null && !Array.isArray(u)

/** The child elements of a name (an array even for one). */
export const children = (node: Node, name: string): ReadonlyArray<Node> => {
  if (!isObject(node) || !Object.prototype.hasOwnProperty.call(node, name)) return []
  const v = node[name]
  return Array.isArray(v) ? v : [v]
}

/** The first child element of a name. */
export const child = (node: Node, name: string): Node | undefined => children(node, name)[0]

/** An attribute's value. */
export const attr = (node: Node, name: string): string | undefined => {
  if (!isObject(node)) return undefined
  const v = node[`@${name}`]
  return typeof v === 'string' ? v : undefined
}

/** The text of an element (`<Value>x</Value>`), trimmed by the parser. */
export const text = (node: Node): string | undefined => {
  if (typeof node === 'string') return node
  if (isObject(node)) {
    const t = node['#text']
    return typeof t === 'string' ? t : t === undefined ? '' : undefined
  }
  return undefined
}

/** The values of a named Slot (`<Slot name="…"><ValueList><Value>…</Value>…`), with each value's path. */
export const slotValues = (node: Node, name: string, path: string): ReadonlyArray<{ readonly value: string; readonly path: string }> => {
  const out: Array<{ readonly value: string; readonly path: string }> = []
  children(node, 'Slot').forEach((slot, i) => {
    if (attr(slot, 'name') !== name) return
    const list = child(slot, 'ValueList')
    children(list, 'Value').forEach((v, j) => {
      const t = text(v)
      if (t !== undefined) out.push({ value: t, path: `${path}/Slot/${i}/ValueList/Value/${j}` })
    })
  })
  return out
}
