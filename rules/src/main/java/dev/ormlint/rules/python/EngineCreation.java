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
 * elsewhere), whose pool keeps no connections to go stale (SQLite, {@code NullPool},
 * {@code StaticPool}), or whose engine lives only as long as one call (kept in a local variable of a
 * script's, a CLI command's or an Alembic migration's function) is not a creation the pool rules judge.
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
    /** What {@code engine_from_config} looks for in the mapping unless told another prefix. */
    private static final String DEFAULT_CONFIG_PREFIX = "sqlalchemy.";
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
        if (Calls.hasSplat(node) || (!keywordsOnly && !creation.configurationInView())
                || creation.isSqlite() || creation.poolKeepsNoConnections(types)
                || ShortLivedValues.isLocalTo(node) || runsMigrations(context)) {
            return Optional.empty();
        }
        return Optional.of(creation);
    }

    /** Alembic's env.py: the engine serves one migration run and the process exits. */
    private static boolean runsMigrations(PythonContext context) {
        return context.types().module().imported().stream().anyMatch(m -> m.equals("alembic") || m.startsWith("alembic."));
    }

    /**
     * The value of pool setting {@code name}: a keyword argument, or for {@code engine_from_config} an
     * entry of the mapping written in the call under its prefix ({@code "sqlalchemy.pool_recycle"}).
     */
    Optional<PyNode> setting(String name) {
        Optional<PyNode> keyword = Calls.keyword(call, name);
        if (keyword.isPresent() || !function.equals("engine_from_config")
                && !function.equals("async_engine_from_config")) {
            return keyword;
        }
        String prefix = Calls.keyword(call, "prefix").filter(p -> p.is("string")).map(EngineCreation::unquoted)
                .orElse(DEFAULT_CONFIG_PREFIX);
        return Calls.firstArgument(call).stream()
                .flatMap(mapping -> mapping.namedChildren().stream())
                .filter(pair -> pair.is("pair") && pair.child("key").filter(k -> k.is("string"))
                        .map(k -> unquoted(k).equals(prefix + name)).orElse(false))
                .findFirst()
                .flatMap(pair -> pair.child("value"));
    }

    /** A string literal's text without its prefix letters and quotes. */
    private static String unquoted(PyNode string) {
        return string.text().replaceFirst("^[rRbBuUfF]*(['\"]{1,3})", "").replaceFirst("['\"]{1,3}$", "");
    }

    /**
     * {@code engine_from_config(config, prefix)} reads its settings from a mapping, usually an .ini
     * file's section: only a mapping written out in the call is known (keyword arguments to it are too).
     */
    private boolean configurationInView() {
        return Calls.firstArgument(call).filter(a -> a.is("dictionary")).isPresent();
    }

    /** A SQLite URL literal: the file database has no server to drop idle connections. */
    private boolean isSqlite() {
        Optional<PyNode> url = Calls.firstArgument(call).filter(a -> a.is("string"))
                .or(() -> setting("url"));
        return url.filter(a -> a.is("string")).map(a -> unquoted(a).toLowerCase(Locale.ROOT))
                .filter(u -> u.startsWith("sqlite")).isPresent();
    }

    private boolean poolKeepsNoConnections(PythonTypes types) {
        return setting("poolclass").flatMap(types::qualifiedName).filter(POOLS_WITHOUT_IDLE_CONNECTIONS::contains)
                .isPresent();
    }
}
