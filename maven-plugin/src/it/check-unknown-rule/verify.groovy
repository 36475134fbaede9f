def log = new File(basedir, 'build.log').text
assert log.contains("ormlint: unknown rule 'NoSuchRule'")
assert log.contains('MojoExecutionException')
true
