package dev.ormlint.analyzer.python;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The modules that could touch the ORM, judged from their text before any file is parsed, so that
 * the files that cannot are never parsed at all (parsing is most of a Python scan's time). A module
 * can only import SQLAlchemy, Flask-SQLAlchemy or SQLModel by writing the library's name, and a
 * project module by writing the last part of its dotted name ({@code app.db} as {@code db}) or, in
 * a relative import ({@code from . import db}), without naming its own packages, so
 * the candidates are a superset of the modules {@link PythonIndex#usesOrm} accepts once their imports
 * are read from their trees: words in comments and strings count too, and only cost a parse.
 */
public final class OrmCandidates {

    /** What one module's text mentions: an ORM library's name, and which project module names. */
    public record Mentions(boolean ormLibrary, Set<String> projectNames) {
    }

    /** {@code from . import x}, {@code from ..pkg import x}, {@code from.models import X}. */
    private static final Pattern RELATIVE_IMPORT = Pattern.compile("\\bfrom\\s*\\.");

    private OrmCandidates() {
    }

    /** The last parts of the dotted names of the modules at these '/'-separated paths. */
    public static Set<String> moduleNames(List<String> paths) {
        Set<String> names = new HashSet<>();
        paths.forEach(path -> names.add(lastPart(path)));
        return names;
    }

    /** What {@code text}, the module at {@code path}, mentions of the ORM libraries and of {@code projectNames}. */
    public static Mentions of(String path, String text, Set<String> projectNames) {
        boolean library = SqlAlchemyApi.ORM_LIBRARIES.stream().anyMatch(text::contains);
        Set<String> mentioned = new HashSet<>();
        if (RELATIVE_IMPORT.matcher(text).find()) {
            List<String> packages = List.of(path.split("/"));
            packages.subList(0, packages.size() - 1).stream().filter(projectNames::contains).forEach(mentioned::add);
        }
        int i = 0;
        int length = text.length();
        while (i < length) {
            if (Character.isJavaIdentifierStart(text.charAt(i))) {
                int start = i;
                while (i < length && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                String word = text.substring(start, i);
                if (projectNames.contains(word)) {
                    mentioned.add(word);
                }
            } else {
                i++;
            }
        }
        return new Mentions(library, Set.copyOf(mentioned));
    }

    /**
     * The paths among {@code mentions} (path to what its text mentions) whose module could touch the
     * ORM: it names a library, or the name of a module that could.
     */
    public static Set<String> of(Map<String, Mentions> mentions) {
        Map<String, List<String>> mentioning = new HashMap<>();
        Deque<String> pending = new ArrayDeque<>();
        mentions.forEach((path, m) -> {
            m.projectNames().forEach(name -> mentioning.computeIfAbsent(name, n -> new ArrayList<>()).add(path));
            if (m.ormLibrary()) {
                pending.add(path);
            }
        });
        Set<String> candidates = new HashSet<>(pending);
        Set<String> namesDone = new HashSet<>();
        while (!pending.isEmpty()) {
            String name = lastPart(pending.poll());
            if (namesDone.add(name)) {
                for (String path : mentioning.getOrDefault(name, List.of())) {
                    if (candidates.add(path)) {
                        pending.add(path);
                    }
                }
            }
        }
        return candidates;
    }

    private static String lastPart(String path) {
        String name = PyModule.nameOf(path);
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
