package fr.galien.app.fhir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import fr.galien.core.error.SegurException;
import fr.galien.core.patient.io.IoError;
import java.io.IOException;
import java.util.Locale;

/**
 * A streaming pass over FHIR JSON before HAPI builds its model (issue 9, deliverable 4): Jackson's
 * {@link StreamReadConstraints} bound nesting, number, text and name lengths while reading, and every number's
 * exponent is bounded — {@code 1e9999999} is short text that HAPI would expand into a ten-million-digit decimal,
 * which kept an import busy for minutes. Nothing is built: memory stays that of one token.
 *
 * <p>Every refusal is French and names the line and column ({@code IO-0007} bad JSON, {@code IO-0013} a limit).
 */
final class FhirJsonLimits {

    static final int MAX_DEPTH = 64;
    static final int MAX_NUMBER_CHARS = 64;
    static final int MAX_STRING_CHARS = 1024 * 1024;
    static final int MAX_NAME_CHARS = 256;
    /** FHIR decimals are bounded well below this (XML Schema decimal, 18 digits in practice). */
    static final int MAX_EXPONENT = 400;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(MAX_NUMBER_CHARS)
                    .maxStringLength(MAX_STRING_CHARS)
                    .maxNameLength(MAX_NAME_CHARS)
                    .build())
            .build();

    private FhirJsonLimits() {
    }

    /** @throws SegurException {@code IO-0007} not JSON, {@code IO-0013} a limit exceeded */
    static void check(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
                    checkNumber(parser);
                } else if (token == JsonToken.VALUE_STRING) {
                    parser.getText(); // Jackson checks a string's length only when it is read
                }
            }
        } catch (StreamConstraintsException e) {
            throw new SegurException(IoError.IO_0013, e, where(e.getLocation()) + describeLimit(e.getMessage()));
        } catch (JsonProcessingException e) {
            throw new SegurException(IoError.IO_0007, e, "syntaxe JSON incorrecte " + where(e.getLocation()).strip());
        } catch (IOException e) {
            throw new SegurException(IoError.IO_0007, e, "lecture impossible (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static void checkNumber(JsonParser parser) throws IOException {
        String text = parser.getText();
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        if (e < 0) {
            return;
        }
        String exponent = text.substring(e + 1);
        boolean tooLarge;
        try {
            tooLarge = Math.abs(Long.parseLong(exponent.startsWith("+") ? exponent.substring(1) : exponent))
                    > MAX_EXPONENT;
        } catch (NumberFormatException ex) {
            tooLarge = true;
        }
        if (tooLarge) {
            throw new SegurException(IoError.IO_0013, where(parser.currentTokenLocation()) + "nombre « "
                    + shorten(text) + " » hors limites (exposant au plus " + MAX_EXPONENT + ")");
        }
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return "ligne " + location.getLineNr() + ", colonne " + location.getColumnNr() + " : ";
    }

    private static String describeLimit(String message) {
        String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (text.contains("nesting depth")) {
            return "imbrication de plus de " + MAX_DEPTH + " niveaux";
        }
        if (text.contains("number value length")) {
            return "nombre de plus de " + MAX_NUMBER_CHARS + " caractères";
        }
        if (text.contains("string value length")) {
            return "texte de plus de " + MAX_STRING_CHARS + " caractères";
        }
        if (text.contains("name length")) {
            return "nom de propriété de plus de " + MAX_NAME_CHARS + " caractères";
        }
        return "limite de lecture JSON dépassée";
    }

    private static String shorten(String text) {
        return text.length() > 24 ? text.substring(0, 24) + "…" : text;
    }
}
