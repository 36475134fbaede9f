package dev.ormlint.rewriter;

import dev.ormlint.rewriter.criteria.CriteriaMigrator;
import dev.ormlint.rewriter.criteria.MigrationRequest;
import dev.ormlint.rewriter.sqlalchemy.SqlAlchemyMigrator;
import java.io.IOException;

/**
 * {@code ormlint migrate} over a project in both languages: its Java files go to the Criteria
 * migration, its Python files to the SQLAlchemy one, and the two reports are one. The CLI and the
 * Maven goal call this and nothing else.
 */
public final class Migrations {

    private Migrations() {
    }

    public static MigrationReport run(MigrationRequest request) throws IOException {
        MigrationReport criteria = new CriteriaMigrator().migrate(request);
        MigrationReport sqlalchemy = new SqlAlchemyMigrator().migrate(request.paths(), request.root(), request.excludes(),
                request.encoding());
        return criteria.plus(sqlalchemy);
    }
}
