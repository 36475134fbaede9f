package dev.ormlint.analyzer.python;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the type facts know of SQLAlchemy, Flask-SQLAlchemy, SQLModel and FastAPI: the canonical name
 * of each re-exported name, what calling a library function or class gives, and what the methods of
 * sessions, engines, factories and statements return. Types are named by their public qualified names.
 */
public final class SqlAlchemyApi {

    public static final String SESSION = "sqlalchemy.orm.Session";
    public static final String ASYNC_SESSION = "sqlalchemy.ext.asyncio.AsyncSession";
    public static final String SCOPED_SESSION = "sqlalchemy.orm.scoped_session";
    public static final String ASYNC_SCOPED_SESSION = "sqlalchemy.ext.asyncio.async_scoped_session";
    public static final String SESSION_FACTORY = "sqlalchemy.orm.sessionmaker";
    public static final String ASYNC_SESSION_FACTORY = "sqlalchemy.ext.asyncio.async_sessionmaker";
    public static final String ENGINE = "sqlalchemy.engine.Engine";
    public static final String ASYNC_ENGINE = "sqlalchemy.ext.asyncio.AsyncEngine";
    public static final String CONNECTION = "sqlalchemy.engine.Connection";
    public static final String ASYNC_CONNECTION = "sqlalchemy.ext.asyncio.AsyncConnection";
    /** What {@code engine.raw_connection()} gives: the DBAPI connection, outside any SQLAlchemy transaction. */
    public static final String DBAPI_CONNECTION = "sqlalchemy.pool.PoolProxiedConnection";
    public static final String SESSION_TRANSACTION = "sqlalchemy.orm.SessionTransaction";
    public static final String SELECT = "sqlalchemy.sql.Select";
    public static final String INSERT = "sqlalchemy.sql.Insert";
    public static final String UPDATE = "sqlalchemy.sql.Update";
    public static final String DELETE = "sqlalchemy.sql.Delete";
    public static final String TABLE = "sqlalchemy.Table";
    public static final String RESULT = "sqlalchemy.engine.Result";
    public static final String SCALAR_RESULT = "sqlalchemy.engine.ScalarResult";
    public static final String QUERY = "sqlalchemy.orm.Query";
    /** The list {@code .all()} of a result or a legacy query gives: every row (or object) it returned. */
    public static final String ROWS = "sqlalchemy.engine.Result.all()";
    public static final String FLASK_SQLALCHEMY = "flask_sqlalchemy.SQLAlchemy";
    public static final String REGISTRY = "sqlalchemy.orm.registry";

    /** Classes whose direct subclasses are declarative bases (their subclasses are mapped). */
    public static final Set<String> DECLARATIVE_BASES = Set.of("sqlalchemy.orm.DeclarativeBase",
            "sqlalchemy.orm.DeclarativeBaseNoMeta");
    /** The class {@code declarative_base()} and {@code registry.generate_base()} create: a declarative base itself. */
    public static final String GENERATED_BASE = "sqlalchemy.orm.declarative_base()";
    /** Flask-SQLAlchemy's {@code db.Model}: a declarative base. */
    public static final String FLASK_MODEL = "flask_sqlalchemy.SQLAlchemy.Model";
    /** SQLModel's base: its subclasses are mapped when declared with {@code table=True}. */
    public static final String SQLMODEL = "sqlmodel.SQLModel";

    public static final Set<String> SESSIONS = Set.of(SESSION, ASYNC_SESSION, SCOPED_SESSION, ASYNC_SCOPED_SESSION);
    public static final Set<String> ASYNC_SESSIONS = Set.of(ASYNC_SESSION, ASYNC_SCOPED_SESSION);
    public static final Set<String> ENGINES = Set.of(ENGINE, ASYNC_ENGINE);
    public static final Set<String> STATEMENTS = Set.of(SELECT, INSERT, UPDATE, DELETE);
    /** Libraries whose import makes a file worth checking (with the project modules that import them). */
    public static final Set<String> ORM_LIBRARIES = Set.of("sqlalchemy", "flask_sqlalchemy", "sqlmodel");

    private static final Map<String, String> CANONICAL = new HashMap<>();
    private static final Map<String, String> CALL_RESULTS = new HashMap<>();
    private static final Map<String, Map<String, String>> METHOD_RESULTS = new HashMap<>();
    private static final Set<String> GENERATIVE_STATEMENT_METHODS = Set.of("where", "filter", "filter_by",
            "order_by", "group_by", "having", "join", "outerjoin", "join_from", "outerjoin_from", "options", "limit",
            "offset", "fetch", "distinct", "select_from", "execution_options", "with_only_columns", "add_columns",
            "correlate", "correlate_except", "with_for_update", "prefix_with", "suffix_with", "params", "values",
            "returning", "ordered_values", "inline", "from_select", "on_conflict_do_nothing", "on_conflict_do_update",
            "on_duplicate_key_update", "with_hint", "set_label_style", "union", "union_all", "except_", "intersect",
            "reduce_columns", "with_statement_hint", "slice");
    private static final Set<String> GENERATIVE_QUERY_METHODS = Set.of("filter", "filter_by", "order_by", "group_by",
            "having", "join", "outerjoin", "options", "limit", "offset", "distinct", "select_from", "with_entities",
            "add_entity", "add_columns", "execution_options", "with_for_update", "populate_existing", "yield_per",
            "enable_eagerloads", "correlate", "params", "slice", "union", "union_all", "with_parent", "from_statement");

