// The `dmp-rules/codecs` entry: io-ts codecs and decoders for untrusted input (src/codecs/).
export * from './codecs/index.js'
