package fr.galien.ins;

import static fr.galien.ins.TestXml.body;
import static fr.galien.ins.TestXml.childElements;
import static fr.galien.ins.TestXml.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.InsiPort.VitaleQuery;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** What each request says, read back with a DOM parser (the XSD checks are in {@link InsiRequestSchemaTest}). */
class InsiRequestWriterTest {

    private static final UUID ID = UUID.fromString("db0184e1-c933-462b-acbd-8f24a4f8a338");
    private static final RequestHeader HEADER = new RequestHeader(ID, Instant.parse("2026-03-01T10:29:58.604123Z"),
            "psc:899900000001", new RequestHeader.LpsIdentity("GALIENTEST01", "4", "1.2.3", "inst-uuid"));
    private static final IdentityTraits ADRUN = new IdentityTraits("ADRUN", List.of("ZOE"), Sex.F,
            new BirthDate(1975, 12, 31), "63220");

    private final InsiRequestWriter writer = new InsiRequestWriter();

    @Test
    void bothContextsCarryTheCallIdTimeAndEmitter() throws Exception {
        Document request = parse(writer.traitsRequest(HEADER, ADRUN));

        for (String ns : List.of(InsiWire.CTXBAM, InsiWire.CTXLPS)) {
            assertThat(text(request, ns, "Id")).isEqualTo(ID.toString());
            assertThat(text(request, ns, "Temps")).isEqualTo("2026-03-01T10:29:58.604Z");
            assertThat(text(request, ns, "Emetteur")).isEqualTo("psc:899900000001");
        }
    }

    @Test
    void contextVersionsAndNatureAreTheSchemaOnes() throws Exception {
        Document request = parse(writer.traitsRequest(HEADER, ADRUN));

        assertThat(element(request, InsiWire.CTXBAM, "ContexteBAM").getAttribute("Version")).isEqualTo("01_02");
        Element lps = element(request, InsiWire.CTXLPS, "ContexteLPS");
        assertThat(lps.getAttribute("Version")).isEqualTo("01_00");
        assertThat(lps.getAttribute("Nature")).isEqualTo("CTXLPS");
    }

    @Test
    void lpsNamesTheSoftwareItsAuthorisationAndItsInstallation() throws Exception {
        Document request = parse(writer.traitsRequest(HEADER, ADRUN));

        assertThat(text(request, InsiWire.CTXLPS, "IDAM")).isEqualTo("GALIENTEST01");
        assertThat(element(request, InsiWire.CTXLPS, "IDAM").getAttribute("R")).isEqualTo("4");
        assertThat(text(request, InsiWire.CTXLPS, "Version")).isEqualTo("1.2.3");
        assertThat(text(request, InsiWire.CTXLPS, "Instance")).isEqualTo("inst-uuid");
        assertThat(text(request, InsiWire.CTXLPS, "Nom")).isEqualTo("urn:lps:galien:1.2.3");
    }

    @Test
    void addressingHeadersNameTheOperationAndTheMessage() throws Exception {
        Document traits = parse(writer.traitsRequest(HEADER, ADRUN));
        Document vitale = parse(writer.vitaleRequest(HEADER, new VitaleQuery(null, "275126322074974", null,
                new BirthDate(1975, 12, 31), null)));

        assertThat(text(traits, InsiWire.WSA, "Action"))
                .isEqualTo("urn:ServiceIdentiteCertifiee:1.0.0:rechercherInsAvecTraitsIdentite");
        assertThat(text(vitale, InsiWire.WSA, "Action"))
                .isEqualTo("urn:ServiceIdentiteCertifiee:1.0.0:rechercherInsAvecCarteVitale");
        assertThat(text(traits, InsiWire.WSA, "MessageID")).isEqualTo("uuid:" + ID);
    }

