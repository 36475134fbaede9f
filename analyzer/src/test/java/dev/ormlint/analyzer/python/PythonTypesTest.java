package dev.ormlint.analyzer.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.testing.PythonProject;
import org.junit.jupiter.api.Test;

class PythonTypesTest {

    private static final String SESSION = SqlAlchemyApi.SESSION;
    private static final String ASYNC_SESSION = SqlAlchemyApi.ASYNC_SESSION;

    @Test
    void importsAndAliasesResolveToTheLibrarysCanonicalNames() {
        PythonProject project = new PythonProject().add("app/db.py", """
                import sqlalchemy as sa
                import sqlalchemy.orm
                from sqlalchemy.orm import Session as S
                from sqlmodel import Session as ModelSession
                from mylib import create_engine

                probe(sa.create_engine)
                probe(sqlalchemy.orm.sessionmaker)
                probe(S)
                probe(ModelSession)
                probe(create_engine)
                probe(unknown_name)
                """);

        assertThat(project.probes("app/db.py", types -> node -> types.qualifiedName(node).orElse("?")))
                .containsExactly("sqlalchemy.create_engine", "sqlalchemy.orm.sessionmaker", SESSION, SESSION,
                        "mylib.create_engine", "?");
    }

    @Test
    void sessionsFromClassesFactoriesContextManagersAndAnnotations() {
        PythonProject project = new PythonProject().add("app/service.py", """
                from typing import Annotated, Optional
                from fastapi import Depends
                from sqlalchemy import create_engine
                from sqlalchemy.orm import Session, sessionmaker, scoped_session
                from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

                engine = create_engine("postgresql://app@db/shop")
                SessionLocal = sessionmaker(bind=engine)
                AsyncLocal = async_sessionmaker(create_async_engine("postgresql+asyncpg://db/shop"))
                LegacyAsync = sessionmaker(class_=AsyncSession)
                Scoped = scoped_session(SessionLocal)

                def get_session():
                    db = SessionLocal()
                    try:
                        yield db
                    finally:
                        db.close()

                def plain(s: Session, maybe: Optional[Session], dep=Depends(get_session),
                          annotated: Annotated[Session, Depends(get_session)] = None, other: int = 0):
                    probe(s)
                    probe(maybe)
                    probe(dep)
                    probe(annotated)
                    probe(other)

                async def handler():
                    with Session(engine) as direct, direct.begin():
                        probe(direct)
                    async with AsyncLocal() as session:
                        probe(session)
                    probe(LegacyAsync())
                    probe(Scoped)
                    probe(engine)
                """);

        assertThat(project.typesOfProbes("app/service.py")).containsExactly(SESSION, SESSION, SESSION, SESSION, "?",
                SESSION, ASYNC_SESSION, ASYNC_SESSION, SqlAlchemyApi.SCOPED_SESSION, SqlAlchemyApi.ENGINE);
    }

    @Test
    void aNameAssignedDifferentThingsHasNoType() {
        PythonProject project = new PythonProject().add("app/jobs.py", """
                from sqlalchemy.orm import Session

                def run(engine, flag):
                    session = Session(engine)
                    if flag:
                        session = None
                    probe(session)
                    for session in []:
                        pass
                """);

        assertThat(project.typesOfProbes("app/jobs.py")).containsExactly("?");
    }

    @Test
    void statementsAndTheirChainedMethodsAndTables() {
        PythonProject project = new PythonProject().add("app/queries.py", """
                import sqlalchemy as sa
                from sqlalchemy import select, Table, MetaData

                metadata = MetaData()
                users = Table("users", metadata)

                stmt = select(users).where(users.c.id == 1).order_by(users.c.name)
                probe(stmt)
                probe(sa.update(users).values(name="x"))
                probe(users)
                probe(stmt.subquery())
                """);

        assertThat(project.typesOfProbes("app/queries.py")).containsExactly(SqlAlchemyApi.SELECT, SqlAlchemyApi.UPDATE,
                SqlAlchemyApi.TABLE, "?");
    }

    @Test
    void engineConnectionsSyncAndAsync() {
        PythonProject project = new PythonProject().add("app/etl.py", """
                from sqlalchemy import create_engine
                from sqlalchemy.ext.asyncio import create_async_engine

                engine = create_engine("postgresql://db/shop")
                async_engine = create_async_engine("postgresql+asyncpg://db/shop")

                async def run():
                    with engine.connect() as conn:
                        probe(conn)
                    probe(engine.raw_connection())
                    async with async_engine.begin() as aconn:
                        probe(aconn)
                """);

        assertThat(project.typesOfProbes("app/etl.py")).containsExactly(SqlAlchemyApi.CONNECTION,
                SqlAlchemyApi.DBAPI_CONNECTION, SqlAlchemyApi.ASYNC_CONNECTION);
    }

    @Test
    void aFunctionInOneModuleReturningASessionEngineOrStatementIsKnownInAnother() {
        PythonProject project = new PythonProject()
                .add("src/app/db.py", """
                        from sqlalchemy import create_engine, select
                        from sqlalchemy.orm import sessionmaker

                        engine = create_engine("postgresql://db/shop")
                        SessionLocal = sessionmaker(engine)

                        def get_session():
                            return SessionLocal()

                        def active_users():
                            return select(User).where(User.active)
                        """)
                .add("src/app/__init__.py", "")
                .add("src/app/api/routes.py", """
                        from app.db import get_session, engine as shared_engine
                        from ..db import active_users
                        from app import db

                        def route():
                            session = get_session()
                            probe(session)
                            probe(shared_engine)
                            probe(active_users())
                            probe(db.SessionLocal())
                        """);

        assertThat(project.typesOfProbes("src/app/api/routes.py")).containsExactly(SESSION, SqlAlchemyApi.ENGINE,
                SqlAlchemyApi.SELECT, SESSION);
    }

