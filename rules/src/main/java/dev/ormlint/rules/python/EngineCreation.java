package dev.ormlint.rules.python;

import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.analyzer.python.PythonTypes;
import dev.ormlint.analyzer.rule.PythonContext;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A call that creates a SQLAlchemy engine, and the pool settings it passes: what the pool rules read.
 * A call whose settings cannot be known (a {@code **kwargs} splat, a configuration mapping built
 * elsewhere) or whose pool keeps no connections to go stale (SQLite, {@code NullPool},
 * {@code StaticPool}) is not a creation the pool rules judge.
 *
 * @param call     the call node
 * @param function the factory's short name, as the message shows it ({@code create_engine})
 */
record EngineCreation(PyNode call, String function) {

    /** The engine factories, by canonical name -> whether they take the settings as keyword arguments. */
    private static final Map<String, Boolean> FACTORIES = Map.of(
            "sqlalchemy.create_engine", true,
            "sqlalchemy.ext.asyncio.create_async_engine", true,
            "sqlalchemy.engine_from_config", false,
            "sqlalchemy.ext.asyncio.async_engine_from_config", false);
    /** Pools without long-lived connections: nothing to validate or recycle. */
    private static final Set<String> POOLS_WITHOUT_IDLE_CONNECTIONS = Set.of("sqlalchemy.pool.NullPool",
            "sqlalchemy.NullPool", "sqlalchemy.pool.StaticPool", "sqlalchemy.StaticPool",
            "sqlalchemy.pool.impl.NullPool", "sqlalchemy.pool.impl.StaticPool");

    /** The engine creation {@code node} is, when it is one whose pool settings are all in view. */
    static Optional<EngineCreation> of(PyNode node, PythonContext context) {
        if (TestModules.contains(context.path())) {
            return Optional.empty();
        }
        PythonTypes types = context.types();
        Optional<String> name = node.child("function").flatMap(types::qualifiedName).filter(FACTORIES::containsKey);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        EngineCreation creation = new EngineCreation(node, name.get().substring(name.get().lastIndexOf('.') + 1));
        boolean keywordsOnly = FACTORIES.get(name.get());
        if (creation.hasSplat() || (!keywordsOnly && !creation.configurationInView())
                || creation.isSqlite() || creation.poolKeepsNoConnections(types)) {
            return Optional.empty();
        }
        return Optional.of(creation);
    }

    /** The value of keyword argument {@code name}, if passed. */
    Optional<PyNode> keyword(String name) {
        return arguments().flatMap(args -> args.namedChildren().stream()
                .filter(a -> a.is("keyword_argument") && a.child("name").map(n -> n.text().equals(name)).orElse(false))
                .findFirst()
                .flatMap(a -> a.child("value")));
    }

    private Optional<PyNode> arguments() {
        return call.child("arguments");
    }

    private Optional<PyNode> firstPositional() {
        return arguments().flatMap(args -> args.namedChildren().stream()
                .filter(a -> !a.is("keyword_argument") && !a.is("comment")).findFirst());
    }

    /** {@code **settings}: the settings may be in there. */
    private boolean hasSplat() {
        return arguments().map(args -> args.namedChildren().stream()
                .anyMatch(a -> a.is("dictionary_splat") || a.is("list_splat"))).orElse(false);
    }

    /**
     * {@code engine_from_config(config, prefix)} reads its settings from a mapping, usually an .ini
     * file's section: only a mapping written out in the call is known (keyword arguments to it are too).
     */
    private boolean configurationInView() {
        return firstPositional().filter(a -> a.is("dictionary")).isPresent();
    }

    /** A SQLite URL literal: the file database has no server to drop idle connections. */
    private boolean isSqlite() {
        return firstPositional().or(() -> keyword("url")).filter(a -> a.is("string"))
                .map(a -> a.text().replaceFirst("^[rRbBuUfF]*['\"]+", "").toLowerCase(Locale.ROOT))
                .filter(url -> url.startsWith("sqlite")).isPresent();
    }

    private boolean poolKeepsNoConnections(PythonTypes types) {
        return keyword("poolclass").flatMap(types::qualifiedName).filter(POOLS_WITHOUT_IDLE_CONNECTIONS::contains)
                .isPresent();
    }
}
