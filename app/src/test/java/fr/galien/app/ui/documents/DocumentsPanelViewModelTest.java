package fr.galien.app.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.fake.FakeDialogService;
import fr.galien.core.audit.JdbcAuditTrail;
import fr.galien.core.document.DocumentFormats;
import fr.galien.core.document.DocumentOrigin;
import fr.galien.core.document.DocumentType;
import fr.galien.core.document.NewDocument;
import fr.galien.core.document.PatientDocument;
import fr.galien.core.document.PatientDocuments;
import fr.galien.core.document.SharingChannel;
import fr.galien.core.document.SharingState;
import fr.galien.core.patient.JdbcPatientRegistry;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import fr.galien.core.testsupport.MigratedTestDatabase;
import fr.galien.core.testsupport.TestPatients;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentsPanelViewModelTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneId.of("Europe/Paris"));
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<DocumentPreview> shown = new ArrayList<>();
    private MigratedTestDatabase database;
    private PatientDocuments documents;
    private DocumentsPanelViewModel viewModel;
    private UUID patient;

    @TempDir
    Path files;

    @BeforeEach
    void setUp() {
        database = MigratedTestDatabase.inMemory();
        JdbcAuditTrail audit = new JdbcAuditTrail(clock);
        patient = new JdbcPatientRegistry(database, audit, clock)
                .create(TestPatients.CALLER, TestPatients.draft("DOCUMENTS", "Claire", "1970-01-02")).id();
        documents = new PatientDocuments(database, audit, clock);
        viewModel = new DocumentsPanelViewModel(documents, TestPatients.CALLER, new CurrentThreadTaskExecutor(),
                dialogs, new DocumentPreviews(CdaPreview::of), clock);
        viewModel.setViewer((document, preview) -> shown.add(preview));
    }

    @AfterEach
    void tearDown() throws Exception {
        database.close();
    }

    @Test
    void showingAFileListsItsDocumentsWithTheirSharingState() {
        PatientDocument vsm = documents.add(TestPatients.CALLER, NewDocument.local(patient,
                DocumentType.SYNTHESE_MEDICALE, "Synthèse", DocumentFormats.TEXT, clock.instant(), null,
                "synthèse".getBytes(StandardCharsets.UTF_8)));
        database.inTransaction(tx -> {
            documents.setSharing(tx, vsm.id(), SharingChannel.DMP, SharingState.EN_ATTENTE, null);
            return null;
        });

        viewModel.show(patient);

        assertThat(viewModel.rows()).singleElement().satisfies(row -> {
            assertThat(row.date()).isEqualTo("07/12/2026");
            assertThat(row.type()).isEqualTo("Synthèse médicale");
            assertThat(row.sharing()).isEqualTo("DMP : en attente");
        });
        assertThat(viewModel.statusProperty().get()).isEqualTo("1 document");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void openingAPdfRendersItsPagesAndAddingAFileListsIt() throws Exception {
        Path pdf = files.resolve("scan.pdf");
        Files.write(pdf, twoPagePdf());
        viewModel.show(patient);

        viewModel.addFile(pdf);
        viewModel.selectedProperty().set(viewModel.rows().get(0));
        viewModel.openSelected();

        assertThat(viewModel.rows()).singleElement()
                .satisfies(row -> assertThat(row.origin()).isEqualTo(DocumentOrigin.SCAN.label()));
        assertThat(shown).singleElement().isInstanceOfSatisfying(DocumentPreview.Pages.class,
                pages -> assertThat(pages.pages()).hasSize(2));
    }

    @Test
    void aFileOfAnotherKindIsRefusedWithItsCode() throws Exception {
        Path html = Files.writeString(files.resolve("page.html"), "<script>alert(1)</script>");
        viewModel.show(patient);

        viewModel.addFile(html);

        assertThat(dialogs.errors).singleElement().asString().contains("DOC-0005");
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.workingProperty().get()).isFalse();
    }

    private static byte[] twoPagePdf() throws Exception {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.addPage(new PDPage());
            pdf.addPage(new PDPage());
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
