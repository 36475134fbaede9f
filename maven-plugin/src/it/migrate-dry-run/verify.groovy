def log = new File(basedir, 'build.log').text
def diff = new File(basedir, 'target/ormlint/migrate.diff').text

assert diff.startsWith('--- a/src/main/java/shop/OrderQueries.java\n+++ b/src/main/java/shop/OrderQueries.java\n@@ ')
assert diff.contains('-        return session.createCriteria(shop.Order.class)\n')
assert diff.contains('+import jakarta.persistence.criteria.CriteriaBuilder;\n')
assert log.contains('[INFO] +++ b/src/main/java/shop/OrderQueries.java')
assert log.contains('ormlint: 1 legacy query found, 1 migrated, 0 left; 1 file to change (dry run: -Dormlint.apply=true writes them)')

def source = new File(basedir, 'src/main/java/shop/OrderQueries.java').text
assert source.contains('session.createCriteria(shop.Order.class)')
true