    @Test
    void flaskSqlalchemysSessionAndModel() {
        PythonProject project = new PythonProject()
                .add("app/extensions.py", """
                        from flask_sqlalchemy import SQLAlchemy

                        db = SQLAlchemy()
                        """)
                .add("app/models.py", """
                        from app.extensions import db

                        class User(db.Model):
                            pass

                        probe(db.session)
                        probe(db.select(User))
                        probe(User.query)
                        """);

        assertThat(project.typesOfProbes("app/models.py")).containsExactly(SqlAlchemyApi.SCOPED_SESSION,
                SqlAlchemyApi.SELECT, SqlAlchemyApi.QUERY);
    }

    @Test
    void mappedClassesOfEveryDeclarativeStyle() {
        PythonProject project = new PythonProject()
                .add("app/base.py", """
                        from sqlalchemy.orm import DeclarativeBase, declarative_base, registry

                        class Base(DeclarativeBase):
                            pass

                        LegacyBase = declarative_base()
                        mapper_registry = registry()
                        """)
                .add("app/models.py", """
                        from sqlmodel import SQLModel, Field
                        from app.base import Base, LegacyBase, mapper_registry

                        class User(Base):
                            pass

                        class Admin(User):
                            pass

                        class Order(LegacyBase):
                            pass

                        @mapper_registry.mapped
                        class Invoice:
                            pass

                        class Hero(SQLModel, table=True):
                            pass

                        class HeroCreate(SQLModel):
                            pass

                        class Plain:
                            pass

                        probe(User)
                        probe(Admin)
                        probe(Order)
                        probe(Invoice)
                        probe(Hero)
                        probe(HeroCreate)
                        probe(Plain)
                        probe(Base)
                        """);

        assertThat(project.probes("app/models.py", types -> types::isMappedClass))
                .containsExactly(true, true, true, true, true, false, false, false);
    }

    @Test
    void theOrmGateFollowsProjectModulesThatImportTheOrm() {
        PythonProject project = new PythonProject()
                .add("app/db.py", "from sqlalchemy.orm import Session\n")
                .add("app/services/orders.py", "from app.db import Session\n")
                .add("app/api.py", "from app.services import orders\n")
                .add("app/util.py", "import json\n");
        PythonIndex index = project.index();

        assertThat(index.module("app.api").map(index::usesOrm)).contains(true);
        assertThat(index.module("app.services.orders").map(index::usesOrm)).contains(true);
        assertThat(index.module("app.util").map(index::usesOrm)).contains(false);
    }

    @Test
    void anUntypedNameGivenMappedClassesOrNewMappedObjectsIsASessionByUse() {
        PythonProject project = new PythonProject()
                .add("app/models.py", """
                        from sqlalchemy.orm import DeclarativeBase

                        class Base(DeclarativeBase):
                            pass

                        class Incident(Base):
                            pass
                        """)
                .add("app/service.py", """
                        from app.models import Incident

                        def get(*, db_session, incident_id):
                            probe(db_session)
                            return db_session.query(Incident).get(incident_id)

                        def create(context, title):
                            session = context["session"]
                            session.add(Incident(title=title))
                            session.commit()
                            probe(session)

                        def remember(cache, title):
                            cache.add(Incident(title=title))
                            probe(cache)

                        def collect(titles):
                            seen = set()
                            seen.add(Incident(title=titles[0]))
                            probe(seen)

                        def search(es, text):
                            probe(es)
                            return es.query(text)
                        """);

        assertThat(project.probes("app/service.py", types -> node -> String.valueOf(types.isSessionByUse(node))))
                .containsExactly("true", "true", "false", "false", "false");
    }

    @Test
    void rowsAQueryReturnedAreKnownThroughAFunctionOfAnotherModule() {
        PythonProject project = new PythonProject()
                .add("app/service.py", """
                        from sqlalchemy import select
                        from sqlalchemy.orm import Session

                        def all_open(db_session: Session):
                            return db_session.query(Incident).filter(Incident.open).all()

                        def newest(db_session: Session):
                            return db_session.execute(select(Incident)).scalars().all()
                        """)
                .add("app/jobs.py", """
                        from app import service

                        def run(db_session):
                            probe(service.all_open(db_session))
                            probe(service.newest(db_session))
                        """);

        assertThat(project.typesOfProbes("app/jobs.py")).containsExactly(SqlAlchemyApi.ROWS, SqlAlchemyApi.ROWS);
    }

    @Test
    void anInstanceOfAProjectSubclassOfALibraryClassHasTheLibraryClassFacts() {
        PythonProject project = new PythonProject().add("app/db.py", """
                from flask_sqlalchemy import SQLAlchemy

                class AppSQLAlchemy(SQLAlchemy):
                    pass

                db = AppSQLAlchemy()
                probe(db.session)
                """);

        assertThat(project.typesOfProbes("app/db.py")).containsExactly(SqlAlchemyApi.SCOPED_SESSION);
    }
}
