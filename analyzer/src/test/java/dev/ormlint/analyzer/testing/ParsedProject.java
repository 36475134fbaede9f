package dev.ormlint.analyzer.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.index.EntityMapping;
import dev.ormlint.analyzer.index.EntityMappings;
import dev.ormlint.analyzer.index.IndexBuilder;
import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.index.SourceIndexing;
import dev.ormlint.analyzer.index.TypeInfo;
import dev.ormlint.analyzer.index.TypeRef;
import dev.ormlint.analyzer.java.JavaParsing;
import dev.ormlint.analyzer.java.TypeFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sources parsed and indexed in memory, the way a scan's first pass sees them, for tests of the
 * index and the type facts. {@link #probes} answers, for each {@code probe(expression)} call in a
 * file, in source order, what {@link TypeFacts#typeOf} says the argument's type is.
 */
public final class ParsedProject {

    public static final String UNKNOWN = "?";

    private final Map<String, CompilationUnit> units = new LinkedHashMap<>();
    private final List<EntityMapping> mappings = new ArrayList<>();
    private ProjectIndex index;

    public ParsedProject add(String path, String source) {
        JavaParsing.Parsed parsed = JavaParsing.parse(source);
        assertThat(parsed.problem()).as("parse problem in " + path).isNull();
        units.put(path, parsed.unit());
        index = null;
        return this;
    }

    /** A mapping file ({@code *.hbm.xml}, {@code orm.xml}), which must be well-formed. */
    public ParsedProject addMapping(String path, String xml) {
        List<Notice> notices = new ArrayList<>();
        mappings.addAll(SourceIndexing.mappingsOf(path, xml, notices::add));
        assertThat(notices).as("notices of " + path).isEmpty();
        index = null;
        return this;
    }

    public ProjectIndex index() {
        if (index == null) {
            List<TypeInfo> types = new ArrayList<>();
            units.forEach((path, unit) -> types.addAll(IndexBuilder.typesOf(unit, path)));
            index = ProjectIndex.of(types, EntityMappings.of(mappings));
        }
        return index;
    }

    public TypeFacts typeFacts(String path) {
        return new TypeFacts(units.get(path), index());
    }

    /** The type of each {@code probe(...)} argument in {@code path}, as text, or {@value #UNKNOWN}. */
    public List<String> probes(String path) {
        TypeFacts facts = typeFacts(path);
        return units.get(path).findAll(MethodCallExpr.class, c -> c.getNameAsString().equals("probe")).stream()
                .map(c -> facts.typeOf(c.getArgument(0)).map(ParsedProject::describe).orElse(UNKNOWN))
                .toList();
    }

    /** A type as text; unresolved names are marked with a leading '~'. */
    public static String describe(TypeRef type) {
        StringBuilder out = new StringBuilder(type.resolved() ? "" : "~").append(type.name());
        if (!type.typeArguments().isEmpty()) {
            out.append('<');
            for (int i = 0; i < type.typeArguments().size(); i++) {
                out.append(i == 0 ? "" : ", ").append(describe(type.typeArguments().get(i)));
            }
            out.append('>');
        }
        return out.append("[]".repeat(type.arrayLevel())).toString();
    }
}
