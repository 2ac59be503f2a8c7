// dmp-rules/codecs — io-ts codecs and decoders for untrusted JSON. (Being built: see issue 2.)
export {}
