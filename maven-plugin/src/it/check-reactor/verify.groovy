def log = new File(basedir, 'build.log').text
def sections = log.split(/-+< dev\.ormlint\.it:/)
def section = { String module -> sections.find { it.startsWith(module + ' >') } }

assert !section('check-reactor').contains('ormlint:')
assert section('catalog').contains('ormlint: 1 file scanned, 0 findings')
assert section('orders').contains('[ERROR] src/main/java/shop/OrderQueries.java:16: [LegacyCriteriaQuery] ')
assert new File(basedir, 'catalog/target/ormlint/ormlint.sarif').isFile()
assert new File(basedir, 'orders/target/ormlint/ormlint.sarif').isFile()
assert !new File(basedir, 'target/ormlint').exists()
assert log.contains('BUILD FAILURE')
true
