package fr.galien.sandbox.insi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Checks the simulator's answers and our sample requests against the real INSi XSD of ../shared (never shipped nor
 * copied into the project: decisions.md). Without it (or {@code -Dgalien.shared=DIR}) the tests are skipped. The
 * schema loader may read local files only, never the network.
 */
class InsiSchemaConformanceTest {

    private static Path xsd;
    private static Schema resultat;
    private static InsiSimulator simulator;
    private static InsiWire wire;

    @BeforeAll
    static void loadSchemas() throws Exception {
        xsd = findXsd();
        if (xsd != null) {
            resultat = schema("ServiceIdentiteCertifiee/INSi_RESULTAT_INS.xsd");
            simulator = InsiWire.started();
            wire = new InsiWire(simulator);
        }
    }

    /** Per test rather than in {@link #loadSchemas()}, so that each skipped test reports why. */
    @BeforeEach
    void requireSharedSchemas() {
        Assumptions.assumeTrue(xsd != null,
                "skipped: no ../shared/specs/insi/xsd (set -Dgalien.shared=DIR to point at the shared folder)");
    }

    @AfterAll
    static void stop() {
        if (simulator != null) {
            simulator.stop();
        }
    }

    @Test
    void everyFoundIdentityIsAnsweredValidAgainstTheResultSchema() throws Exception {
        for (TestIdentity identity : TestIdentities.all()) {
            InsiRequests request = InsiRequests.traits(identity.birthName(), List.of(identity.firstName()),
                    identity.sex(), identity.birthDate(), identity.birthPlace());
            validate(resultat, InsiWire.resultat(wire.post(request)).element());
        }
    }

    @Test
    void notFoundAndSeveralFoundAreValidAgainstTheResultSchema() throws Exception {
        validate(resultat, InsiWire.resultat(wire.post(InsiRequests.traits("HOUILLES", "PIERRE", "M",
                "1993-01-27"))).element());
        validate(resultat, InsiWire.resultat(wire.post(InsiRequests.traits("HOMONYME", "CLAUDE", "F",
                "1950-05-05"))).element());
    }

    @Test
    void vitaleAnswerWithTheTestOidIsValid() throws Exception {
        simulator.modes().setTestOid(true);
        try {
            VitaleCard card = TestIdentities.NESSI_MICHELANGELO.card();
            validate(resultat, InsiWire.resultat(wire.post(InsiRequests.vitale(null, card.openingRightsMatricule(),
                    "NESSI", "2010-08-07", "1"))).element());
        } finally {
            simulator.modes().reset();
        }
    }

    @Test
    void faultDetailsAreValidAgainstTheSiramFaultSchema() throws Exception {
        Schema siram = schema("schema_faultSOAP_V01_01.xsd");
        for (InsiFault fault : InsiFault.values()) {
            if (fault.errorCode == null || fault == InsiFault.SERVICE_INDISPONIBLE) {
                continue;
            }
            String xml = SoapWriter.utf8(SoapWriter.fault(fault, "détail", "uuid:1"));
            Element erreur = new InsiWire.Fault(InsiWire.firstChild(InsiWire.body(xml))).erreur();
            validate(siram, erreur);
        }
    }

    /** The real outage fault says « fatal », outside the XSD's list (« fatale »): we answer as the service does. */
    @Test
    void outageFaultKeepsTheRealServicesSeverityEvenThoughTheSchemaRefusesIt() throws Exception {
        Schema siram = schema("schema_faultSOAP_V01_01.xsd");
        String xml = SoapWriter.utf8(SoapWriter.fault(InsiFault.SERVICE_INDISPONIBLE, "détail", null));
        Element erreur = new InsiWire.Fault(InsiWire.firstChild(InsiWire.body(xml))).erreur();

        assertThat(erreur.getAttribute("severite")).isEqualTo("fatal");
        assertThatThrownBy(() -> validate(siram, erreur)).isInstanceOf(SAXException.class);
    }

    @Test
    void sampleTraitsRequestIsValid() throws Exception {
        InsiRequests request = InsiRequests.traits("ECETINSI", List.of("PIERRE-ALAIN"), "M", "2009-07-14", "63220");

        validate(schema("ServiceIdentiteCertifiee/INSi_RECSANS_INS.xsd"), element(request.bodyXml()));
        validateHeaders(request);
    }

    @Test
    void sampleVitaleRequestIsValid() throws Exception {
        InsiRequests request = InsiRequests.vitale("160012B02077713", "160012B02077713", "ADRTROIS", "1960-01-01",
                "1");

        validate(schema("ServiceIdentiteCertifiee/INSi_RECVITALE_INS.xsd"), element(request.bodyXml()));
        validateHeaders(request);
    }

    @Test
    void aBodyOutOfSchemaOrderIsRefusedByTheXsdAsByTheSimulator() throws Exception {
        String body = "<RECSANSVITALE xmlns=\"" + InsiNames.RECSANS + "\"><Sexe>F</Sexe>"
                + "<NomNaissance>ADRUN</NomNaissance></RECSANSVITALE>";

        assertThatThrownBy(() -> validate(schema("ServiceIdentiteCertifiee/INSi_RECSANS_INS.xsd"), element(body)))
                .isInstanceOf(SAXException.class);
        assertThat(InsiWire.fault(wire.post(InsiRequests.traits("ADRUN", "ZOE", "F", "1975-12-31").body(body)))
                .errorCode()).isEqualTo("insi_190");
    }

    private static void validateHeaders(InsiRequests request) throws Exception {
        validate(schema("CTX/ROOT_ctxbam_CTXBAM_V01_02.xsd"), element(request.contexteBamXml()));
        validate(schema("CTX/ROOT_ctxlps_CTXLPS_V01_00.xsd"), element(request.contexteLpsXml()));
    }

    private static Element element(String xml) throws Exception {
        return InsiWire.parse(xml).getDocumentElement();
    }

    private static void validate(Schema schema, Element element) throws Exception {
        schema.newValidator().validate(new DOMSource(element));
    }

    private static Schema schema(String relative) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newSchema(xsd.resolve(relative).toFile());
    }

    private static Path findXsd() {
        String configured = System.getProperty("galien.shared");
        if (configured != null) {
            Path candidate = Path.of(configured).resolve("specs/insi/xsd");
            return Files.isDirectory(candidate) ? candidate : null;
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/specs/insi/xsd");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
