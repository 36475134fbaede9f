def log = new File(basedir, 'build.log').text
assert log.contains('ormlint:check')
assert log.contains('ormlint:migrate')
assert log.contains('ormlint:help')
assert log.contains('failOnSeverity')
assert log.contains('encoding')
assert log.contains('BUILD SUCCESS')
true
