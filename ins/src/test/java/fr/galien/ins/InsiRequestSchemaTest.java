package fr.galien.ins;

import static fr.galien.ins.TestXml.body;
import static fr.galien.ins.TestXml.childElements;
import static fr.galien.ins.TestXml.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Sex;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.InsiPort.VitaleQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The client's requests validate against the CNAM schemas of {@code ../shared/specs/insi} (issue 4: "requests valid
 * against the XSD"): each header block against its context XSD, the body against the operation's XSD. The SOAP
 * envelope and WS-Addressing schemas are not in the reference set (the WSDL imports ws-addr.xsd from the network,
 * which we never fetch), so their structure is checked by hand. Skipped without ../shared.
 */
class InsiRequestSchemaTest {

    private static final RequestHeader HEADER = new RequestHeader(
            UUID.fromString("db0184e1-c933-462b-acbd-8f24a4f8a338"), Instant.parse("2026-03-01T10:29:58.604Z"),
            "os:comptoir", new RequestHeader.LpsIdentity("GALIENTEST01", "4", "0.1.0", "5f0c4f0e-2b8a-4d7e-9a3c-1"
                    + "e2d3c4b5a69"));

    private final InsiRequestWriter writer = new InsiRequestWriter();

    @BeforeEach
    void needsTheSharedSchemas() {
        SharedSpecs.requireInsiDirectory();
    }

    @Test
    void traitsRequestBodyIsValidAgainstRecsans() throws Exception {
        IdentityTraits traits = new IdentityTraits("DE VINCI", List.of("LEONARDO", "SER PIERO"), Sex.M,
                new BirthDate(2014, 2, 1), "99127");

        Document request = parse(writer.traitsRequest(HEADER, traits));

        validate(body(request), "ServiceIdentiteCertifiee/INSi_RECSANS_INS.xsd");
    }

    @Test
    void traitsRequestWithOnlyTheRequiredTraitsIsValid() throws Exception {
        IdentityTraits traits = new IdentityTraits("ADRTROIS", List.of("DOMINIQUE"), Sex.F,
                new BirthDate(1997, 2, 26), null);

        validate(body(parse(writer.traitsRequest(HEADER, traits))), "ServiceIdentiteCertifiee/INSi_RECSANS_INS.xsd");
    }

    @Test
    void vitaleRequestBodyIsValidAgainstRecvitale() throws Exception {
        VitaleQuery query = new VitaleQuery("297022A02077878", "175126322074974", "ADRTROIS",
                new BirthDate(1997, 2, 26), "1");

        validate(body(parse(writer.vitaleRequest(HEADER, query))),
                "ServiceIdentiteCertifiee/INSi_RECVITALE_INS.xsd");
    }

    @Test
    void vitaleRequestWithoutTheBeneficiaryMatriculeIsValid() throws Exception {
        VitaleQuery query = new VitaleQuery(null, "175126322074974", null, new BirthDate(2020, 0, 0), null);

        validate(body(parse(writer.vitaleRequest(HEADER, query))),
                "ServiceIdentiteCertifiee/INSi_RECVITALE_INS.xsd");
    }

    @Test
    void contexteBamIsValidAgainstItsSchema() throws Exception {
        validate(headerBlock(anyRequest(), InsiWire.CTXBAM, "ContexteBAM"), "CTX/ROOT_ctxbam_CTXBAM_V01_02.xsd");
    }

    @Test
    void contexteLpsIsValidAgainstItsSchema() throws Exception {
        validate(headerBlock(anyRequest(), InsiWire.CTXLPS, "ContexteLPS"), "CTX/ROOT_ctxlps_CTXLPS_V01_00.xsd");
    }

    @Test
    void envelopeIsSoap12WithTheFourHeadersInThePublishedOrder() throws Exception {
        Element envelope = anyRequest().getDocumentElement();

        assertThat(envelope.getNamespaceURI()).isEqualTo(InsiWire.SOAP12);
        assertThat(envelope.getLocalName()).isEqualTo("Envelope");
        assertThat(childElements(envelope)).extracting(Element::getLocalName).containsExactly("Header", "Body");
        assertThat(childElements(childElements(envelope).get(0)))
                .extracting(e -> e.getNamespaceURI() + " " + e.getLocalName())
                .containsExactly(InsiWire.CTXBAM + " ContexteBAM", InsiWire.CTXLPS + " ContexteLPS",
                        InsiWire.WSA + " Action", InsiWire.WSA + " MessageID");
    }

    @Test
    void theWsdlDeclaresTheActionsTheClientSends() throws Exception {
        String wsdl = Files.readString(SharedSpecs.requireInsiDirectory().resolve("DESIR_ICIR_EXP_1.5.0.wsdl"));

        for (InsiWire.Operation operation : InsiWire.Operation.values()) {
            assertThat(wsdl).contains("soapAction=\"" + operation.action() + "\"");
            assertThat(wsdl).contains("name=\"" + operation.operationName() + "\"");
        }
    }

    @Test
    void aSchemaWithARemoteImportIsRefusedRatherThanFetched(@TempDir Path dir) throws Exception {
        Path xsd = Files.writeString(dir.resolve("remote.xsd"), """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t">
                  <xs:import namespace="http://www.w3.org/2005/08/addressing"
                             schemaLocation="http://www.w3.org/2006/03/addressing/ws-addr.xsd"/>
                </xs:schema>""");

        assertThatThrownBy(() -> SharedSpecs.localOnlySchemaFactory().newSchema(new StreamSource(xsd.toFile())))
                .hasStackTraceContaining("remote schema location refused");
    }

    @Test
    void theSchemaLoaderStillAcceptsLocalImports() {
        assertThatCode(() -> SharedSpecs.schema("ServiceIdentiteCertifiee/INSi_RESULTAT_INS.xsd"))
                .doesNotThrowAnyException();
    }

    private Document anyRequest() throws Exception {
        return parse(writer.traitsRequest(HEADER, new IdentityTraits("ADRUN", List.of("ZOE"), Sex.F,
                new BirthDate(1975, 12, 31), "63220")));
    }

    private static void validate(Element element, String schemaPath) throws Exception {
        Schema schema = SharedSpecs.schema(schemaPath);
        schema.newValidator().validate(new DOMSource(element));
    }

    private static Element headerBlock(Document request, String namespace, String localName) {
        Element header = childElements(request.getDocumentElement()).get(0);
        return childElements(header).stream()
                .filter(e -> namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName()))
                .findFirst().orElseThrow();
    }
}
