// The `dmp-rules/testing` entry: fast-check arbitraries of every domain type (src/testing/).
export * from './testing/index.js'
