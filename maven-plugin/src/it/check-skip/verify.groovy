def log = new File(basedir, 'build.log').text
assert log.contains('ormlint: skipped')
assert !log.contains('[LegacyCriteriaQuery]')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/ormlint/ormlint.sarif').exists()
true
