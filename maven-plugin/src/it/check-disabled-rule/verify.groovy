import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('ormlint: 2 files scanned, 0 findings')
assert log.contains('BUILD SUCCESS')
def sarif = new JsonSlurper().parse(new File(basedir, 'target/ormlint/ormlint.sarif'))
assert !sarif.runs[0].tool.driver.rules.any { it.id == 'LegacyCriteriaQuery' }
assert sarif.runs[0].results.isEmpty()
true
