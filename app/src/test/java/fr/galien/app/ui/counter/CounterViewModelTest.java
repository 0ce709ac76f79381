package fr.galien.app.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.prescription.DrugChoice;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Sex;
import fr.galien.core.eprescription.CounterPrescription;
import fr.galien.core.eprescription.DispenseLine;
import fr.galien.core.eprescription.EPrescriptions;
import fr.galien.core.eprescription.LocalDispensation;
import fr.galien.core.eprescription.LocalState;
import fr.galien.core.eprescription.PatientCheck;
import fr.galien.core.identity.TraitsComparison;
import fr.galien.core.port.EPrescriptionPort;
import fr.galien.core.port.EPrescriptionPort.CodeSystem;
import fr.galien.core.port.EPrescriptionPort.PrescribedLine;
import fr.galien.core.port.EPrescriptionPort.Product;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CounterViewModelTest {

    private static final Caller PHARMACIST = Caller.pscProfessional("899900000001", "Claire Titulairetest",
            Role.PHARMACIEN_TITULAIRE, "comptoir-1");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    private static final String ID = "01S2TBPZ2JCNZZYGHZ";
    private static final String GS = "\u001D";
    private static final String DOLIPRANE = "3400935955838";
    private static final String PARACETAMOL_GENERIC = "3400936403116";
    private static final String LEVOTHYROX = "3400930000002";

    private FakeCounter context;
    private CounterViewModel viewModel;

    /** A counter context over one prescription, recording the dispensations. */
    static final class FakeCounter implements CounterContext {
        PatientCheck check = PatientCheck.SAME_INS;
        Optional<TraitsComparison> comparison = Optional.empty();
        EPrescriptionPort.Status status = EPrescriptionPort.Status.ACTIVE;
        final List<List<DispenseLine>> dispensed = new ArrayList<>();
        final List<String> fetched = new ArrayList<>();

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public CounterPrescription fetch(Caller caller, String identifier) {
            fetched.add(identifier);
            PrescribedLine doliprane = new PrescribedLine(1, new Product(CodeSystem.CIP13, DOLIPRANE,
                    "DOLIPRANE 1000 mg, comprimé"), EPrescriptionPort.Posology.free("1 comprimé 3 fois par jour"),
                    BigDecimal.valueOf(2), "boîte", 5, 0, false, false);
            PrescribedLine levo = new PrescribedLine(2, new Product(CodeSystem.CIP13, LEVOTHYROX,
                    "LEVOTHYROX 75 microgrammes"), EPrescriptionPort.Posology.free("1 comprimé le matin"),
                    BigDecimal.ONE, "boîte", 30, 2, true, true);
            EPrescriptionPort.EPrescription prescription = new EPrescriptionPort.EPrescription(identifier, status,
                    new EPrescriptionPort.PatientOnPrescription("275126322074974", "1.2.250.1.213.1.4.8",
                            new IdentityTraits("ADRUN", List.of("ZOE"), Sex.F, new BirthDate(1975, 12, 31), "63220")),
                    new EPrescriptionPort.Prescriber("899900000003", "GENERALISTETEST", "SOPHIE", "10", "", ""),
                    CLOCK.instant(), List.of(doliprane, levo), List.of());
            return new CounterPrescription(prescription, UUID.randomUUID(), check, comparison,
                    Map.of(1, BigDecimal.valueOf(2), 2, BigDecimal.valueOf(3)), List.of());
        }

        @Override
        public LocalDispensation dispense(Caller caller, CounterPrescription prescription, List<DispenseLine> lines) {
            dispensed.add(List.copyOf(lines));
            return new LocalDispensation(UUID.randomUUID(), prescription.prescription().prescriptionId(),
                    prescription.patientId(), caller.userId(), List.of(), LocalState.A_ENVOYER, null, null,
                    CLOCK.instant());
        }

        @Override
        public EPrescriptions.Pending pending(Caller caller) {
            return new EPrescriptions.Pending(List.of(), List.of());
        }

        @Override
        public List<DrugChoice> substitutes(PrescribedLine line) {
            return line.number() == 1 ? List.of(new DrugChoice("1", PARACETAMOL_GENERIC,
                    "PARACETAMOL BIOGARAN 1000 mg, comprimé", "PARACÉTAMOL 1000 mg")) : List.of();
        }

        @Override
        public String labelOf(String cip13) {
            return PARACETAMOL_GENERIC.equals(cip13) ? "PARACETAMOL BIOGARAN 1000 mg, comprimé" : cip13;
        }

        @Override
        public boolean fits(PrescribedLine line, String cip13) {
            return line.number() == 1 && PARACETAMOL_GENERIC.equals(cip13);
        }
    }

    @BeforeEach
    void setUp() {
        context = new FakeCounter();
        viewModel = new CounterViewModel(context, PHARMACIST, new CurrentThreadTaskExecutor(), CLOCK);
    }

    private void scan(String text) {
        viewModel.scanTextProperty().set(text);
        viewModel.submitScan();
    }

    @Test
    void scanningTheQrCodeFetchesThePrescriptionAndPrefillsOneDispensation() {
        scan(ID + "\n");
        assertThat(context.fetched).containsExactly(ID);
        assertThat(viewModel.scanTextProperty().get()).isEmpty();
        assertThat(viewModel.rows()).extracting(CounterLineRow::label)
                .containsExactly("DOLIPRANE 1000 mg, comprimé", "LEVOTHYROX 75 microgrammes");
        assertThat(viewModel.rows()).extracting(r -> r.quantityProperty().get()).containsExactly("2", "1");
        assertThat(viewModel.rows().get(1).substitutable()).isFalse();
        assertThat(viewModel.rows().get(0).substitutes()).hasSize(1);
        assertThat(viewModel.canDeliverProperty().get()).isTrue();
        assertThat(viewModel.checkTextProperty().get()).contains("même INS");
        assertThat(viewModel.headingProperty().get()).contains(ID, "SOPHIE GENERALISTETEST");
    }

    @Test
    void anExpiredBoxIsRefusedWithItsDate() {
        scan(ID);
        scan("01" + "0" + PARACETAMOL_GENERIC + "17251130" + "10LOT7" + GS + "21SER1");
        assertThat(viewModel.messageProperty().get()).startsWith("SCN-0005").contains("30/11/2025");
        assertThat(viewModel.toneProperty().get()).isEqualTo(CounterViewModel.Tone.ERROR);
        assertThat(viewModel.rows().get(0).substituteProperty().get()).isNull();
    }

    @Test
    void aGenericBoxFillsTheLineItFitsAsASubstitution() {
        scan(ID);
        scan("01" + "0" + PARACETAMOL_GENERIC + "17281231" + "10LOT7" + GS + "21SER1");
        assertThat(viewModel.rows().get(0).substituteProperty().get().cip13()).isEqualTo(PARACETAMOL_GENERIC);
        assertThat(viewModel.rows().get(0).scannedProperty().get()).contains("LOT7", "31/12/2028");
        assertThat(viewModel.messageProperty().get()).contains("ligne 1");
    }

    @Test
    void deliverRecordsTheExecutionAndShowsWhatRemainsForARenewal() {
        scan(ID);
        viewModel.rows().get(0).quantityProperty().set("1");
        viewModel.rows().get(0).substituteProperty().set(viewModel.rows().get(0).substitutes().get(0));
        viewModel.deliver();
        assertThat(context.dispensed).singleElement().satisfies(lines -> {
            assertThat(lines).extracting(DispenseLine::lineNumber).containsExactly(1, 2);
            assertThat(lines.get(0).quantity()).isEqualByComparingTo("1");
            assertThat(lines.get(0).substituteCip13()).isEqualTo(PARACETAMOL_GENERIC);
            assertThat(lines.get(1).substituteCip13()).isNull();
        });
        assertThat(viewModel.messageProperty().get()).startsWith("Exécution enregistrée");
        assertThat(viewModel.remainingTextProperty().get()).contains("ligne 1", "ligne 2 (LEVOTHYROX 75 microgrammes) : 2 boîte");
        assertThat(viewModel.canDeliverProperty().get()).isFalse();
    }

    @Test
    void differingTraitsAreShownSideBySide() {
        context.check = PatientCheck.TRAITS_DIFFER;
        context.comparison = Optional.of(new TraitsComparison(List.of(new TraitsComparison.Row(
                TraitsComparison.Trait.FIRST_NAMES, "ZOÉ MARIE", "ZOE", false))));
        scan(ID);
        assertThat(viewModel.checkDiffersProperty().get()).isTrue();
        assertThat(viewModel.traits()).singleElement().satisfies(row -> {
            assertThat(row.onPrescription()).isEqualTo("ZOE");
            assertThat(row.here()).isEqualTo("ZOÉ MARIE");
            assertThat(row.equal()).isFalse();
        });
    }

    @Test
    void aCompletedPrescriptionCannotBeDeliveredAgain() {
        context.status = EPrescriptionPort.Status.COMPLETED;
        scan(ID);
        assertThat(viewModel.canDeliverProperty().get()).isFalse();
        assertThat(viewModel.messageProperty().get()).contains("entièrement délivrée");
    }

    @Test
    void anythingElseSaysWhatWasRead() {
        scan("bonjour 123");
        assertThat(viewModel.messageProperty().get()).startsWith("SCN-").contains("bonjour 123");
        assertThat(context.fetched).isEmpty();
    }

    @Test
    void aBoxBeforeAnyPrescriptionAsksForTheQrCodeFirst() {
        scan("01" + "0" + PARACETAMOL_GENERIC + "17281231" + "10LOT7");
        assertThat(viewModel.messageProperty().get()).contains("scannez d'abord le QR code");
    }
}