    static {
        canonical(SESSION, "sqlalchemy.orm.session.Session", "sqlmodel.Session", "sqlmodel.orm.session.Session");
        canonical(ASYNC_SESSION, "sqlalchemy.ext.asyncio.session.AsyncSession",
                "sqlmodel.ext.asyncio.session.AsyncSession");
        canonical(SESSION_FACTORY, "sqlalchemy.orm.session.sessionmaker");
        canonical(ASYNC_SESSION_FACTORY, "sqlalchemy.ext.asyncio.session.async_sessionmaker");
        canonical(SCOPED_SESSION, "sqlalchemy.orm.scoping.scoped_session");
        canonical(ASYNC_SCOPED_SESSION, "sqlalchemy.ext.asyncio.scoping.async_scoped_session");
        canonical("sqlalchemy.create_engine", "sqlalchemy.engine.create_engine",
                "sqlalchemy.engine.create.create_engine", "sqlmodel.create_engine");
        canonical("sqlalchemy.engine_from_config", "sqlalchemy.engine.engine_from_config",
                "sqlalchemy.engine.create.engine_from_config");
        canonical("sqlalchemy.ext.asyncio.create_async_engine", "sqlalchemy.ext.asyncio.engine.create_async_engine");
        canonical("sqlalchemy.ext.asyncio.async_engine_from_config",
                "sqlalchemy.ext.asyncio.engine.async_engine_from_config");
        for (String statement : new String[] {"select", "insert", "update", "delete"}) {
            canonical("sqlalchemy." + statement, "sqlalchemy.sql." + statement,
                    "sqlalchemy.sql.expression." + statement, "sqlalchemy.future." + statement,
                    "sqlmodel." + statement, "sqlmodel.sql.expression." + statement);
        }
        canonical("sqlalchemy.insert", "sqlalchemy.dialects.postgresql.insert", "sqlalchemy.dialects.sqlite.insert",
                "sqlalchemy.dialects.mysql.insert");
        canonical(TABLE, "sqlalchemy.schema.Table", "sqlalchemy.sql.schema.Table");
        canonical(ENGINE, "sqlalchemy.Engine", "sqlalchemy.engine.base.Engine");
        canonical(ASYNC_ENGINE, "sqlalchemy.ext.asyncio.engine.AsyncEngine");
        canonical(CONNECTION, "sqlalchemy.Connection", "sqlalchemy.engine.base.Connection");
        canonical("sqlalchemy.orm.DeclarativeBase", "sqlalchemy.orm.decl_api.DeclarativeBase");
        canonical("sqlalchemy.orm.DeclarativeBaseNoMeta", "sqlalchemy.orm.decl_api.DeclarativeBaseNoMeta");
        canonical("sqlalchemy.orm.declarative_base", "sqlalchemy.ext.declarative.declarative_base",
                "sqlalchemy.orm.decl_api.declarative_base");
        canonical(REGISTRY, "sqlalchemy.orm.decl_api.registry");
        canonical(FLASK_SQLALCHEMY, "flask_sqlalchemy.extension.SQLAlchemy");
        canonical(SQLMODEL, "sqlmodel.main.SQLModel");
        canonical("fastapi.Depends", "fastapi.params.Depends");
        canonical("typing.Annotated", "typing_extensions.Annotated");
        canonical("typing.Optional", "typing_extensions.Optional");

        CALL_RESULTS.put("sqlalchemy.create_engine", ENGINE);
        CALL_RESULTS.put("sqlalchemy.engine_from_config", ENGINE);
        CALL_RESULTS.put("sqlalchemy.ext.asyncio.create_async_engine", ASYNC_ENGINE);
        CALL_RESULTS.put("sqlalchemy.ext.asyncio.async_engine_from_config", ASYNC_ENGINE);
        CALL_RESULTS.put(SESSION, SESSION);
        CALL_RESULTS.put(ASYNC_SESSION, ASYNC_SESSION);
        CALL_RESULTS.put(SESSION_FACTORY, SESSION_FACTORY);
        CALL_RESULTS.put(ASYNC_SESSION_FACTORY, ASYNC_SESSION_FACTORY);
        CALL_RESULTS.put(SCOPED_SESSION, SCOPED_SESSION);
        CALL_RESULTS.put(ASYNC_SCOPED_SESSION, ASYNC_SCOPED_SESSION);
        CALL_RESULTS.put("sqlalchemy.select", SELECT);
        CALL_RESULTS.put("sqlalchemy.insert", INSERT);
        CALL_RESULTS.put("sqlalchemy.update", UPDATE);
        CALL_RESULTS.put("sqlalchemy.delete", DELETE);
        CALL_RESULTS.put(TABLE, TABLE);
        CALL_RESULTS.put(FLASK_SQLALCHEMY, FLASK_SQLALCHEMY);
        CALL_RESULTS.put(REGISTRY, REGISTRY);

        methods(ENGINE, Map.of("connect", CONNECTION, "begin", CONNECTION, "raw_connection", DBAPI_CONNECTION));
        methods(ASYNC_ENGINE, Map.of("connect", ASYNC_CONNECTION, "begin", ASYNC_CONNECTION,
                "raw_connection", DBAPI_CONNECTION));
        methods(SESSION_FACTORY, Map.of("begin", SESSION));
        methods(ASYNC_SESSION_FACTORY, Map.of("begin", ASYNC_SESSION));
        Map<String, String> sessionMethods = Map.of("execute", RESULT, "scalars", SCALAR_RESULT, "query", QUERY,
                "begin", SESSION_TRANSACTION, "begin_nested", SESSION_TRANSACTION, "connection", CONNECTION,
                "get_bind", ENGINE);
        methods(SESSION, sessionMethods);
        methods(SCOPED_SESSION, sessionMethods);
        Map<String, String> asyncSessionMethods = Map.of("execute", RESULT, "scalars", SCALAR_RESULT,
                "begin", SESSION_TRANSACTION, "begin_nested", SESSION_TRANSACTION, "connection", ASYNC_CONNECTION);
        methods(ASYNC_SESSION, asyncSessionMethods);
        methods(ASYNC_SCOPED_SESSION, asyncSessionMethods);
        methods(CONNECTION, Map.of("execute", RESULT, "scalars", SCALAR_RESULT));
        methods(ASYNC_CONNECTION, Map.of("execute", RESULT, "scalars", SCALAR_RESULT));
        // Rows stay rows through a function's return: `return db_session.query(X).all()` is known to the caller.
        methods(RESULT, Map.of("all", ROWS, "fetchall", ROWS, "scalars", SCALAR_RESULT, "unique", RESULT));
        methods(SCALAR_RESULT, Map.of("all", ROWS, "fetchall", ROWS, "unique", SCALAR_RESULT));
        methods(QUERY, Map.of("all", ROWS));
        methods(REGISTRY, Map.of("generate_base", GENERATED_BASE));
    }

