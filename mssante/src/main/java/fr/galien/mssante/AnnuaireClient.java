package fr.galien.mssante;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.MssantePort.DirectoryEntry;
import fr.galien.kit.http.BoundedHttp;
import fr.galien.kit.http.NationalHttp;
import fr.galien.kit.http.TransportFailure;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Annuaire Santé FHIR API (specs §3.2, §3.7), read for MSSanté recipients: {@code Practitioner?name=} then the
 * {@code PractitionerRole}s of those practitioners, and {@code PractitionerRole?mailbox-mss:contains=} /
 * {@code Organization?mailbox-mss:contains=} for an address typed in part. Only the telecoms of type MSSANTE
 * ({@code fr-core-contact-point-email-type}) are MSSanté addresses; an entry on the « liste rouge » is left out. JSON
 * read as a tree with bounded sizes; {@code ESANTE-API-KEY} sent when configured.
 */
final class AnnuaireClient {

    private static final String EMAIL_TYPE = "fr-core-contact-point-email-type";
    private static final String MSS_METADATA = "as-ext-mailbox-mss-metadata";
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder().streamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1_000_000).build()).build());

    private final URI endpoint;
    private final String apiKey;
    private final NationalHttp http;

    AnnuaireClient(URI endpoint, String apiKey, Duration timeout, Clock clock) {
        this.endpoint = endpoint;
        this.apiKey = apiKey;
        this.http = endpoint == null ? null : NationalHttp.forService("annuaire",
                new BoundedHttp(timeout, timeout, 4 * 1024 * 1024, Optional.empty())).clock(clock).build();
    }

    boolean configured() {
        return endpoint != null;
    }

    List<DirectoryEntry> search(String text, int max) {
        if (endpoint == null) {
            throw new SegurException(AnnuaireError.ANN_0001);
        }
        String wanted = text == null ? "" : text.strip();
        if (wanted.length() < 2 || wanted.length() > 100) {
            throw new SegurException(AnnuaireError.ANN_0004);
        }
        Map<String, DirectoryEntry> found = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        List<String> practitioners = new ArrayList<>();
        for (JsonNode practitioner : resources(get("Practitioner", "name", wanted))) {
            String id = practitioner.path("id").asText();
            practitioners.add("Practitioner/" + id);
            names.put("Practitioner/" + id, name(practitioner));
        }
        if (!practitioners.isEmpty()) {
            for (JsonNode role : resources(get("PractitionerRole", "practitioner", String.join(",", practitioners)))) {
                add(found, role, names.get(role.path("practitioner").path("reference").asText()));
            }
        }
        if (wanted.contains("@") || wanted.contains(".") || found.isEmpty()) {
            for (JsonNode role : resources(get("PractitionerRole", "mailbox-mss:contains", wanted))) {
                add(found, role, null);
            }
        }
        for (JsonNode organization : resources(get("Organization", "name", wanted))) {
            add(found, organization, organization.path("name").asText(null));
        }
        return found.values().stream().limit(max).toList();
    }

    /** The MSSanté addresses of the professional's own roles ({@code practitioner.identifier}). */
    List<DirectoryEntry> personalMailboxes(String nationalId) {
        Map<String, DirectoryEntry> found = new LinkedHashMap<>();
        for (JsonNode role : resources(get("PractitionerRole", "practitioner.identifier", nationalId))) {
            add(found, role, role.path("practitioner").path("display").asText(null));
        }
        return List.copyOf(found.values());
    }

    private void add(Map<String, DirectoryEntry> found, JsonNode resource, String name) {
        String profession = null;
        for (JsonNode code : resource.path("code")) {
            for (JsonNode coding : code.path("coding")) {
                profession = coding.path("code").asText(null);
            }
        }
        String display = name != null ? name : resource.path("practitioner").path("display").asText(null);
        for (JsonNode telecom : resource.path("telecom")) {
            if (!"email".equals(telecom.path("system").asText()) || !mssante(telecom)) {
                continue;
            }
            String type = null;
            String place = null;
            boolean redList = false;
            for (JsonNode extension : telecom.path("extension")) {
                if (extension.path("url").asText().endsWith(MSS_METADATA)) {
                    for (JsonNode part : extension.path("extension")) {
                        switch (part.path("url").asText()) {
                            case "type" -> {
                                for (JsonNode coding : part.path("valueCodeableConcept").path("coding")) {
                                    type = coding.path("code").asText(null);
                                }
                            }
                            case "listeRouge" -> redList = part.path("valueBoolean").asBoolean(false);
                            case "service" -> place = part.path("valueString").asText(null);
                            default -> {
                            }
                        }
                    }
                }
            }
            String address = telecom.path("value").asText("").toLowerCase(java.util.Locale.ROOT);
            if (!redList && !address.isEmpty()) {
                String id = resource.path("practitioner").path("reference").asText(null);
                found.putIfAbsent(address, new DirectoryEntry(address, display == null ? address : display,
                        type == null ? "PER" : type, profession, id, place));
            }
        }
    }

    private static boolean mssante(JsonNode telecom) {
        for (JsonNode extension : telecom.path("extension")) {
            if (extension.path("url").asText().endsWith(EMAIL_TYPE)
                    && "MSSANTE".equals(extension.path("valueCoding").path("code").asText())) {
                return true;
            }
        }
        return false;
    }

    private static String name(JsonNode practitioner) {
        JsonNode name = practitioner.path("name").path(0);
        StringBuilder text = new StringBuilder();
        for (JsonNode prefix : name.path("prefix")) {
            text.append(prefix.asText().equals("DR") ? "Dr" : prefix.asText()).append(' ');
        }
        for (JsonNode given : name.path("given")) {
            text.append(given.asText()).append(' ');
        }
        return text.append(name.path("family").asText("")).toString().strip();
    }

    private JsonNode get(String type, String parameter, String value) {
        URI uri = URI.create(endpoint.toString().replaceAll("/+$", "") + "/" + type + "?"
                + URLEncoder.encode(parameter, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8) + "&_count=50");
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().header("Accept", "application/fhir+json");
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("ESANTE-API-KEY", apiKey);
        }
        BoundedHttp.Reply reply;
        try {
            reply = http.send("search" + type, request);
        } catch (TransportFailure e) {
            throw new SegurException(AnnuaireError.ANN_0002, e, e.getMessage());
        }
        if (reply.status() >= 500) {
            throw new SegurException(AnnuaireError.ANN_0002, "HTTP " + reply.status());
        }
        if (reply.status() != 200) {
            throw new SegurException(AnnuaireError.ANN_0003, "HTTP " + reply.status());
        }
        try {
            JsonNode bundle = JSON.readTree(reply.body());
            if (!"Bundle".equals(bundle.path("resourceType").asText())) {
                throw new SegurException(AnnuaireError.ANN_0003, "pas un Bundle");
            }
            return bundle;
        } catch (JsonProcessingException e) {
            throw new SegurException(AnnuaireError.ANN_0003, e, "JSON mal formé");
        } catch (java.io.IOException e) {
            throw new SegurException(AnnuaireError.ANN_0003, e, "JSON illisible");
        }
    }

    private static List<JsonNode> resources(JsonNode bundle) {
        List<JsonNode> resources = new ArrayList<>();
        for (JsonNode entry : bundle.path("entry")) {
            if (entry.has("resource")) {
                resources.add(entry.path("resource"));
            }
        }
        return resources;
    }
}
