package dev.ormlint.rewriter.criteria;

import dev.ormlint.analyzer.java.TypeFacts;

/** What writers share while migrating one file. */
record FileContext(SourceText source, TypeFacts facts, TypeNames typeNames, LocalNames locals, EntityModel model) {
}