    private SqlAlchemyApi() {
    }

    private static void canonical(String name, String... aliases) {
        for (String alias : aliases) {
            CANONICAL.put(alias, name);
        }
    }

    private static void methods(String type, Map<String, String> results) {
        METHOD_RESULTS.computeIfAbsent(type, t -> new HashMap<>()).putAll(results);
    }

    /** The public name of a re-exported library name ({@code sqlmodel.Session} -> {@code sqlalchemy.orm.Session}). */
    public static String canonical(String qualifiedName) {
        return CANONICAL.getOrDefault(qualifiedName, qualifiedName);
    }

    /** The type of instance calling library function or class {@code qualifiedName} gives, if the facts know it. */
    static Optional<String> callResult(String qualifiedName) {
        return Optional.ofNullable(CALL_RESULTS.get(qualifiedName));
    }

    /** What calling an instance gives: a session factory makes sessions. */
    static Optional<String> instanceCallResult(String type) {
        return Optional.ofNullable(switch (type) {
            case SESSION_FACTORY, SCOPED_SESSION -> SESSION;
            case ASYNC_SESSION_FACTORY, ASYNC_SCOPED_SESSION -> ASYNC_SESSION;
            default -> null;
        });
    }

    /** What method {@code name} of an instance of {@code type} returns, if the facts know it. */
    static Optional<String> methodResult(String type, String name) {
        if (STATEMENTS.contains(type) && GENERATIVE_STATEMENT_METHODS.contains(name)) {
            return Optional.of(type);
        }
        if (type.equals(QUERY) && GENERATIVE_QUERY_METHODS.contains(name)) {
            return Optional.of(QUERY);
        }
        return Optional.ofNullable(METHOD_RESULTS.getOrDefault(type, Map.of()).get(name));
    }

    /** Whether instances of {@code type} have methods the facts follow. */
    static boolean hasMethods(String type) {
        return METHOD_RESULTS.containsKey(type) || STATEMENTS.contains(type) || type.equals(QUERY);
    }

    /** Flask-SQLAlchemy's {@code db.<name>}: its session and engine, its Model base, and SQLAlchemy's own names. */
    static String flaskAttribute(String name) {
        return switch (name) {
            case "session" -> SCOPED_SESSION;
            case "engine" -> ENGINE;
            case "Model" -> FLASK_MODEL;
            default -> null;
        };
    }

    public static boolean isOrmLibrary(String qualifiedModule) {
        int dot = qualifiedModule.indexOf('.');
        return ORM_LIBRARIES.contains(dot < 0 ? qualifiedModule : qualifiedModule.substring(0, dot));
    }
}
