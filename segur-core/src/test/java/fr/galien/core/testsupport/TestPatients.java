package fr.galien.core.testsupport;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import java.util.List;

/** Invented patients (never real people) and a caller for registry tests. */
public final class TestPatients {

    public static final Caller CALLER = new Caller("os:test", "Test", Role.PHARMACIEN_TITULAIRE, "poste-test");

    private TestPatients() {
    }

    public static Patient draft(String birthName, String firstName, String isoBirthDate) {
        return Patient.draft(birthName, null, List.of(firstName), Sex.F,
                BirthDate.parseIso(isoBirthDate).orElseThrow(), "75056", Contact.NONE);
    }

    public static Patient draft(String birthName, String usedName, List<String> firstNames, String isoBirthDate) {
        return Patient.draft(birthName, usedName, firstNames, Sex.M, BirthDate.parseIso(isoBirthDate).orElseThrow(),
                "75056", Contact.NONE);
    }
}
