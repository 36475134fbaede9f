package dev.ormlint.rules.python;

import dev.ormlint.analyzer.python.PyNode;
import java.util.Optional;

/** The arguments of one Python call as written: keyword values, the first positional one, splats. */
final class CallArguments {

    private CallArguments() {
    }

    /** The value of keyword argument {@code name}, if the call passes it. */
    static Optional<PyNode> keyword(PyNode call, String name) {
        return call.child("arguments").flatMap(args -> args.namedChildren().stream()
                .filter(a -> a.is("keyword_argument") && a.child("name").map(n -> n.text().equals(name)).orElse(false))
                .findFirst()
                .flatMap(a -> a.child("value")));
    }

    static Optional<PyNode> firstPositional(PyNode call) {
        return call.child("arguments").flatMap(args -> args.namedChildren().stream()
                .filter(a -> !a.is("keyword_argument") && !a.is("comment")).findFirst());
    }

    /** {@code *args} or {@code **kwargs}: arguments the scan cannot see. */
    static boolean hasSplat(PyNode call) {
        return call.child("arguments").map(args -> args.namedChildren().stream()
                .anyMatch(a -> a.is("dictionary_splat") || a.is("list_splat"))).orElse(false);
    }
}
