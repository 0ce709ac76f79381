package fr.galien.ins;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.ApCvPort.VitaleReading;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads and writes the ApCV sandbox contract's JSON (docs/sandbox.md) as trees, never bound to classes, with tight
 * parser limits: the answers are small and flat. Failures are {@code INS-0156} naming the field, never its value.
 */
final class ApCvJson {

    /** 15 characters, 2A/2B allowed as the department (positions 6–7); never checked on the key (issue 4). */
    private static final Pattern MATRICULE = Pattern.compile("[0-9]{5}(?:[0-9]{2}|2[AB])[0-9]{8}");

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(16).maxStringLength(10_000).maxNumberLength(20).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ApCvJson() {
    }

    static byte[] startRequest(String qrContent) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("qr", qrContent);
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new SegurException(ApCvError.INS_0156, e, "écriture de la demande");
        }
    }

    static JsonNode read(byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw new SegurException(ApCvError.INS_0156, "objet JSON attendu");
            }
            return node;
        } catch (IOException e) {
            throw new SegurException(ApCvError.INS_0156, e, "JSON illisible");
        }
    }

    /** The {@code erreur} code of an error body, if it is one. */
    static Optional<String> errorCode(byte[] body) {
        try {
            return optionalText(read(body), "erreur");
        } catch (SegurException e) {
            return Optional.empty();
        }
    }

    static VitaleReading beneficiary(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new SegurException(ApCvError.INS_0156, "beneficiaire");
        }
        return new VitaleReading(
                optionalText(node, "matriculeIndividu").map(m -> matricule(m, "matriculeIndividu")).orElse(null),
                matricule(requiredText(node, "matriculeOuvrantDroit"), "matriculeOuvrantDroit"),
                requiredText(node, "nomNaissance"),
                optionalText(node, "nomUsuel").orElse(null),
                firstNames(node.get("prenoms")),
                Sex.fromCode(requiredText(node, "sexe")).orElseThrow(() -> invalid("sexe")),
                BirthDate.parseIso(requiredText(node, "dateNaissance")).orElseThrow(() -> invalid("dateNaissance")),
                optionalText(node, "lieuNaissance").orElse(null),
                optionalText(node, "rangNaissance").orElse(null));
    }

    static String requiredText(JsonNode node, String field) {
        return optionalText(node, field).orElseThrow(() -> invalid(field));
    }

    /** Text or number; absent, null and blank read as empty; objects and arrays are an error. */
    static Optional<String> optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode()) {
            throw invalid(field);
        }
        String text = value.asText().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    static SegurException invalid(String field) {
        return new SegurException(ApCvError.INS_0156, "champ " + field + " absent ou invalide");
    }

    private static String matricule(String value, String field) {
        if (!MATRICULE.matcher(value).matches()) {
            throw invalid(field);
        }
        return value;
    }

    private static List<String> firstNames(JsonNode array) {
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw invalid("prenoms");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw invalid("prenoms");
            }
            names.add(item.asText().strip());
        }
        return names;
    }
}
