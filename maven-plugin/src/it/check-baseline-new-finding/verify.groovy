def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/java/shop/OrderQueries.java:20: [LegacyCriteriaQuery] ')
assert !log.contains('OrderQueries.java:16:')
assert log.contains('1 finding (0 errors, 1 warning, 0 info), 1 suppressed by baseline')
assert log.contains('BUILD FAILURE')
true
