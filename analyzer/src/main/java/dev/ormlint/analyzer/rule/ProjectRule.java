package dev.ormlint.analyzer.rule;

/**
 * A check over the project as a whole (configuration files, cross-file facts). Called once per
 * scan, after the project index is built.
 */
public interface ProjectRule extends Rule {

    void check(ProjectContext context);
}
