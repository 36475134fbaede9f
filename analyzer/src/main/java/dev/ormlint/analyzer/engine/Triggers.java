package dev.ormlint.analyzer.engine;

import java.util.Collection;

/** The cheap per-file gate: does the text mention anything a rule reacts to? */
public final class Triggers {

    private Triggers() {
    }

    public static boolean any(String source, Collection<String> triggers) {
        for (String trigger : triggers) {
            if (source.contains(trigger)) {
                return true;
            }
        }
        return false;
    }
}
