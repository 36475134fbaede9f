import groovy.json.JsonSlurper

def baseline = new JsonSlurper().parse(new File(basedir, 'ormlint-baseline.json'))
assert baseline.findings.size() == 1
assert baseline.findings[0].ruleId == 'LegacyCriteriaQuery'
assert baseline.findings[0].path == 'src/main/java/shop/OrderQueries.java'

def log = new File(basedir, 'build.log').text
assert log.contains('ormlint: 1 finding(s) recorded in ormlint-baseline.json; point baseline at it to accept them')
assert log.contains('1 suppressed by baseline')
assert !log.contains('[ERROR]')
assert log.contains('BUILD SUCCESS')
true
