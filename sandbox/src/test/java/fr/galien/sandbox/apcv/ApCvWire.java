package fr.galien.sandbox.apcv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Drives the ApCV simulator on the wire, as the counter software would (test side only). */
final class ApCvWire {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ApCvSimulator simulator;

    ApCvWire(ApCvSimulator simulator) {
        this.simulator = simulator;
    }

    static ApCvSimulator started(ApCvSettings settings) throws Exception {
        ApCvSimulator simulator = new ApCvSimulator(settings);
        simulator.start(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        return simulator;
    }

    URI url(String path) {
        return simulator.baseUrl().resolve(path);
    }

    HttpResponse<String> scan(String qr) throws Exception {
        return postJson("/apcv/v1/lectures", JSON.writeValueAsString(java.util.Map.of("qr", qr)));
    }

    HttpResponse<String> postJson(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).timeout(Duration.ofSeconds(20)));
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(url(path)).GET().timeout(Duration.ofSeconds(20)));
    }

    HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).GET().timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Starts a reading of this code and returns its id (asserting the 201). */
    String startReading(ApCvTestCode code) throws Exception {
        HttpResponse<String> response = scan(code.content());
        if (response.statusCode() != 201) {
            throw new AssertionError("expected 201, got " + response.statusCode() + ": " + response.body());
        }
        return json(response).get("id").asText();
    }

    JsonNode poll(String id) throws Exception {
        return json(get("/apcv/v1/lectures/" + id));
    }

    HttpResponse<String> control(String json) throws Exception {
        return postJson("/apcv/_control", json);
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
