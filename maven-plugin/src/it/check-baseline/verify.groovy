def log = new File(basedir, 'build.log').text
assert log.contains('ormlint: 2 files scanned, 0 findings (0 errors, 0 warnings, 0 info), 1 suppressed by baseline')
assert !log.contains('[LegacyCriteriaQuery]')
assert log.contains('BUILD SUCCESS')
true
