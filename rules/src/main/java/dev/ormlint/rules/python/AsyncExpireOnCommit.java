package dev.ormlint.rules.python;

import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.analyzer.python.PythonTypes;
import dev.ormlint.analyzer.python.SqlAlchemyApi;
import dev.ormlint.analyzer.rule.PythonContext;
import dev.ormlint.analyzer.rule.PythonRule;
import dev.ormlint.analyzer.rule.RuleInfo;
import java.util.Optional;
import java.util.Set;

/**
 * Async sessions that expire every object on commit: {@code async_sessionmaker(...)},
 * {@code sessionmaker(..., class_=AsyncSession)} or {@code AsyncSession(...)} without
 * {@code expire_on_commit=False}. Reading an attribute of an expired object loads it, and a load
 * that is not awaited raises {@code MissingGreenlet} in async code. A value that is not a literal,
 * or settings passed as {@code **kwargs}, are out of view and not reported.
 */
@RuleInfo(
        summary = "Async session expires objects on commit, so reading them afterwards raises MissingGreenlet",
        severity = Severity.WARNING,
        tags = {"sqlalchemy", "asyncio"})
public final class AsyncExpireOnCommit implements PythonRule {

    private static final String WHY = ": with expire_on_commit=True (the default) every object is expired by "
            + "`await session.commit()`, and reading one of its attributes afterwards starts a lazy load outside "
            + "an await, which raises sqlalchemy.exc.MissingGreenlet";
    private static final String FIX = "Pass expire_on_commit=False (SQLAlchemy's advice for asyncio), or "
            + "`await session.refresh(obj)` before reading an object after commit.";

    @Override
    public Set<String> nodeTypes() {
        return Set.of("call");
    }

    @Override
    public void visit(PyNode node, PythonContext context) {
        Optional<String> factory = asyncSessionFactory(node, context.types());
        if (factory.isEmpty() || Calls.hasSplat(node)) {
            return;
        }
        Optional<PyNode> expire = Calls.keyword(node, "expire_on_commit");
        String call = "`" + factory.get() + "(...)`";
        if (expire.isEmpty()) {
            context.report(node, call + " makes async sessions that expire their objects on commit" + WHY + ".", FIX);
        } else if (expire.get().is("true")) {
            context.report(expire.get(), call + " sets expire_on_commit=True" + WHY + ".", FIX);
        }
    }

    /** The short name of the async session factory {@code call} calls, if it is one. */
    private static Optional<String> asyncSessionFactory(PyNode call, PythonTypes types) {
        Optional<String> name = call.child("function").flatMap(types::qualifiedName);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return switch (name.get()) {
            case SqlAlchemyApi.ASYNC_SESSION_FACTORY -> Optional.of("async_sessionmaker");
            case SqlAlchemyApi.ASYNC_SESSION -> Optional.of("AsyncSession");
            case SqlAlchemyApi.SESSION_FACTORY -> Calls.keyword(call, "class_").flatMap(types::qualifiedName)
                    .filter(SqlAlchemyApi.ASYNC_SESSION::equals).map(c -> "sessionmaker");
            default -> Optional.empty();
        };
    }
}
