def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] src/main/java/shop/OrderQueries.java:16: [LegacyCriteriaQuery] ')
assert log.contains('[WARNING] src/main/java/shop/OrderQueries.java:20: [LegacyCriteriaQuery] ')
assert log.contains('BUILD SUCCESS')
true
