import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('ormlint: 3 files scanned, 0 findings (0 errors, 0 warnings, 0 info), 0 suppressed by baseline, 1 notice')
// The broken configuration file is reported and the build goes on.
assert log.contains('[WARNING] src/main/resources/application.yml: not checked: cannot read configuration: line 3:')
assert log.contains('BUILD SUCCESS')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/ormlint/ormlint.sarif'))
assert sarif.runs[0].results.isEmpty()
def notice = sarif.runs[0].invocations[0].toolExecutionNotifications[0]
assert notice.descriptor.id == 'parse-error'
assert notice.locations[0].physicalLocation.artifactLocation.uri == 'src/main/resources/application.yml'
true
// The scan's cache is kept under target/ for the next build.
def cache = new File(basedir, 'target/ormlint/scan-cache.bin')
assert cache.bytes.length > 3 && new String(cache.bytes, 0, 3, 'ISO-8859-1') == ':)\n' // Smile's signature
assert new String(cache.bytes, 'ISO-8859-1').contains('ormlint scan cache')
