import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('ormlint: 2 files scanned, 0 findings (0 errors, 0 warnings, 0 info), 0 suppressed by baseline, 0 notices')
assert log.contains('BUILD SUCCESS')
def sarif = new JsonSlurper().parse(new File(basedir, 'target/ormlint/ormlint.sarif'))
assert sarif.runs[0].results.isEmpty()
true
