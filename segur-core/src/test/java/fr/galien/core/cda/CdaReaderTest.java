package fr.galien.core.cda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.error.SegurException;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CdaReaderTest {

    private static final String ROOT = "<ClinicalDocument xmlns=\"urn:hl7-org:v3\">";

    @TempDir
    Path dir;

    @Test
    void readsTheHeaderAndTheNarrativeOfAVsmWeWrote() {
        CdaDocument vsm = ClinicalDocuments.vsm(CdaFixtures.doctorHeader(), CdaFixtures.vsm());

        ReceivedCda read = CdaReader.read(vsm.xml());

        assertThat(read.uniqueId()).isEqualTo(vsm.uniqueId());
        assertThat(read.setId()).isEqualTo(vsm.version().setId());
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.type().code()).isEqualTo("SYNTH");
        assertThat(read.title()).isEqualTo("Synthèse médicale");
        assertThat(read.effectiveTime()).contains(CdaFixtures.NOW);
        assertThat(read.patient().insMatricule()).isEqualTo("279035121518989");
        assertThat(read.patient().insOid()).isEqualTo("1.2.250.1.213.1.4.10");
        assertThat(read.patient().birthName()).isEqualTo("PAT-TROIS");
        assertThat(read.patient().firstNames()).isEqualTo("DOMINIQUE MARIE-LOUISE");
        assertThat(read.author().nationalId()).isEqualTo("899900000003");
        assertThat(read.author().name()).isEqualTo("Sophie LEROUX");
        assertThat(read.pdf()).isEmpty();
        assertThat(read.sections()).extracting(CdaSection::title).contains("Traitement au long cours",
                "Points de vigilance");
        CdaSection pathologies = read.sections().get(0).sections().get(0).sections().get(0);
        assertThat(pathologies.title()).isEqualTo("Pathologies en cours");
        assertThat(pathologies.columns()).containsExactly("Date", "Pathologie en cours");
        assertThat(pathologies.rows()).contains(List.of("11/08/2019", "Hypertension artérielle essentielle"));
    }

    @Test
    void readsTheVersionChainOfAReplacement() {
        CdaVersion next = CdaVersion.replacing("2.25.1", "2.25.2", 1);
        CdaDocument doc = ClinicalDocuments.vaccinationNote(CdaFixtures.pharmacistHeader().withVersion(next),
                CdaFixtures.vaccination());

        ReceivedCda read = CdaReader.read(doc.xml());

        assertThat(read.setId()).isEqualTo("2.25.2");
        assertThat(read.version()).isEqualTo(2);
        assertThat(read.replacesId()).isEqualTo("2.25.1");
    }

    @Test
    void givesTheEmbeddedPdfOfALevelOneDocument() {
        byte[] pdf = CdaFixtures.letterPdf();
        CdaDocument doc = ClinicalDocuments.pdf(CdaFixtures.doctorHeader(), CdaCodes.TYPE_CONSULTATION_REPORT,
                "Compte rendu", pdf);

        ReceivedCda read = CdaReader.read(doc.xml());

        assertThat(read.level1()).isTrue();
        assertThat(read.pdf()).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(pdf));
        assertThat(read.type().code()).isEqualTo("11488-4");
    }

    @Test
    void readsEveryOfficialAnsExample() throws IOException {
        Optional<Path> shared = CdaConformanceTest.sharedDirectory()
                .map(d -> d.resolve("conformance/cda/ans/ExemplesCDA")).filter(Files::isDirectory);
        Assumptions.assumeTrue(shared.isPresent(), "skipped: no ../shared/conformance/cda");
        try (Stream<Path> files = Files.list(shared.get())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
                ReceivedCda read = CdaReader.read(file);
                assertThat(read.uniqueId()).as(file.toString()).isNotBlank();
                assertThat(read.title()).as(file.toString()).isNotBlank();
                assertThat(read.patient().insMatricule()).as(file.toString()).hasSize(15);
                assertThat(read.sections().isEmpty() && read.pdf().isEmpty()).as(file.toString()).isFalse();
            }
        }
    }

    @Test
    void refusesAnExternalEntityWithoutReadingTheFile() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE ClinicalDocument [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]>" + ROOT + "<title>&x;</title></ClinicalDocument>";

        assertThatThrownBy(() -> CdaReader.read(utf8(xxe)))
                .isInstanceOfSatisfying(SegurException.class, e -> {
                    assertThat(e.code()).isEqualTo("CDA-0021");
                    assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
                });
    }

    @Test
    void refusesAnExternalDtdWithoutAnyNetworkCall() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(300);
            String xml = "<?xml version=\"1.0\"?><!DOCTYPE ClinicalDocument SYSTEM \"http://127.0.0.1:"
                    + server.getLocalPort() + "/evil.dtd\">" + ROOT + "</ClinicalDocument>";

            assertThatThrownBy(() -> CdaReader.read(utf8(xml))).isInstanceOfSatisfying(SegurException.class,
                    e -> assertThat(e.code()).isEqualTo("CDA-0021"));
            assertThatThrownBy(server::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void refusesTheBillionLaughsAtItsDeclaration() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE ClinicalDocument [<!ENTITY l0 \"ha\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String xml = dtd + "]>" + ROOT + "<title>&l10;</title></ClinicalDocument>";

        assertThatThrownBy(() -> CdaReader.read(utf8(xml))).isInstanceOfSatisfying(SegurException.class,
                e -> assertThat(e.code()).isEqualTo("CDA-0021"));
    }

    @Test
    void refusesOneHundredThousandNestedElements() {
        int depth = 100_000;
        String xml = ROOT + "<component>".repeat(depth) + "</component>".repeat(depth) + "</ClinicalDocument>";

        assertThatThrownBy(() -> CdaReader.read(utf8(xml))).isInstanceOfSatisfying(SegurException.class,
                e -> assertThat(e.code()).isEqualTo("CDA-0022"));
    }

    @Test
    void refusesTwoHundredMegabytesWithoutLoadingThem() throws IOException {
        Path huge = dir.resolve("huge.xml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024);
        }
        assertThatThrownBy(() -> CdaReader.read(huge)).isInstanceOfSatisfying(SegurException.class,
                e -> assertThat(e.code()).isEqualTo("CDA-0020"));

        InputStream endless = new InputStream() {
            private long left = 200L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? ' ' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) ' ');
                left -= n;
                return n;
            }
        };
        assertThatThrownBy(() -> CdaReader.read(endless)).isInstanceOfSatisfying(SegurException.class,
                e -> assertThat(e.code()).isEqualTo("CDA-0020"));
    }

    @Test
    void refusesWhatIsNotAClinicalDocument() {
        assertThatThrownBy(() -> CdaReader.read(utf8("<html><body>x</body></html>")))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("CDA-0024"));
        assertThatThrownBy(() -> CdaReader.read(utf8("<ClinicalDocument/>")))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("CDA-0024"));
        assertThatThrownBy(() -> CdaReader.read(utf8(ROOT + "<title>unclosed</ClinicalDocument>")))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("CDA-0023"));
        assertThatThrownBy(() -> CdaReader.read(new byte[0]))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("CDA-0023"));
        assertThatThrownBy(() -> CdaReader.read(utf8(ROOT + "<title>&undeclared;</title></ClinicalDocument>")))
                .isInstanceOf(SegurException.class);
    }

    @Test
    void refusesALevelOneBodyThatIsNotAPdf() {
        String html = java.util.Base64.getEncoder().encodeToString(utf8("<script>alert(1)</script>"));
        String xml = ROOT + "<component><nonXMLBody><text mediaType=\"text/html\" representation=\"B64\">" + html
                + "</text></nonXMLBody></component></ClinicalDocument>";

        assertThatThrownBy(() -> CdaReader.read(utf8(xml))).isInstanceOfSatisfying(SegurException.class,
                e -> assertThat(e.code()).isEqualTo("CDA-0026"));
        assertThatThrownBy(() -> CdaReader.read(utf8(ROOT + "<component><nonXMLBody><text>%%%not base64"
                + "</text></nonXMLBody></component></ClinicalDocument>")))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("CDA-0026"));
    }

    @Test
    void refusesAnElementWithTooManyAttributes() {
        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            attributes.append(" a").append(i).append("=\"v\"");
        }
        String xml = ROOT + "<title" + attributes + ">x</title></ClinicalDocument>";

        assertThatThrownBy(() -> CdaReader.read(utf8(xml))).isInstanceOfSatisfying(SegurException.class,
                e -> assertThat(e.code()).isEqualTo("CDA-0025"));
    }

    @Test
    void keepsMarkupAsPlainText() {
        String xml = ROOT + "<title>Titre</title><component><structuredBody><component><section><title>S</title>"
                + "<text><paragraph>a &lt;script&gt;x&lt;/script&gt; <content>b</content><br/>c</paragraph>"
                + "<renderMultiMedia referencedObject=\"http://127.0.0.1/x\"/></text></section></component>"
                + "</structuredBody></component></ClinicalDocument>";

        ReceivedCda read = CdaReader.read(utf8(xml));

        assertThat(read.sections().get(0).paragraphs()).containsExactly("a <script>x</script> b\nc");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
