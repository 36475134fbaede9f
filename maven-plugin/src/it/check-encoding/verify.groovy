// The DAO is written in Windows-1252 (an 'é' in its Javadoc), as project.build.sourceEncoding says:
// ormlint reads it in that encoding and reports its legacy query, with no encoding notice.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/java/shop/OrderQueries.java:17: [LegacyCriteriaQuery] ')
assert !log.contains('not valid')
assert log.contains('BUILD FAILURE')
true
