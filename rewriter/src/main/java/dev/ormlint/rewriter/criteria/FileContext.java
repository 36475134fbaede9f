package dev.ormlint.rewriter.criteria;

import dev.ormlint.analyzer.java.TypeFacts;

/** What writers share while migrating one file; {@code namespace} is decided (never AUTO). */
record FileContext(SourceText source, TypeFacts facts, TypeNames typeNames, LocalNames locals, EntityModel model,
                   PersistenceNamespace namespace) {
}
