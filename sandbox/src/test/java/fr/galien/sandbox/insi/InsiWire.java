package fr.galien.sandbox.insi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Talks to the simulator on the wire and reads its answers with a hardened DOM (test side only). */
final class InsiWire {

    static final String SOAP_TYPE = "application/soap+xml; charset=utf-8";

    private final HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final InsiSimulator simulator;

    InsiWire(InsiSimulator simulator) {
        this.simulator = simulator;
    }

    static InsiSimulator started() throws Exception {
        InsiSimulator simulator = new InsiSimulator();
        simulator.start(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        return simulator;
    }

    HttpResponse<String> post(InsiRequests request) throws Exception {
        return post(request.xml(), SOAP_TYPE);
    }

    HttpResponse<String> post(String body, String contentType) throws Exception {
        return post(body.getBytes(StandardCharsets.UTF_8), contentType, Duration.ofSeconds(20));
    }

    HttpResponse<String> post(byte[] body, String contentType, Duration timeout) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(simulator.lpsUrl()).timeout(timeout)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> control(String json) throws Exception {
        return http.send(HttpRequest.newBuilder(simulator.controlUrl()).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The RESULTAT of a 200 answer. */
    static Resultat resultat(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/soap+xml");
        Element body = body(response.body());
        Element resultat = firstChild(body);
        assertThat(resultat.getNamespaceURI()).isEqualTo(InsiNames.RESULTAT);
        assertThat(resultat.getLocalName()).isEqualTo("RESULTAT");
        return new Resultat(resultat);
    }

    static Fault fault(HttpResponse<String> response) throws Exception {
        Element fault = firstChild(body(response.body()));
        assertThat(fault.getNamespaceURI()).isEqualTo(InsiNames.SOAP12);
        assertThat(fault.getLocalName()).isEqualTo("Fault");
        return new Fault(fault);
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static Element body(String xml) throws Exception {
        Element envelope = parse(xml).getDocumentElement();
        assertThat(envelope.getNamespaceURI()).isEqualTo(InsiNames.SOAP12);
        Element body = firstChild(envelope);
        assertThat(body.getLocalName()).isEqualTo("Body");
        return body;
    }

    static Element firstChild(Element parent) {
        return children(parent).get(0);
    }

    static List<Element> children(Element parent) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                found.add(element);
            }
        }
        return found;
    }

    static List<Element> children(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getLocalName().equals(name)).toList();
    }

    static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent();
    }

    /** A RESULTAT read back. */
    record Resultat(Element element) {
        String codeCr() {
            return text(children(element, "CR").get(0), "CodeCR");
        }

        String libelleCr() {
            return text(children(element, "CR").get(0), "LibelleCR");
        }

        boolean hasIndividu() {
            return !children(element, "INDIVIDU").isEmpty();
        }

        Element individu() {
            return children(element, "INDIVIDU").get(0);
        }

        /** NumIdentifiant + Cle of INSACTIF. */
        String activeMatricule() {
            Element id = children(children(individu(), "INSACTIF").get(0), "IdIndividu").get(0);
            return text(id, "NumIdentifiant") + text(id, "Cle");
        }

        String activeOid() {
            return text(children(individu(), "INSACTIF").get(0), "OID");
        }

        List<String> history() {
            return children(individu(), "INSHISTO").stream().map(histo -> {
                Element id = children(histo, "IdIndividu").get(0);
                return text(id, "NumIdentifiant") + text(id, "Cle") + "@" + text(histo, "OID");
            }).toList();
        }

        String tiq(String name) {
            return text(children(individu(), "TIQ").get(0), name);
        }
    }

    /** A SOAP 1.2 fault read back. */
    record Fault(Element element) {
        String code() {
            return text(children(element, "Code").get(0), "Value");
        }

        String subcode() {
            List<Element> sub = children(children(element, "Code").get(0), "Subcode");
            return sub.isEmpty() ? null : text(sub.get(0), "Value");
        }

        String reason() {
            return text(children(element, "Reason").get(0), "Text");
        }

        Element erreur() {
            return firstChild(children(element, "Detail").get(0));
        }

        String errorCode() {
            return erreur().getAttribute("code");
        }
    }
}
