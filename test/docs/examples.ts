// The @example blocks of the TSDoc in src/, made into modules that assert what they state (issue 22 item 3).
//
// The convention (what an example writes, and the assertion it becomes):
//
//   expr // VALUE …               an expression statement with a trailing comment that starts with a value:
//                                 `expect(expr).toEqual(VALUE)`. Words after the value (after `:`, `;`, `(`, `—`…)
//                                 are commentary: `onMajority(record, at).legalRepresentatives.length // 0: of age`.
//   if (c) expr // VALUE          the same, inside the `if` (also inside a `{ … }` block).
//   const x = …                   a statement, then comment lines that start with a value (a multi-line object or
//   // { … }                      array): `expect(x).toEqual({ … })` (for an expression statement: `expect(expr)`).
//   // a === V; b !== W (…)        a comment line of comparisons, `;`-separated: `expect(a).toEqual(V)`,
//                                 `expect(b).not.toEqual(W)`. A clause that is not such a comparison is prose.
//
// A VALUE is a literal: a string, a number (`-1`, `Infinity`), `true`, `false`, `null`, `undefined`, an array or an
// object of values, or `right(VALUE)` / `left(VALUE)` for an fp-ts Either. In a string, `…` stands for any text:
// `'/at: expected …'` is matched as a pattern. A comment that starts with anything else (`e.g. […]`, prose) states
// no result and asserts nothing.
import ts from 'typescript'

/** One @example of a TSDoc comment. */
export interface Example {
  /** The source file, relative to the repository root. */
  readonly file: string
  /** The line of `@example` in the file (1-based). */
  readonly line: number
  /** The name the comment documents (the declaration that follows it). */
  readonly name: string
  /** The example's code, without the comment's leading ` * `. */
  readonly code: string
}

/** Every @example of the TSDoc comments of one source text. */
export const examplesOf = (file: string, text: string): ReadonlyArray<Example> => {
  const out: Array<Example> = []
  const comment = /\/\*\*([\s\S]*?)\*\//g
  for (let m = comment.exec(text); m !== null; m = comment.exec(text)) {
    const body = m[1] ?? ''
    if (!body.includes('@example')) continue
    const startLine = text.slice(0, m.index).split('\n').length
    const after = text.slice(m.index + m[0].length)
    const name = /^\s*(?:export\s+)?(?:declare\s+)?(?:const|let|function|interface|type|class)\s+([A-Za-z0-9_$]+)/.exec(after)?.[1] ?? '(anonymous)'
    const lines = body.split('\n').map((l) => l.replace(/^\s*\* ?/, ''))
    for (let i = 0; i < lines.length; i++) {
      if (!/^\s*@example\b/.test(lines[i] ?? '')) continue
      const code: Array<string> = []
      let j = i + 1
      while (j < lines.length && !/^\s*@[a-zA-Z]/.test(lines[j] ?? '')) code.push(lines[j++] ?? '')
      out.push({ file, line: startLine + i, name, code: code.join('\n').trim() })
      i = j - 1
    }
  }
  return out
}

// -------------------------------------------------------------------------------------
// values
// -------------------------------------------------------------------------------------

const parseExpression = (text: string): ts.Expression | undefined => {
  const source = ts.createSourceFile('value.ts', `(${text}\n)`, ts.ScriptTarget.ES2022, true)
  const diagnostics = (source as unknown as { readonly parseDiagnostics: ReadonlyArray<unknown> }).parseDiagnostics
  if (diagnostics.length > 0 || source.statements.length !== 1) return undefined
  const statement = source.statements[0]
  if (statement === undefined || !ts.isExpressionStatement(statement) || !ts.isParenthesizedExpression(statement.expression)) return undefined
  return statement.expression.expression
}

const ELLIPSIS = '…'

/** The expression's text as a value for `toEqual`, or `undefined` if it is not a value (see the convention). */
const valueCode = (node: ts.Expression): string | undefined => {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    const s = node.text
    if (!s.includes(ELLIPSIS)) return JSON.stringify(s)
    const pattern = s
      .split(ELLIPSIS)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
      .join('[\\s\\S]*')
    return `expect.stringMatching(new RegExp(${JSON.stringify(`^${pattern}$`)}))`
  }
  if (ts.isNumericLiteral(node)) return node.getText()
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) return node.getText()
  if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword || node.kind === ts.SyntaxKind.NullKeyword) return node.getText()
  if (ts.isIdentifier(node) && (node.text === 'undefined' || node.text === 'Infinity' || node.text === 'NaN')) return node.text
  if (ts.isArrayLiteralExpression(node)) {
    const items = node.elements.map((e) => (ts.isSpreadElement(e) || ts.isOmittedExpression(e) ? undefined : valueCode(e)))
    return items.every((i) => i !== undefined) ? `[${items.join(', ')}]` : undefined
  }
  if (ts.isObjectLiteralExpression(node)) {
    const props: Array<string> = []
    for (const p of node.properties) {
      if (!ts.isPropertyAssignment(p) || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) return undefined
      const v = valueCode(p.initializer)
      if (v === undefined) return undefined
      props.push(`${JSON.stringify(p.name.text)}: ${v}`)
    }
    return `{ ${props.join(', ')} }`
  }
  if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && (node.expression.text === 'right' || node.expression.text === 'left') && node.arguments.length === 1) {
    const arg = node.arguments[0]
    const v = arg === undefined ? undefined : valueCode(arg)
    if (v === undefined) return undefined
    return node.expression.text === 'right' ? `{ _tag: 'Right', right: ${v} }` : `{ _tag: 'Left', left: ${v} }`
  }
  if (ts.isParenthesizedExpression(node)) return valueCode(node.expression)
  return undefined
}

