package dev.ormlint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/** The files and directories a command works on, as given on the command line. */
final class TargetPaths {

    private TargetPaths() {
    }

    /**
     * The given paths, or the current directory when none is given; a path that does not exist is an
     * input error rather than an empty result, since it is most likely a typo.
     */
    static List<Path> existing(List<Path> paths, CommandLine command) {
        List<Path> targets = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        for (Path target : targets) {
            if (!Files.exists(target)) {
                throw new InputError(command, "no such file or directory: " + target);
            }
        }
        return targets;
    }
}
