package fr.galien.app.ui.fake;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import java.util.List;

/** A handful of invented patients (accents, hyphens, apostrophes, homonyms, lunar dates) for UI tests. */
public final class DemoPatients {

    private DemoPatients() {
    }

    public static void seed(InMemoryPatientRegistry registry) {
        add(registry, "Dupont", null, List.of("Marie", "Claire"), Sex.F, "12/03/1980");
        add(registry, "Dupont", "Martin", List.of("Élodie"), Sex.F, "02/11/1975");
        add(registry, "Dupond", null, List.of("Jean-Pierre"), Sex.M, "00/00/1951");
        add(registry, "Du Pont-Aven", null, List.of("Loïc"), Sex.M, "07/05/2001");
        add(registry, "D'Artagnan", null, List.of("Hélène", "Zoé"), Sex.F, "30/09/1992");
        add(registry, "Lefèvre", "Dupuis", List.of("François", "Xavier"), Sex.M, "00/04/1948");
        add(registry, "Nguyễn", null, List.of("Thị", "Mai"), Sex.F, "15/08/1988");
        add(registry, "<html><b>x", null, List.of("Balise"), Sex.I, "01/01/2000");
    }

    private static void add(InMemoryPatientRegistry registry, String birthName, String usedName,
                            List<String> firstNames, Sex sex, String birthDate) {
        registry.add(Patient.draft(birthName, usedName, firstNames, sex, BirthDate.parseFrench(birthDate).orElseThrow(),
                "75056", Contact.NONE));
    }
}
