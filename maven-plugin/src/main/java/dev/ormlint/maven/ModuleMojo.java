package dev.ormlint.maven;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every ormlint goal shares: it works on one module's sources, so it has the parameters that
 * choose them, honours {@code ormlint.skip}, and passes over modules with {@code pom} packaging,
 * which have no sources, so a goal bound in a reactor's parent runs harmlessly there.
 */
abstract class ModuleMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** Skip the goal. */
    @Parameter(property = "ormlint.skip", defaultValue = "false")
    private boolean skip;

    /** Also read the test source roots ({@code check} reads the test resources too). */
    @Parameter(property = "ormlint.includeTests", defaultValue = "false")
    protected boolean includeTests;

    /** Glob patterns of paths, relative to the module directory, to leave alone, e.g. {@code **}{@code /generated/**}. */
    @Parameter(property = "ormlint.excludes")
    protected List<String> excludes = new ArrayList<>();

    /** Encoding of the Java sources, the compiler's by default; UTF-8 when the build names none. */
    @Parameter(property = "ormlint.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    /** {@link #encoding} as a charset. */
    protected Charset sourceEncoding() throws MojoExecutionException {
        if (encoding == null || encoding.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("ormlint: unknown encoding '" + encoding
                    + "' (the encoding parameter, or project.build.sourceEncoding)", e);
        }
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("ormlint: skipped");
            return;
        }
        if ("pom".equals(project.getPackaging())) {
            getLog().debug("ormlint: no sources in a module with pom packaging");
            return;
        }
        executeOnModule();
    }

    /** Runs the goal on the module's sources. */
    protected abstract void executeOnModule() throws MojoExecutionException, MojoFailureException;
}
