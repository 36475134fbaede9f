package dev.ormlint.rewriter.sqlalchemy;

import dev.ormlint.analyzer.SourceFile;
import dev.ormlint.analyzer.python.PyTree;
import dev.ormlint.analyzer.python.PythonTypes;

/** A parsed Python file the migration rewrites or reads calls in, with its type facts. */
record PythonFile(SourceFile file, String text, PyTree tree, PythonTypes types) {
}
