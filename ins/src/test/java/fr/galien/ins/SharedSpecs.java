package fr.galien.ins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Assumptions;
import org.xml.sax.SAXException;

/**
 * The INSi WSDL/XSD reference copies in {@code ../shared/specs/insi} (HELPERS.md): used by tests only, never shipped
 * nor copied into the project. Found through {@code -Dgalien.shared=<dir>} or by walking up from the working
 * directory; tests that need them skip with a message when they are absent. Schemas load from local files only:
 * the loader refuses any remote location (decisions.md).
 */
final class SharedSpecs {

    static final String PROPERTY = "galien.shared";

    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private SharedSpecs() {
    }

    static Optional<Path> insiDirectory() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path dir = Path.of(configured).resolve("specs/insi");
            return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/specs/insi");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The INSi directory, or the test is skipped saying why. */
    static Path requireInsiDirectory() {
        Optional<Path> dir = insiDirectory();
        Assumptions.assumeTrue(dir.isPresent(), "skipped: no ../shared/specs/insi (set -D" + PROPERTY
                + "=<shared dir> to run the XSD checks)");
        return dir.get();
    }

    /** A schema from a file under {@code specs/insi/xsd}, imports resolved from local files only. */
    static Schema schema(String relativePath) {
        return SCHEMAS.computeIfAbsent(relativePath, SharedSpecs::load);
    }

    static SchemaFactory localOnlySchemaFactory() throws SAXException {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
            if (systemId != null && !systemId.startsWith("file:") && systemId.contains(":")) {
                throw new IllegalStateException("remote schema location refused: " + systemId);
            }
            return null;
        });
        return factory;
    }

    private static Schema load(String relativePath) {
        Path file = requireInsiDirectory().resolve("xsd").resolve(relativePath);
        try {
            return localOnlySchemaFactory().newSchema(new StreamSource(file.toFile()));
        } catch (SAXException e) {
            throw new IllegalStateException("cannot load " + file, e);
        }
    }

    static String read(Path file) throws IOException {
        return Files.readString(file);
    }
}
