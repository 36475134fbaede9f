package dev.ormlint.analyzer.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrmCandidatesTest {

    private final Map<String, String> sources = new LinkedHashMap<>();

    private Set<String> candidates() {
        Set<String> names = OrmCandidates.moduleNames(List.copyOf(sources.keySet()));
        Map<String, OrmCandidates.Mentions> mentions = new LinkedHashMap<>();
        sources.forEach((path, text) -> mentions.put(path, OrmCandidates.of(path, text, names)));
        return OrmCandidates.of(mentions);
    }

    @Test
    void aModuleNamingAnOrmLibraryIsACandidate() {
        sources.put("app/a.py", "import sqlalchemy as sa\n");
        sources.put("app/b.py", "from flask_sqlalchemy import SQLAlchemy\n");
        sources.put("app/c.py", "from sqlmodel import SQLModel\n");
        sources.put("app/d.py", "import os\n");

        assertThat(candidates()).containsExactlyInAnyOrder("app/a.py", "app/b.py", "app/c.py");
    }

    @Test
    void aModuleNamingACandidateModuleIsOneThroughAnyNumberOfModules() {
        sources.put("app/db.py", "from sqlalchemy.orm import Session\n");
        sources.put("app/service.py", "from app.db import Session\n");
        sources.put("app/routes.py", "from . import service\n");
        sources.put("app/cli.py", "from .routes import main\n");
        sources.put("tools/cleanup.py", "from app.util import slug\n");
        sources.put("app/util.py", "def slug(s):\n    return s\n");

        assertThat(candidates()).containsExactlyInAnyOrder("app/db.py", "app/service.py", "app/routes.py",
                "app/cli.py");
    }

    @Test
    void aPackageIsNamedByItsFolder() {
        sources.put("app/models/__init__.py", "from .user import User\n");
        sources.put("app/models/user.py", "from sqlalchemy.orm import DeclarativeBase\n");
        sources.put("app/views.py", "from app import models\n");

        assertThat(candidates()).containsExactlyInAnyOrder("app/models/__init__.py", "app/models/user.py",
                "app/views.py");
    }

    @Test
    void aRelativeImportMentionsTheModulesOwnPackages() {
        sources.put("blog/__init__.py", "from flask_sqlalchemy import SQLAlchemy\ndb = SQLAlchemy()\n");
        sources.put("blog/models.py", "from . import db\n");
        sources.put("blog/admin/views.py", "from .. import db\n");
        sources.put("blog/admin/forms.py", "from.widgets import Field\n");
        sources.put("blog/feeds.py", "import datetime\n");

        assertThat(candidates()).containsExactlyInAnyOrder("blog/__init__.py", "blog/models.py",
                "blog/admin/views.py", "blog/admin/forms.py");
    }

    @Test
    void wordsInCommentsAndStringsCountSoTheCandidatesAreASuperset() {
        sources.put("app/notes.py", "# we moved off sqlalchemy last year\nTEXT = 'see db'\n");
        sources.put("app/db.py", "import sqlalchemy\n");
        sources.put("app/other.py", "x = 'no database words here'\n");

        assertThat(candidates()).containsExactlyInAnyOrder("app/notes.py", "app/db.py");
    }

    @Test
    void onlyWholeWordsNameAModule() {
        sources.put("app/db.py", "import sqlalchemy\n");
        sources.put("app/cache.py", "from redis import db_pool, Redisdb\n");

        assertThat(candidates()).containsExactly("app/db.py");
    }
}
