package dev.ormlint.rewriter.sqlalchemy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ormlint.rewriter.MigrationReport;
import dev.ormlint.rewriter.QueryOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Before/after cases of the SQLAlchemy migration; a case with no after text must stay as it is. */
class SqlAlchemyMigrationTest {

    @TempDir
    Path root;

    /** The project's mapped classes, which the type facts find through the files' imports (or by their declaration). */
    @BeforeEach
    void write_the_model() throws IOException {
        Files.createDirectories(root.resolve("app"));
        Files.writeString(root.resolve("app/models.py"), """
                from sqlalchemy.orm import declarative_base

                Base = declarative_base()


                class User(Base):
                    __tablename__ = "users"


                class Customer(Base):
                    __tablename__ = "customer"


                class Order(Base):
                    __tablename__ = "orders"


                class Tag(Base):
                    __tablename__ = "tag"
                """);
    }

    @Test
    void one_entity_runs_through_scalars_and_rows_through_execute() throws IOException {
        assertMigrates("""
                from sqlalchemy import func
                from app.models import User


                def names(session):
                    # comments and spacing outside the query stay as they are
                    users = session.query(User).filter(User.active == True).order_by(User.name).all()
                    return users, session.query(User.name, func.count(User.id)).group_by(User.name).all()
                """, """
                from sqlalchemy import func, select
                from app.models import User


                def names(session):
                    # comments and spacing outside the query stay as they are
                    users = session.scalars(select(User).where(User.active == True).order_by(User.name)).all()
                    return users, session.execute(select(User.name, func.count(User.id)).group_by(User.name)).all()
                """);
    }

    @Test
    void a_join_makes_the_entities_unique_as_the_legacy_query_did() throws IOException {
        assertMigrates("""
                from sqlalchemy import select

                def buyers(db):
                    return db.session.query(Customer).join(Customer.orders).first()
                """, """
                from sqlalchemy import select

                def buyers(db):
                    return db.session.scalars(select(Customer).join(Customer.orders).limit(1)).unique().first()
                """);
    }

    @Test
    void imports_go_into_an_unsorted_list_at_its_end_and_as_a_new_line_when_there_is_none() throws IOException {
        assertMigrates("""
                from sqlalchemy import or_, and_
                from app.models import User

                def count(session):
                    return session.query(User).count()
                """, """
                from sqlalchemy import or_, and_, func, select
                from app.models import User

                def count(session):
                    return session.scalar(select(func.count()).select_from(select(User).subquery()))
                """);
        assertMigrates("""
                import os
                from sqlalchemy.orm import Session

                def one(session, pk):
                    return session.query(User).filter(User.id == pk).one()
                """, """
                import os
                from sqlalchemy import select
                from sqlalchemy.orm import Session

                def one(session, pk):
                    return session.scalars(select(User).where(User.id == pk)).one()
                """);
    }

    @Test
    void a_bulk_delete_keeps_its_synchronize_session_and_its_count() throws IOException {
        assertMigrates("""
                def purge(session):
                    gone = session.query(Order).filter(Order.paid == False).delete(synchronize_session="fetch")
                    session.query(Order).filter_by(archived=True).update({"note": None}, False)
                    return gone
                """, """
                from sqlalchemy import delete, update

                def purge(session):
                    gone = session.execute(delete(Order).where(Order.paid == False).execution_options(synchronize_session="fetch")).rowcount
                    session.execute(update(Order).filter_by(archived=True).values({"note": None}).execution_options(synchronize_session=False))
                    return gone
                """);
    }

    @Test
    void removed_apis_returned_queries_and_unknown_names_are_left_with_their_reason() throws IOException {
        String source = """
                from sqlalchemy import Table

                users = Table("users", metadata)

                def legacy(session):
                    return session.query(Order).from_self().all()

                def handed_on(session):
                    return session.query(Order).filter(Order.id > 3)

                def unknown(session, things):
                    return session.query(things).all()

                def table_rows(session):
                    return session.query(users).all()
                """;
        MigrationReport report = migrate(source);

        assertThat(report.queries()).extracting(QueryOutcome::line, QueryOutcome::status, QueryOutcome::construct)
                .containsExactly(
                        tuple(6, QueryOutcome.Status.LEFT, "from_self()"),
                        tuple(9, QueryOutcome.Status.LEFT, "query(...)"),
                        tuple(12, QueryOutcome.Status.LEFT, "query(things)"),
                        tuple(15, QueryOutcome.Status.MIGRATED, ""));
        assertThat(report.leftByReason()).containsOnlyKeys(
                "removed in SQLAlchemy 2.0; the query needs rewriting by hand",
                "a Query returned by a function nothing in the project calls",
                "cannot tell whether `things` is a mapped class (objects) or a Table (rows)");
        assertThat(report.files().get(0).migrated()).contains("return session.execute(select(users)).all()");
    }

