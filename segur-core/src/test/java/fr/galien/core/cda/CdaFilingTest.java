package fr.galien.core.cda;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.document.DocumentOrigin;
import fr.galien.core.document.NewDocument;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CdaFilingTest {

    @Test
    void aProducedDocumentIsFiledUnderItsCdaUniqueId() {
        CdaDocument doc = ClinicalDocuments.vaccinationNote(CdaFixtures.pharmacistHeader(), CdaFixtures.vaccination());

        NewDocument filed = CdaFiling.produced(CdaFixtures.pharmacistHeader(), doc);

        assertThat(filed.uniqueId()).isEqualTo(doc.uniqueId());
        assertThat(filed.type().code()).isEqualTo("87273-9");
        assertThat(filed.mimeType()).isEqualTo("text/xml");
        assertThat(filed.origin()).isEqualTo(DocumentOrigin.LOCAL);
        assertThat(filed.documentDate()).isEqualTo(CdaFixtures.NOW);
        assertThat(filed.author()).startsWith("Claire MOREAU");
        assertThat(filed.content()).isEqualTo(doc.xml());
    }

    @Test
    void aReceivedDocumentKeepsItsIdTypeDateAndAuthor() {
        CdaDocument doc = ClinicalDocuments.vsm(CdaFixtures.doctorHeader(), CdaFixtures.vsm());
        ReceivedCda read = CdaReader.read(doc.xml());

        NewDocument filed = CdaFiling.received(CdaFixtures.patient().patientId(), read, doc.xml(), DocumentOrigin.DMP,
                Instant.EPOCH);

        assertThat(filed.uniqueId()).isEqualTo(doc.uniqueId());
        assertThat(filed.type().code()).isEqualTo("SYNTH");
        assertThat(filed.documentDate()).isEqualTo(CdaFixtures.NOW);
        assertThat(filed.author()).contains("Sophie LEROUX");
        assertThat(filed.origin()).isEqualTo(DocumentOrigin.DMP);
    }

    @Test
    void theNarrativeReadsAsIndentedPlainText() {
        CdaDocument doc = ClinicalDocuments.dispensation(CdaFixtures.pharmacistHeader(), CdaFixtures.dispensation());

        String text = CdaFiling.plainText(CdaReader.read(doc.xml()).sections());

        assertThat(text).startsWith("Médicaments délivrés\n")
                .contains("  - Médicament : PARACETAMOL 500 mg, comprimé, boîte de 16 ; Quantité délivrée : 2 boîtes");
    }
}