    @Test
    void oneFirstNameElementPerGivenFirstNameInOrder() throws Exception {
        IdentityTraits traits = new IdentityTraits("ECETINSI", List.of("PIERRE-ALAIN", "MURIEL", "FLORIANT"), Sex.M,
                new BirthDate(2009, 7, 14), null);

        Element body = body(parse(writer.traitsRequest(HEADER, traits)));

        assertThat(childElements(body)).extracting(Element::getLocalName)
                .containsExactly("NomNaissance", "Prenom", "Prenom", "Prenom", "Sexe", "DateNaissance");
        assertThat(childElements(body)).filteredOn(e -> e.getLocalName().equals("Prenom"))
                .extracting(Element::getTextContent).containsExactly("PIERRE-ALAIN", "MURIEL", "FLORIANT");
    }

    @Test
    void birthPlaceIsSentWhenKnown() throws Exception {
        assertThat(text(parse(writer.traitsRequest(HEADER, ADRUN)), InsiWire.RECSANS, "LieuNaissance"))
                .isEqualTo("63220");
    }

    @Test
    void lunarBirthDatesAreSentWithTheirZeros() throws Exception {
        IdentityTraits traits = new IdentityTraits("CORSE", List.of("ANTHONY"), Sex.M, new BirthDate(1980, 0, 0),
                null);

        assertThat(text(parse(writer.traitsRequest(HEADER, traits)), InsiWire.RECSANS, "DateNaissance"))
                .isEqualTo("1980-00-00");
    }

    @Test
    void markupInTraitsIsEscapedByTheXmlStack() throws Exception {
        IdentityTraits traits = new IdentityTraits("D'ARC <b>&amp;</b>", List.of("JEANNE"), Sex.F,
                new BirthDate(1990, 1, 6), null);

        Document request = parse(writer.traitsRequest(HEADER, traits));

        assertThat(text(request, InsiWire.RECSANS, "NomNaissance")).isEqualTo("D'ARC <b>&amp;</b>");
        assertThat(childElements(body(request))).hasSize(4);
    }

    @Test
    void controlCharactersAreRefusedRatherThanSentIllFormed() {
        IdentityTraits traits = new IdentityTraits("ADR\u0001UN", List.of("ZOE"), Sex.F, new BirthDate(1975, 12, 31),
                null);

        SegurException error = catchThrowableOfType(SegurException.class, () -> writer.traitsRequest(HEADER, traits));

        assertThat(error.code()).isEqualTo("INS-0114");
    }

    @Test
    void vitaleMatriculesAreSplitIntoNumberAndKey() throws Exception {
        VitaleQuery query = new VitaleQuery("297022A02077878", "175126322074974", "ADRTROIS",
                new BirthDate(1997, 2, 26), "1");

        Element body = body(parse(writer.vitaleRequest(HEADER, query)));

        assertThat(childElements(body)).extracting(Element::getLocalName)
                .containsExactly("MatriculeIndividu", "MatriculeOD", "NomNaissance", "DateNaissance", "RangNaissance");
        Element individu = childElements(body).get(0);
        assertThat(childElements(individu)).extracting(Element::getTextContent)
                .containsExactly("297022A020778", "78");
        assertThat(childElements(childElements(body).get(1))).extracting(Element::getTextContent)
                .containsExactly("1751263220749", "74");
    }

    @Test
    void absentBeneficiaryMatriculeIsLeftOut() throws Exception {
        VitaleQuery query = new VitaleQuery(null, "175126322074974", null, new BirthDate(2018, 5, 4), null);

        assertThat(childElements(body(parse(writer.vitaleRequest(HEADER, query))))).extracting(Element::getLocalName)
                .containsExactly("MatriculeOD", "DateNaissance");
    }

    @Test
    void vitaleMatriculeOfAnotherLengthIsRefused() {
        VitaleQuery query = new VitaleQuery("12345", "175126322074974", null, new BirthDate(2018, 5, 4), null);

        SegurException error = catchThrowableOfType(SegurException.class, () -> writer.vitaleRequest(HEADER, query));

        assertThat(error.code()).isEqualTo("INS-0114");
    }

    private static Element element(Document request, String ns, String name) {
        return (Element) request.getElementsByTagNameNS(ns, name).item(0);
    }

    private static String text(Document request, String ns, String name) {
        return element(request, ns, name).getTextContent();
    }
}
