def source = new File(basedir, 'src/main/java/shop/OrderQueries.java').text
assert !source.contains('createCriteria')
assert !source.contains('org.hibernate.criterion')
assert source.contains('Root<shop.Order> root = cq.from(shop.Order.class);')
assert source.contains('cb.greaterThanOrEqualTo(root.<Integer>get("total"), minimumTotal)')
assert source.contains('session.createQuery(cq)')
assert new File(basedir, 'target/classes/shop/OrderQueries.class').isFile()

def log = new File(basedir, 'build.log').text
assert log.contains('ormlint: 1 legacy query found, 1 migrated, 0 left; 1 file written')
assert log.contains('ormlint: 2 files scanned, 0 findings')
assert log.contains('BUILD SUCCESS')
true
