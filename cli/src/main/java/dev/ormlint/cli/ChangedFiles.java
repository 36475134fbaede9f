package dev.ormlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/**
 * The files a scan reports on when told to report on some only: those git says changed since a
 * commit (tracked files that differ from it, and untracked files not ignored), or those named,
 * as paths relative to the scan root.
 */
final class ChangedFiles {

    private static final long GIT_TIMEOUT_SECONDS = 60;

    private ChangedFiles() {
    }

    /** @throws InputError when git cannot tell (no repository, unknown commit, no git) */
    static Set<String> since(String ref, Path root, CommandLine commandLine) throws IOException {
        if (ref.startsWith("-")) {
            throw new InputError(commandLine, "--changed-since takes a commit, not an option: " + ref);
        }
        Set<String> files = new LinkedHashSet<>(git(commandLine, root, "diff", "--name-only", "--relative", ref, "--"));
        files.addAll(git(commandLine, root, "ls-files", "--others", "--exclude-standard"));
        return files;
    }

    static Set<String> relative(Collection<Path> files, Path root) {
        Path base = root.toAbsolutePath().normalize();
        Set<String> relative = new LinkedHashSet<>();
        for (Path file : files) {
            Path absolute = file.toAbsolutePath().normalize();
            relative.add(base.relativize(absolute).toString().replace(absolute.getFileSystem().getSeparator(), "/"));
        }
        return relative;
    }

    /** The lines git prints, run in {@code root} (paths relative to it); its error message on failure. */
    private static List<String> git(CommandLine commandLine, Path root, String... arguments) throws IOException {
        // Paths as they are (no octal escapes for non-ASCII names).
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString(), "-c", "core.quotePath=false"));
        command.addAll(List.of(arguments));
        Process git;
        try {
            git = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new InputError(commandLine, "--changed-since needs git, which cannot be run: " + e.getMessage());
        }
        git.getOutputStream().close();
        String out = read(git.getInputStream());
        String err = read(git.getErrorStream());
        try {
            if (!git.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                throw new InputError(commandLine, "git " + arguments[0] + " did not answer in " + GIT_TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for git", e);
        }
        if (git.exitValue() != 0) {
            String reason = err.lines().filter(line -> !line.isBlank()).findFirst().orElse("exit code " + git.exitValue());
            throw new InputError(commandLine, "--changed-since: git " + arguments[0] + " failed: " + reason);
        }
        return out.lines().filter(line -> !line.isEmpty()).toList();
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
