// The `dmp-rules` command. (Being built: see issue 7.)
process.stderr.write('dmp-rules: not built yet\n')
process.exitCode = 2
