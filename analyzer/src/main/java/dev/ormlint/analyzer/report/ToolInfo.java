package dev.ormlint.analyzer.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Who produced a report: the name, version and home page that reports and {@code --version} show.
 * The version is the Maven project version, filtered into {@code ormlint/tool.properties} at build time.
 */
public record ToolInfo(String name, String version, String informationUri) {

    private static final String PROPERTIES = "ormlint/tool.properties";
    private static final String HOME_PAGE = "https://github.com/ormlint/ormlint";

    public static ToolInfo current() {
        Properties properties = new Properties();
        try (InputStream in = ToolInfo.class.getClassLoader().getResourceAsStream(PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException(PROPERTIES + " is missing from the class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ToolInfo("ormlint", properties.getProperty("version"), HOME_PAGE);
    }

    /** Where the doc page of rule {@code ruleId} is published. */
    public String ruleHelpUri(String ruleId) {
        return informationUri + "/blob/main/docs/rules/" + ruleId + ".md";
    }
}
