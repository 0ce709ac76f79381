package fr.galien.dmp;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import fr.galien.core.error.SegurException;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The one {@link FhirContext} of the JVM for the DMP (building one costs seconds: stack.md) and safe reading of
 * answers. Parsers are not thread-safe, so each read or write gets its own (cheap once the context is warm).
 *
 * <p>No HAPI generic client is built: calls go through the kit's {@code NationalHttp} (timeouts, size cap enforced
 * while the body arrives, PSC token and software identification interceptors, figures), then HAPI parses the bytes
 * already bounded. So no {@code /metadata} request is ever made (what {@code setServerValidationMode(NEVER)}
 * prevents on a generic client), and no answer is parsed before its size is known (ADR 0029).
 */
final class DmpFhir {

    static final FhirContext CONTEXT = FhirContext.forR4Cached();

    private DmpFhir() {
    }

    static String json(IBaseResource resource) {
        return CONTEXT.newJsonParser().encodeResourceToString(resource);
    }

    /**
     * The answer as a {@code type}, or {@code DMP-0103}: not JSON, not FHIR, another resource type.
     */
    static <T extends IBaseResource> T read(byte[] body, Class<T> type) {
        IParser parser = CONTEXT.newJsonParser();
        try {
            IBaseResource resource = parser.parseResource(new String(body, StandardCharsets.UTF_8));
            if (!type.isInstance(resource)) {
                throw DmpClientFailures.unreadable("ressource " + resource.fhirType() + " au lieu de "
                        + type.getSimpleName(), null);
            }
            return type.cast(resource);
        } catch (DataFormatException | ClassCastException | IllegalArgumentException | IllegalStateException e) {
            throw DmpClientFailures.unreadable("FHIR JSON invalide", e);
        } catch (StackOverflowError e) {
            // A hostile nesting depth: refused like any unreadable answer, never a crash.
            throw DmpClientFailures.unreadable("imbrication excessive", null);
        } catch (SegurException e) {
            throw e;
        }
    }
}
