// dmp-rules/testing — fast-check arbitraries of every domain type. (Being built: see issue 6.)
export {}