    @Test
    void a_name_the_file_binds_is_imported_under_an_alias_rather_than_shadowed() throws IOException {
        assertMigrates("""
                from sqlalchemy import func
                from sqlalchemy.sql import select


                def delete(session, pk):
                    session.query(Order).filter(Order.id == pk).delete()
                    return session.query(func.count(Order.id)).scalar()
                """, """
                from sqlalchemy import delete as sql_delete, func
                from sqlalchemy.sql import select


                def delete(session, pk):
                    session.execute(sql_delete(Order).where(Order.id == pk))
                    return session.execute(select(func.count(Order.id))).scalar_one_or_none()
                """);
    }

    @Test
    void a_variable_assigned_in_both_branches_of_an_if_is_one_query() throws IOException {
        assertMigrates("""
                def find(session, name, key):
                    if key:
                        q = session.query(Tag).filter(Tag.key == key)
                    else:
                        q = (
                            session.query(Tag)
                            .filter_by(name=name)
                        )
                    return q.one_or_none()
                """, """
                from sqlalchemy import select

                def find(session, name, key):
                    if key:
                        q = select(Tag).where(Tag.key == key)
                    else:
                        q = (
                            select(Tag)
                            .filter_by(name=name)
                        )
                    return session.scalars(q).one_or_none()
                """);
    }

    @Test
    void flask_sqlalchemy_model_query_runs_on_the_db_objects_session() throws IOException {
        Files.writeString(root.resolve("app/base.py"), """
                from flask_sqlalchemy import SQLAlchemy

                db = SQLAlchemy()
                """);
        assertMigrates("""
                from sqlalchemy import select

                from app.base import db


                def lookups(pk, email):
                    user = User.query.get(pk)
                    others = User.query.filter(User.email == email).order_by(User.id).all()
                    return user, others, User.query.count()
                """, """
                from sqlalchemy import func, select

                from app.base import db


                def lookups(pk, email):
                    user = db.session.get(User, pk)
                    others = db.session.scalars(select(User).where(User.email == email).order_by(User.id)).all()
                    return user, others, db.session.scalar(select(func.count()).select_from(select(User).subquery()))
                """);
    }

    @Test
    void model_query_reaches_the_db_object_through_an_imported_module() throws IOException {
        Files.writeString(root.resolve("app/base.py"), """
                from flask_sqlalchemy import SQLAlchemy


                class AppSQLAlchemy(SQLAlchemy):
                    pass


                db = AppSQLAlchemy()
                """);
        Files.createDirectories(root.resolve("app/web"));
        Files.writeString(root.resolve("app/web/__init__.py"), """
                from app.base import db


                class Group(db.Model):
                    pass
                """);
        assertMigrates("""
                from app import web


                def group(pk):
                    return web.Group.query.get(pk), web.Group.query.filter(web.Group.id > pk).all()
                """, """
                from app import web
                from sqlalchemy import select


                def group(pk):
                    return web.db.session.get(web.Group, pk), web.db.session.scalars(select(web.Group).where(web.Group.id > pk)).all()
                """);
    }

    @Test
    void model_query_in_a_variable_is_run_on_the_session_and_the_db_object_joins_an_import_of_its_module() throws IOException {
        writeFlaskModel();
        assertMigrates("""
                from app.base import Group


                def groups(org):
                    if org:
                        found = Group.query.filter(Group.org == org)
                    else:
                        found = Group.query
                    return [g.name for g in found], list(Group.query.filter(Group.id > 3))
                """, """
                from app.base import Group, db
                from sqlalchemy import select


                def groups(org):
                    if org:
                        found = select(Group).where(Group.org == org)
                    else:
                        found = select(Group)
                    return [g.name for g in db.session.scalars(found)], list(db.session.scalars(select(Group).where(Group.id > 3)))
                """);
    }