/** The value a comment starts with (the longest prefix that is a value, cut before commentary), or `undefined`. */
export const leadingValue = (comment: string): string | undefined => {
  const text = comment.trim()
  if (text === '' || /^e\.g\.|^i\.e\./.test(text)) return undefined
  const cuts = [text.length]
  for (let i = text.length - 1; i > 0; i--) if (/[\s:;,(—→]/.test(text[i] ?? '')) cuts.push(i)
  for (const cut of cuts) {
    const expression = parseExpression(text.slice(0, cut).trim())
    const v = expression === undefined ? undefined : valueCode(expression)
    if (v !== undefined) return v
  }
  return undefined
}

// -------------------------------------------------------------------------------------
// the module of an example
// -------------------------------------------------------------------------------------

interface Edit {
  readonly start: number
  readonly end: number
  readonly text: string
}

const assertion = (actual: string, value: string, negated = false): string => `expect(${actual})${negated ? '.not' : ''}.toEqual(${value});`

/** `// a === V; b !== W`: the assertions of the comparison clauses of a comment line. */
const comparisons = (comment: string): ReadonlyArray<string> => {
  const out: Array<string> = []
  for (const clause of comment.split(';')) {
    const m = /^\s*(.+?)\s+(===|!==)\s+(.+)$/.exec(clause)
    if (m === null) continue
    const lhs = parseExpression(m[1] ?? '')
    const value = leadingValue(m[3] ?? '')
    if (lhs === undefined || value === undefined) continue
    out.push(assertion((m[1] ?? '').trim(), value, m[2] === '!=='))
  }
  return out
}

/** The example as a module that asserts what it states (the convention above). */
export const moduleOf = (code: string): { readonly text: string; readonly assertions: number } => {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true)
  const edits: Array<Edit> = []
  let assertions = 0
  const lineEnd = (pos: number): number => {
    const i = code.indexOf('\n', pos)
    return i < 0 ? code.length : i
  }
  // 1. `expr // VALUE` and `const x = …` / `expr` followed by comment lines that start with a value.
  const visitStatements = (statements: ts.NodeArray<ts.Statement>): void => {
    for (const s of statements) {
      if (ts.isIfStatement(s)) {
        for (const branch of [s.thenStatement, s.elseStatement]) {
          if (branch === undefined) continue
          if (ts.isBlock(branch)) visitStatements(branch.statements)
          else visitStatements(ts.factory.createNodeArray([branch]))
        }
        continue
      }
      if (ts.isBlock(s)) {
        visitStatements(s.statements)
        continue
      }
      const trailing = ts.getTrailingCommentRanges(code, s.end) ?? []
      const line = trailing.find((c) => c.kind === ts.SyntaxKind.SingleLineCommentTrivia)
      if (ts.isExpressionStatement(s) && line !== undefined) {
        const value = leadingValue(code.slice(line.pos + 2, line.end))
        if (value !== undefined) {
          edits.push({ start: s.getStart(source), end: s.end, text: assertion(s.expression.getText(source), value) })
          assertions++
          continue
        }
      }
      // Comment lines right after the statement, starting with a value: the statement's result.
      const after = lineEnd(s.end)
      const block = /^(\n[ \t]*\/\/[^\n]*)+/.exec(code.slice(after))?.[0]
      if (block === undefined || line !== undefined) continue
      const joined = block
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => l.replace(/^\s*\/\/\s?/, ''))
        .join('\n')
      if (!/^\s*[[{'"`\d-]|^\s*(right|left)\(|^\s*(true|false|null|undefined)\b/.test(joined)) continue
      const value = leadingValue(joined)
      if (value === undefined) continue
      let actual: string | undefined
      if (ts.isExpressionStatement(s)) actual = s.expression.getText(source)
      else if (ts.isVariableStatement(s) && s.declarationList.declarations.length === 1) {
        const d = s.declarationList.declarations[0]
        if (d !== undefined && ts.isIdentifier(d.name)) actual = d.name.text
      }
      if (actual === undefined) continue
      edits.push({ start: after + block.length, end: after + block.length, text: `\n${assertion(actual, value)}` })
      assertions++
    }
  }
  visitStatements(source.statements)
  // 2. Comment lines of comparisons (`// d.allowed === true; d.reasons[0]?.rule === 'R-ACTOR-1'`).
  const lines = code.split('\n')
  let offset = 0
  for (const l of lines) {
    const m = /^(\s*)\/\/(.*)$/.exec(l)
    if (m !== null) {
      const found = comparisons(m[2] ?? '')
      if (found.length > 0) {
        edits.push({ start: offset + l.length, end: offset + l.length, text: `\n${found.map((a) => `${m[1] ?? ''}${a}`).join('\n')}` })
        assertions += found.length
      }
    }
    offset += l.length + 1
  }
  let text = code
  for (const e of [...edits].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end)
  return { text: `import { expect } from 'vitest'\n${text}\nexport {}\n`, assertions }
}
