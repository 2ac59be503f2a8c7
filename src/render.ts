// The `dmp-rules/render` entry: an access map as Markdown, HTML or SVG (src/render/).
export * from './render/index.js'