    @Test
    void model_query_with_entities_selects_those_columns_and_a_terminal_ends_the_chain() throws IOException {
        writeFlaskModel();
        assertMigrates("""
                from app.base import Group


                def names(app, pk):
                    app.db.create_all()
                    return Group.query.with_entities(Group.name).filter(Group.id > pk).all(), Group.query.filter_by(id=pk).first().describe()
                """, """
                from app.base import Group, db
                from sqlalchemy import select


                def names(app, pk):
                    app.db.create_all()
                    return db.session.execute(select(Group.name).where(Group.id > pk)).all(), db.session.scalars(select(Group).filter_by(id=pk).limit(1)).first().describe()
                """);
    }

    @Test
    void the_db_object_is_not_imported_over_a_name_the_file_already_uses() throws IOException {
        writeFlaskModel();
        MigrationReport report = migrate("""
                from app.base import Group


                def first_group(db):
                    return Group.query.first()
                """);

        assertThat(report.files()).isEmpty();
        assertThat(report.leftByReason()).containsOnlyKeys("no Flask-SQLAlchemy object (db = SQLAlchemy()) is imported in this file");
    }

    @Test
    void a_capwords_name_the_facts_know_as_a_table_selects_rows() throws IOException {
        assertMigrates("""
                from app.models import Order

                Orders = Order.__table__


                def open_orders(session):
                    return session.query(Orders).filter(Orders.c.paid == False).all()
                """, """
                from app.models import Order
                from sqlalchemy import select

                Orders = Order.__table__


                def open_orders(session):
                    return session.execute(select(Orders).where(Orders.c.paid == False)).all()
                """);
    }

    @Test
    void a_name_neither_the_facts_nor_the_project_declare_is_left() throws IOException {
        MigrationReport report = migrate("""
                from elsewhere import Invoice


                def invoices(session):
                    return session.query(Invoice).all()
                """);

        assertThat(report.leftByReason()).containsOnlyKeys(
                "cannot tell whether `Invoice` is a mapped class (objects) or a Table (rows)");
    }

    @Test
    void model_query_without_the_db_object_in_the_file_is_left() throws IOException {
        MigrationReport report = migrate("""
                def first_user():
                    return User.query.first()
                """);

        assertThat(report.leftByReason()).containsOnlyKeys("no Flask-SQLAlchemy object (db = SQLAlchemy()) is imported in this file");
    }

    @Test
    void a_query_a_function_returns_is_migrated_with_every_caller_across_modules() throws IOException {
        Files.writeString(root.resolve("app/service.py"), """
                from app.models import Customer


                def get_all(*, db_session, city=None):
                    if city:
                        return db_session.query(Customer).filter(Customer.city == city)
                    return db_session.query(Customer).join(Customer.orders)
                """);
        Files.writeString(root.resolve("app/jobs.py"), """
                from app import service
                from app.service import get_all as all_customers


                def names(session):
                    return [c.name for c in service.get_all(db_session=session)]


                def in_town(db, city):
                    found = all_customers(db_session=db.session, city=city)
                    found = found.filter_by(vip=True)
                    return found.count(), service.get_all(db_session=db.session).first()
                """);

        MigrationReport report = new SqlAlchemyMigrator().migrate(List.of(root), root, List.of(), StandardCharsets.UTF_8);

        assertThat(report.left()).as("left: %s", report.leftByReason()).isZero();
        assertThat(report.migrated()).isEqualTo(2);
        assertThat(migrated(report, "app/service.py")).contains(
                "return select(Customer).where(Customer.city == city)", "return select(Customer).join(Customer.orders)");
        // one branch joins: the callers unique the entities, as the legacy Query did
        assertThat(migrated(report, "app/jobs.py")).isEqualTo("""
                from app import service
                from app.service import get_all as all_customers
                from sqlalchemy import func, select


                def names(session):
                    return [c.name for c in session.scalars(service.get_all(db_session=session)).unique()]


                def in_town(db, city):
                    found = all_customers(db_session=db.session, city=city)
                    found = found.filter_by(vip=True)
                    return db.session.scalar(select(func.count()).select_from(found.subquery())), db.session.scalars(service.get_all(db_session=db.session).limit(1)).unique().first()
                """);
    }

    @Test
    void a_returned_query_is_left_with_its_callers_when_one_caller_hands_it_on() throws IOException {
        Files.writeString(root.resolve("app/service.py"), """
                from app.models import Customer


                def get_all(session):
                    return session.query(Customer)


                def unused(session):
                    return session.query(Customer)
                """);
        Files.writeString(root.resolve("app/api.py"), """
                from app.service import get_all


                def page(session):
                    return paginate(get_all(session))


                def listed(session):
                    return get_all(session).all()
                """);

        MigrationReport report = new SqlAlchemyMigrator().migrate(List.of(root), root, List.of(), StandardCharsets.UTF_8);

        assertThat(report.files()).isEmpty();
        assertThat(report.leftByReason()).containsOnly(
                org.assertj.core.api.Assertions.entry("a Query returned by a function is passed on by a caller", 1),
                org.assertj.core.api.Assertions.entry("a Query returned by a function nothing in the project calls", 1));
    }

