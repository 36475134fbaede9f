package dev.ormlint.analyzer.engine;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The one way the scan reads XML from a scanned repository (configuration, mapping files): the JDK's
 * SAX parser, non-validating. Scanned files are untrusted: DOCTYPEs are allowed (Hibernate's files
 * all have one) but no external DTD or entity is ever loaded, and secure processing caps entity
 * expansion, so a billion-laughs document is an error, not a hang.
 */
public final class SafeXml {

    /** The text is not well-formed XML, or asks for more than the parser's limits allow. */
    public static final class MalformedXml extends Exception {
        MalformedXml(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * An element as read, with its attributes, child elements, text and line: enough of a tree to
     * walk small documents such as mapping files. Names are local names (no namespace prefix).
     */
    public record Element(String name, Map<String, String> attributes, List<Element> children, String text, int line) {

        public Optional<String> attribute(String attributeName) {
            return Optional.ofNullable(attributes.get(attributeName)).map(String::strip).filter(v -> !v.isEmpty());
        }

        public Optional<Element> child(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).findFirst();
        }
    }

    private SafeXml() {
    }

    /** The document's root element, with everything below it. */
    public static Element tree(String text) throws MalformedXml {
        TreeBuilder builder = new TreeBuilder();
        parse(text, builder);
        if (builder.root == null) {
            throw new MalformedXml("no root element", null);
        }
        return builder.root;
    }

    /** Feeds {@code text} to {@code handler}; the exception's message names the line where it can. */
    public static void parse(String text, DefaultHandler handler) throws MalformedXml {
        try {
            SAXParser parser = newParserFactory().newSAXParser();
            parser.getXMLReader().setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            parser.parse(new InputSource(new StringReader(text)), handler);
        } catch (SAXParseException e) {
            throw new MalformedXml("line " + e.getLineNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new MalformedXml(e.getMessage() == null ? "malformed XML" : e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's SAX parser lacks a required safety feature", e);
        }
    }

    /** The local part of a qualified element name: {@code orm:entity} is {@code entity}. */
    public static String localName(String qualifiedName) {
        int colon = qualifiedName.indexOf(':');
        return colon < 0 ? qualifiedName : qualifiedName.substring(colon + 1);
    }

    private static SAXParserFactory newParserFactory() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory;
    }

    /** Builds {@link Element}s as SAX reports them. */
    private static final class TreeBuilder extends DefaultHandler {
        private final Deque<Open> open = new ArrayDeque<>();
        private Element root;
        private Locator locator;

        private record Open(String name, Map<String, String> attributes, List<Element> children, StringBuilder text,
                            int line) {
        }

        @Override
        public void setDocumentLocator(Locator documentLocator) {
            this.locator = documentLocator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                values.put(localName(attributes.getQName(i)), attributes.getValue(i));
            }
            int line = locator == null ? 1 : Math.max(1, locator.getLineNumber());
            open.push(new Open(localName(qName), values, new ArrayList<>(), new StringBuilder(), line));
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().text().append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            Open done = open.pop();
            Element element = new Element(done.name(), Map.copyOf(done.attributes()), List.copyOf(done.children()),
                    done.text().toString().strip(), done.line());
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().children().add(element);
            }
        }
    }
}
