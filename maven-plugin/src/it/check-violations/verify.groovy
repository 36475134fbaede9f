import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/java/shop/OrderQueries.java:16: [LegacyCriteriaQuery] ')
assert log.contains('ormlint: 1 finding at warning or worse, 0 allowed')
assert log.contains('BUILD FAILURE')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/ormlint/ormlint.sarif'))
assert sarif.version == '2.1.0'
def results = sarif.runs[0].results
assert results.size() == 1
assert results[0].ruleId == 'LegacyCriteriaQuery'
assert results[0].locations[0].physicalLocation.artifactLocation.uri == 'src/main/java/shop/OrderQueries.java'
assert results[0].locations[0].physicalLocation.region.startLine == 16
true
