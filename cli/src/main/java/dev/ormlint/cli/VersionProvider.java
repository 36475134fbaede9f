package dev.ormlint.cli;

import dev.ormlint.analyzer.report.ToolInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code ormlint --version}: the version Maven built, as SARIF reports it too. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        ToolInfo tool = ToolInfo.current();
        return new String[] {tool.name() + " " + tool.version()};
    }
}
