package dev.ormlint.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

/**
 * The directories of one module that a goal reads: its compile source roots (and resource
 * directories, where configuration files live), and the test ones when asked. Roots that do not
 * exist (a module without resources) are left out, as are duplicates.
 */
final class ModuleSources {

    private ModuleSources() {
    }

    /** Source roots and resource directories: what {@code check} scans. */
    static List<Path> of(MavenProject project, boolean includeTests) {
        List<String> roots = new ArrayList<>(project.getCompileSourceRoots());
        project.getResources().stream().map(Resource::getDirectory).forEach(roots::add);
        if (includeTests) {
            roots.addAll(project.getTestCompileSourceRoots());
            project.getTestResources().stream().map(Resource::getDirectory).forEach(roots::add);
        }
        return existing(project.getBasedir().toPath(), roots);
    }

    /** Source roots only: what {@code migrate} rewrites. */
    static List<Path> javaRoots(MavenProject project, boolean includeTests) {
        List<String> roots = new ArrayList<>(project.getCompileSourceRoots());
        if (includeTests) {
            roots.addAll(project.getTestCompileSourceRoots());
        }
        return existing(project.getBasedir().toPath(), roots);
    }

    /** {@code roots} (absolute, or relative to {@code basedir}) that are directories, each once, in order. */
    static List<Path> existing(Path basedir, List<String> roots) {
        Set<Path> found = new LinkedHashSet<>();
        for (String root : roots) {
            if (root == null) {
                continue;
            }
            Path path = basedir.resolve(root).toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                found.add(path);
            }
        }
        return List.copyOf(found);
    }
}