    @Test
    void a_parenthesized_query_runs_inside_its_parentheses() throws IOException {
        assertMigrates("""
                def lookups(session, key):
                    one = (
                        session.query(Tag).filter(Tag.key == key)
                    ).one_or_none()
                    return one, (session.query(Tag).filter(Tag.key > key)).count(), (session.query(Tag))[0:2]
                """, """
                from sqlalchemy import func, select

                def lookups(session, key):
                    one = (
                        session.scalars(select(Tag).where(Tag.key == key))
                    ).one_or_none()
                    return one, (session.scalar(select(func.count()).select_from(select(Tag).where(Tag.key > key).subquery()))), (session.scalars(select(Tag).slice(0, 2)).all())
                """);
    }

    @Test
    void nothing_is_migrated_where_the_project_sets_its_own_query_class() throws IOException {
        Files.writeString(root.resolve("app/db.py"), """
                from sqlalchemy.orm import Query, sessionmaker


                class LiveQuery(Query):
                    def __iter__(self):
                        return super().__iter__()  # a project's Query may filter, log or cache here


                Session = sessionmaker(query_cls=LiveQuery)
                """);
        MigrationReport report = migrate("""
                from app.models import User


                def users(session):
                    return session.query(User).all()
                """);

        assertThat(report.files()).isEmpty();
        assertThat(report.leftByReason()).containsOnlyKeys(
                "the project sets its own Query class (query_cls, query_class), whose methods select() would not run");
    }

    @Test
    void model_query_of_a_model_with_its_own_query_class_is_left() throws IOException {
        Files.writeString(root.resolve("app/base.py"), """
                from flask_sqlalchemy import BaseQuery, SQLAlchemy

                db = SQLAlchemy()


                class Group(db.Model):
                    pass


                class Page(db.Model):
                    query_class = BaseQuery
                """);
        MigrationReport report = migrate("""
                from app.base import Group, Page, db


                def both():
                    return Group.query.all(), Page.query.all()
                """);

        assertThat(report.queries()).extracting(QueryOutcome::status, QueryOutcome::reason).containsExactlyInAnyOrder(
                tuple(QueryOutcome.Status.MIGRATED, ""),
                tuple(QueryOutcome.Status.LEFT, "the project sets its own Query class (query_cls, query_class), whose methods select() would not run"));
    }

    @Test
    void a_second_run_changes_nothing() throws IOException {
        String once = migrate("""
                def page(session, city):
                    q = session.query(Customer)
                    if city:
                        q = q.filter(Customer.city == city)
                    for c in q.order_by(Customer.id)[0:10]:
                        print(c)
                    return q.count()
                """).files().get(0).migrated();

        assertThat(once).contains("q = select(Customer)", "session.scalar(select(func.count()).select_from(q.subquery()))");
        assertThat(migrate(once).files()).isEmpty();
        assertThat(migrate(once).found()).isZero();
    }

    /** app/base.py: the Flask-SQLAlchemy object and a model of it. */
    private void writeFlaskModel() throws IOException {
        Files.writeString(root.resolve("app/base.py"), """
                from flask_sqlalchemy import SQLAlchemy

                db = SQLAlchemy()


                class Group(db.Model):
                    pass
                """);
    }

    private static String migrated(MigrationReport report, String relativePath) {
        return report.files().stream().filter(f -> f.relativePath().equals(relativePath)).findFirst().orElseThrow().migrated();
    }

    private void assertMigrates(String before, String after) throws IOException {
        MigrationReport report = migrate(before);
        assertThat(report.left()).as("left: %s", report.leftByReason()).isZero();
        assertThat(report.files()).hasSize(1);
        assertThat(report.files().get(0).migrated()).isEqualTo(after);
    }

    private MigrationReport migrate(String source) throws IOException {
        Path file = root.resolve("queries.py");
        Files.writeString(file, source);
        return new SqlAlchemyMigrator().migrate(List.of(root), root, List.of(), StandardCharsets.UTF_8);
    }
}
