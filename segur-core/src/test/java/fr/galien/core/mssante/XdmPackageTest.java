package fr.galien.core.mssante;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Sex;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.QualifiedIns;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The IHE XDM layout (specs §3.4), read back by our own reader. */
class XdmPackageTest {

    static final String CDA = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ClinicalDocument xmlns=\"urn:hl7-org:v3\">"
            + "<id root=\"1.2.250.1.999.7\" extension=\"42\"/><code code=\"11488-4\" codeSystem=\"2.16.840.1.113883.6.1\""
            + " displayName=\"CR de consultation\"/><title>CR de consultation</title>"
            + "<effectiveTime value=\"20261201101500+0100\"/><confidentialityCode code=\"N\"/>"
            + "<recordTarget><patientRole><id root=\"1.2.250.1.213.1.4.8\" extension=\"275126322074974\"/>"
            + "<patient><name><family qualifier=\"BR\">ADRUN</family><given>ZOE</given></name>"
            + "<administrativeGenderCode code=\"F\"/><birthTime value=\"19751231\"/></patient></patientRole>"
            + "</recordTarget></ClinicalDocument>";

    @Test
    void thePackageHasTheXdmLayoutAndReadsBack() {
        QualifiedIns ins = new QualifiedIns(UUID.randomUUID(), "275126322074974", "1.2.250.1.213.1.4.8",
                new IdentityTraits("ADRUN", List.of("ZOE"), Sex.F, BirthDate.parseIso("1975-12-31").orElseThrow(),
                        "63220"));
        XdmPackage.Built built = XdmPackage.build(new XdmPackage.Submission(Optional.of(ins), "Dr Test",
                        List.of("dr.x@medecin.mssante.fr"), "Galien", Instant.parse("2026-12-01T10:00:00Z"),
                        UUID.randomUUID().toString()),
                List.of(new XdmPackage.Document("cr.xml", "text/xml", CDA.getBytes(StandardCharsets.UTF_8)),
                        new XdmPackage.Document("cr.pdf", "application/pdf", "%PDF-1.7".getBytes())));

        Map<String, byte[]> files = XdmArchive.unzip(built.zip());
        assertThat(files.keySet()).containsExactly("INDEX.HTM", "README.TXT", "IHE_XDM/SUBSET01/METADATA.XML",
                "IHE_XDM/SUBSET01/DOC0001.XML", "IHE_XDM/SUBSET01/DOC0002.PDF");
        assertThat(built.qualifiedIns()).isTrue();
        assertThat(built.cdaCodes()).containsExactly("11488-4");
        assertThat(new String(files.get("IHE_XDM/SUBSET01/METADATA.XML"), StandardCharsets.UTF_8))
                .contains("SubmitObjectsRequest", "275126322074974^^^&amp;1.2.250.1.213.1.4.8&amp;ISO",
                        "|||||||||^^Internet^dr.x@medecin.mssante.fr");
        List<XdmArchive.Entry> entries = XdmArchive.read(built.zip());
        assertThat(entries).extracting(XdmArchive.Entry::uniqueId).first().isEqualTo("1.2.250.1.999.7^42");
        assertThat(entries).extracting(XdmArchive.Entry::mimeType).containsExactly("text/xml", "application/pdf");
        CdaHeader header = CdaHeaderReader.read(entries.get(0).content(), "DOC0001.XML");
        assertThat(header.ins()).hasValueSatisfying(id -> assertThat(id.extension()).isEqualTo("275126322074974"));
        assertThat(header.birthName()).isEqualTo("ADRUN");
        assertThat(header.firstNames()).containsExactly("ZOE");
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        XdmPackage.Submission submission = new XdmPackage.Submission(Optional.empty(), null, List.of(), "Galien",
                Instant.parse("2026-12-01T10:00:00Z"), "00000000-0000-0000-0000-000000000001");
        List<XdmPackage.Document> documents = List.of(new XdmPackage.Document("cr.xml", "text/xml",
                CDA.getBytes(StandardCharsets.UTF_8)));

        assertThat(XdmPackage.build(submission, documents).zip()).isEqualTo(XdmPackage.build(submission, documents)
                .zip());
    }

    @Test
    void patientAddressesComeFromTheMatriculeAndTheSpaceRuleHolds() {
        MssAddresses addresses = new MssAddresses(List.of("test-operateur.example"));

        assertThat(MssAddresses.patientMatricule("275126322074974@patient.mssante.fr")).contains("275126322074974");
        assertThat(MssAddresses.patientMatricule("dr.x@medecin.mssante.fr")).isEmpty();
        assertThat(addresses.trusted("medecin.mssante.fr")).isTrue();
        assertThat(addresses.trusted("a.test-operateur.example")).isTrue();
        assertThat(addresses.trusted("mssante.fr.evil.com")).isFalse();
        assertThat(addresses.trusted("fakemssante.fr")).isFalse();
    }
}
