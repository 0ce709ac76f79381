package fr.galien.app.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CdaPreviewTest {

    @Test
    void theNarrativeOfEachSectionIsShownAsTextWithTheDocumentTitle() {
        String cda = """
                <ClinicalDocument xmlns="urn:hl7-org:v3"><title>Synthèse médicale</title>
                <component><structuredBody><component><section><title>Allergies</title>
                <text><paragraph>Pénicilline</paragraph><table><tr><td>Asthme</td><td>2019</td></tr></table></text>
                </section></component></structuredBody></component></ClinicalDocument>""";

        DocumentPreview preview = CdaPreview.of(cda.getBytes(StandardCharsets.UTF_8));

        assertThat(preview).isInstanceOfSatisfying(DocumentPreview.Text.class, text -> {
            assertThat(text.heading()).isEqualTo("Synthèse médicale");
            assertThat(text.text()).contains("Allergies").contains("Pénicilline").contains("Asthme | 2019");
        });
    }

    @Test
    void aDoctypeOrAnExternalEntityIsNeverResolved() {
        String xxe = """
                <?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
                <ClinicalDocument xmlns="urn:hl7-org:v3"><title>&e;</title></ClinicalDocument>""";

        DocumentPreview preview = CdaPreview.of(xxe.getBytes(StandardCharsets.UTF_8));

        assertThat(preview).isInstanceOf(DocumentPreview.Unreadable.class);
        assertThat(preview.toString()).doesNotContain("root:");
    }

    @Test
    void tooDeepANestingIsRefused() {
        String deep = "<a>".repeat(5_000) + "</a>".repeat(5_000);

        assertThat(CdaPreview.of(deep.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DocumentPreview.Unreadable.class);
    }
}
