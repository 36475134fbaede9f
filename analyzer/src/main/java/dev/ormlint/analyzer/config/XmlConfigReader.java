package dev.ormlint.analyzer.config;

import dev.ormlint.analyzer.SourceFile;
import dev.ormlint.analyzer.SourceRange;
import dev.ormlint.analyzer.engine.SafeXml;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads {@code hibernate.cfg.xml} ({@code <property name="...">value</property>}) and
 * {@code persistence.xml} (one document per persistence unit: its {@code <property name value>}s
 * and its data source elements) with SAX, whose {@link Locator} gives the lines.
 * Parsed by {@link SafeXml}: no external DTD or entity is ever loaded.
 */
public final class XmlConfigReader {

    /** The persistence unit elements that hand Hibernate a container data source instead of a URL. */
    static final Set<String> UNIT_ELEMENTS = Set.of("jta-data-source", "non-jta-data-source", "provider");

    public List<ConfigDocument> read(SourceFile file, String text) throws ConfigFormatException {
        Handler handler = new Handler(file);
        try {
            SafeXml.parse(text, handler);
        } catch (SafeXml.MalformedXml e) {
            throw new ConfigFormatException(e.getMessage(), e);
        }
        return handler.documents;
    }

    private static final class Handler extends DefaultHandler {
        private final SourceFile file;
        private final List<ConfigDocument> documents = new ArrayList<>();
        private Locator locator;
        private String root;
        private String unit;
        private List<ConfigEntry> entries = new ArrayList<>();
        private String textKey;
        private int textLine;
        private final StringBuilder text = new StringBuilder();

        Handler(SourceFile file) {
            this.file = file;
        }

        @Override
        public void setDocumentLocator(Locator documentLocator) {
            this.locator = documentLocator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String element = SafeXml.localName(qName);
            if (root == null) {
                root = element;
            }
            if (element.equals("persistence-unit")) {
                unit = attributes.getValue("name") == null ? "" : attributes.getValue("name");
                entries = new ArrayList<>();
            } else if (element.equals("property") && attributes.getValue("name") != null) {
                String name = attributes.getValue("name").strip();
                if (attributes.getValue("value") != null) {
                    entries.add(entry(name, attributes.getValue("value"), line()));
                } else {
                    startText(hibernateKey(name));
                }
            } else if (unit != null && UNIT_ELEMENTS.contains(element)) {
                startText(element);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (textKey != null) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (textKey != null) {
                entries.add(entry(textKey, text.toString().strip(), textLine));
                textKey = null;
            }
            String element = SafeXml.localName(qName);
            if (element.equals("persistence-unit")) {
                documents.add(new ConfigDocument(file, Optional.empty(), Optional.of(unit), entries));
                unit = null;
                entries = new ArrayList<>();
            } else if (element.equals(root) && "hibernate-configuration".equals(root)) {
                documents.add(ConfigDocument.base(file, entries));
            }
        }

        private void startText(String key) {
            textKey = key;
            textLine = line();
            text.setLength(0);
        }

        /** {@code hibernate.cfg.xml} may leave out the {@code hibernate.} prefix, which Hibernate adds. */
        private String hibernateKey(String name) {
            return "hibernate-configuration".equals(root) && !name.startsWith("hibernate") ? "hibernate." + name : name;
        }

        private ConfigEntry entry(String key, String value, int line) {
            return new ConfigEntry(key, value, file, SourceRange.line(line, 1, 1));
        }

        private int line() {
            return locator == null ? 1 : Math.max(1, locator.getLineNumber());
        }

    }
}
