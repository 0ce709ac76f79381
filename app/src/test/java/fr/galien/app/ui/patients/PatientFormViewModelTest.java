package fr.galien.app.ui.patients;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.common.LookalikeDecision;
import fr.galien.app.ui.fake.FakeDialogService;
import fr.galien.app.ui.fake.InMemoryPatientRegistry;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.domain.Sex;
import fr.galien.core.security.Caller;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatientFormViewModelTest {

    private final InMemoryPatientRegistry registry = new InMemoryPatientRegistry();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final Caller caller = Caller.osUser(PracticeProfile.CABINET_MEDICAL, "poste-test");
    private final PatientFormViewModel form =
            new PatientFormViewModel(registry, caller, new CurrentThreadTaskExecutor(), dialogs);

    private void typeValidPatient() {
        form.startNew();
        form.birthNameProperty().set("Zamorano");
        form.firstNamesProperty().set("Lucie  Anne-Sophie");
        form.sexProperty().set(Sex.F);
        form.birthDateProperty().set("14/07/1985");
    }

    @Test
    void savingANewPatientCreatesItWithFirstNamesInTheTypedOrder() {
        typeValidPatient();

        form.save();

        assertThat(registry.size()).isEqualTo(1);
        Patient saved = registry.search(caller, "zamorano", 10).get(0);
        assertThat(saved.firstNames()).containsExactly("Lucie", "Anne-Sophie");
        assertThat(form.isNew()).isFalse();
    }

    @Test
    void validationErrorsLandUnderTheirFields() {
        form.startNew();
        form.birthDateProperty().set("01/01/2999");

        form.save();

        assertThat(form.errorProperty(PatientFields.BIRTH_NAME).get()).isEqualTo("Ce champ est obligatoire.");
        assertThat(form.errorProperty(PatientFields.SEX).get()).isEqualTo("Ce champ est obligatoire.");
        assertThat(form.errorProperty(PatientFields.BIRTH_DATE).get())
                .isEqualTo("La date de naissance ne peut pas être dans le futur.");
        assertThat(form.errorProperty(PatientFields.USED_NAME).get()).isEmpty();
        assertThat(registry.size()).isZero();
    }

    @Test
    void anUnreadableBirthDateIsReportedOnItsFieldWithoutCallingTheRegistry() {
        typeValidPatient();
        form.birthDateProperty().set("31/02/1985");

        form.save();

        assertThat(form.errorProperty(PatientFields.BIRTH_DATE).get()).startsWith("Date illisible");
        assertThat(registry.calls()).isEmpty();
    }

    @Test
    void aBirthDateWithUnknownDayAndMonthIsAccepted() {
        typeValidPatient();
        form.birthDateProperty().set("00/00/1951");

        form.save();

        assertThat(registry.search(caller, "zamorano", 10).get(0).birthDate()).isEqualTo(new BirthDate(1951, 0, 0));
    }

    @Test
    void aConflictKeepsTheUsersEditsOnScreen() {
        Patient stored = registry.add(Patient.draft("Zamorano", null, List.of("Lucie"), Sex.F,
                new BirthDate(1985, 7, 14), null, Contact.NONE));
        form.show(stored);
        // Another workstation saves the same file meanwhile.
        registry.update(Caller.osUser(PracticeProfile.CABINET_MEDICAL, "poste-2"),
                new Patient(stored.id(), "Zamorano", "Brun", stored.firstNames(), Sex.F, stored.birthDate(), null,
                        Contact.NONE, stored.identityStatus(), null, null, Set.of(), false, stored.version()));
        form.usedNameProperty().set("Morel");
        form.emailProperty().set("lucie.zamorano@exemple.invalid");

        form.save();

        assertThat(form.usedNameProperty().get()).isEqualTo("Morel");
        assertThat(form.emailProperty().get()).isEqualTo("lucie.zamorano@exemple.invalid");
        assertThat(form.formMessageProperty().get()).startsWith("CORE-0006 : Ce dossier a été modifié");
        assertThat(dialogs.errors).singleElement().asString().startsWith("CORE-0006 : ");
    }

    @Test
    void aNewPatientLikeAnExistingOneTriggersTheLookalikeWarning() {
        registry.add(Patient.draft("Zamorano", null, List.of("Lucie"), Sex.F, new BirthDate(1985, 7, 14), null,
                Contact.NONE));
        typeValidPatient();

        form.save();

        assertThat(dialogs.lookalikesShown).singleElement().asList().hasSize(1);
        assertThat(registry.size()).isEqualTo(1); // the default answer is "cancel": nothing created
    }

    @Test
    void createAnywayAfterTheWarningCreatesTheNewPatient() {
        registry.add(Patient.draft("Zamorano", null, List.of("Lucie"), Sex.F, new BirthDate(1985, 7, 14), null,
                Contact.NONE));
        dialogs.lookalikeAnswer = list -> LookalikeDecision.createAnyway();
        typeValidPatient();

        form.save();

        assertThat(registry.size()).isEqualTo(2);
    }

    @Test
    void openingTheExistingLookalikeHandsItToTheScreen() {
        Patient existing = registry.add(Patient.draft("Zamorano", null, List.of("Lucie"), Sex.F,
                new BirthDate(1985, 7, 14), null, Contact.NONE));
        dialogs.lookalikeAnswer = list -> LookalikeDecision.openExisting(list.get(0));
        List<Patient> opened = new ArrayList<>();
        form.setOnOpenExisting(opened::add);
        typeValidPatient();

        form.save();

        assertThat(opened).extracting(Patient::id).containsExactly(existing.id());
        assertThat(registry.size()).isEqualTo(1);
    }

    @Test
    void markupAndSqlLookingNamesAreKeptVerbatim() {
        typeValidPatient();
        form.birthNameProperty().set("'; DROP TABLE patient; --");
        form.usedNameProperty().set("<html><b>x");

        form.save();

        assertThat(form.birthNameProperty().get()).isEqualTo("'; DROP TABLE patient; --");
        assertThat(form.usedNameProperty().get()).isEqualTo("<html><b>x");
        assertThat(registry.search(caller, "lucie", 10).get(0).usedName()).isEqualTo("<html><b>x");
    }

    @Test
    void leavingAnUntouchedFileAsksNothing() {
        form.startNew();
        List<String> left = new ArrayList<>();

        form.leave(() -> left.add("left"));

        assertThat(left).containsExactly("left");
        assertThat(dialogs.unsavedAsked).isEmpty();
    }

    @Test
    void leavingWithEditsAndCancelStaysWithTheEdits() {
        typeValidPatient();
        dialogs.unsavedAnswer = fr.galien.app.ui.common.DialogService.UnsavedChoice.CANCEL;
        List<String> left = new ArrayList<>();

        form.leave(() -> left.add("left"));

        assertThat(left).isEmpty();
        assertThat(dialogs.unsavedAsked).hasSize(1);
        assertThat(form.birthNameProperty().get()).isEqualTo("Zamorano");
        assertThat(registry.size()).isZero();
    }

    @Test
    void leavingWithEditsAndSaveLeavesOnlyOnceSaved() {
        typeValidPatient();
        dialogs.unsavedAnswer = fr.galien.app.ui.common.DialogService.UnsavedChoice.SAVE;
        List<String> left = new ArrayList<>();

        form.leave(() -> left.add("left"));

        assertThat(registry.size()).isEqualTo(1);
        assertThat(left).containsExactly("left");
        assertThat(form.hasUnsavedChanges()).isFalse();
    }

    @Test
    void leavingWithEditsAndAFailedSaveDoesNotLeave() {
        typeValidPatient();
        form.birthDateProperty().set("31/02/1985");
        dialogs.unsavedAnswer = fr.galien.app.ui.common.DialogService.UnsavedChoice.SAVE;
        List<String> left = new ArrayList<>();

        form.leave(() -> left.add("left"));

        assertThat(left).isEmpty();
        assertThat(form.birthDateProperty().get()).isEqualTo("31/02/1985");
    }

    @Test
    void leavingWithEditsAndDiscardDropsThem() {
        typeValidPatient();
        dialogs.unsavedAnswer = fr.galien.app.ui.common.DialogService.UnsavedChoice.DISCARD;
        List<String> left = new ArrayList<>();

        form.leave(() -> left.add("left"));

        assertThat(left).containsExactly("left");
        assertThat(registry.size()).isZero();
        assertThat(form.birthNameProperty().get()).isEmpty();
        assertThat(form.hasUnsavedChanges()).isFalse();
    }
}
