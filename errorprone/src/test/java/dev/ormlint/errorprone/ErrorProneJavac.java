package dev.ormlint.errorprone;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A separate {@code javac} run the way the README tells users to: the {@code .mvn/jvm.config}
 * flags, {@code -Xplugin:ErrorProne} with the given Error Prone options, and a processor path of
 * error_prone_core with its own dependencies plus the shaded plugin jar alone. Where those are is
 * set by the build as system properties ({@code ormlint.pluginJar}, {@code ormlint.processorPathFile},
 * {@code ormlint.jvmConfig}). Shared, through the test jar, with the criteria harness.
 */
public final class ErrorProneJavac {

    /** What javac printed, errors and warnings alike, and its exit code. */
    public record Result(int exitCode, String output) {
    }

    private final List<String> jvmFlags;
    private final String processorPath;

    private ErrorProneJavac(List<String> jvmFlags, String processorPath) {
        this.jvmFlags = jvmFlags;
        this.processorPath = processorPath;
    }

    public static ErrorProneJavac fromSystemProperties() throws IOException {
        List<String> flags = Files.readAllLines(Path.of(property("ormlint.jvmConfig"))).stream()
                .map(String::strip).filter(flag -> !flag.isEmpty()).toList();
        String processorPath = Files.readString(Path.of(property("ormlint.processorPathFile"))).strip()
                + File.pathSeparator + property("ormlint.pluginJar");
        return new ErrorProneJavac(flags, processorPath);
    }

    /**
     * @param errorProneOptions what follows {@code -Xplugin:ErrorProne}, e.g. {@code -XepPatchChecks:LegacyCriteriaQuery}
     * @param classPath         the compilation's class path
     */
    public Result compile(List<String> errorProneOptions, String classPath, Path classes, List<Path> sources)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
        jvmFlags.forEach(flag -> command.add("-J" + flag));
        command.addAll(List.of(
                "-XDcompilePolicy=simple",
                "--should-stop=ifError=FLOW",
                String.join(" ", plugin(errorProneOptions)),
                "-processorpath", processorPath,
                "-classpath", classPath,
                "--release", "17",
                "-encoding", "UTF-8",
                "-d", classes.toString()));
        sources.stream().map(Path::toString).forEach(command::add);
        Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!javac.waitFor(5, TimeUnit.MINUTES)) {
            javac.destroyForcibly();
            throw new IllegalStateException("javac did not finish in 5 minutes; output so far:\n" + output);
        }
        return new Result(javac.exitValue(), output);
    }

    private static List<String> plugin(List<String> errorProneOptions) {
        List<String> plugin = new ArrayList<>();
        plugin.add("-Xplugin:ErrorProne");
        plugin.addAll(errorProneOptions);
        return plugin;
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("System property " + name + " is not set; run this through Maven");
        }
        return value;
    }
}
