package fr.galien.core.demo;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Second files for three people of the demo cast ({@link DemoPatients}), each with a mistake the counter makes, so
 * the "Doublons" worklist has work at first start: the married name typed as birth name, a name spelled another
 * way with a first name missing, day and month swapped. Written by value (the cast's names and dates), deterministic.
 */
public final class DemoDuplicates {

    private DemoDuplicates() {
    }

    public static List<Patient> generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0xD0B1E5L);
        return List.of(
                // MOREAU (used name MARTIN) Camille, 19/09/1975, Bordeaux: registered again under her married name.
                patient(random, "MARTIN", null, List.of("Camille"), Sex.F, new BirthDate(1975, 9, 19), null,
                        new Contact("06 00 00 00 31", null, "12 allée des Pins", "33000", "Bordeaux")),
                // LEFÈVRE Jérôme Étienne Gaëtan, 27/10/1981: spelled LEFEBVRE, only the first first name.
                patient(random, "LEFEBVRE", null, List.of("Jérôme"), Sex.M, new BirthDate(1981, 10, 27), "76540",
                        new Contact(null, "jerome.l@example.org", null, null, null)),
                // D'ARCY Béatrice, 07/08/1966, born in Ajaccio: day and month swapped.
                patient(random, "DARCY", null, List.of("Béatrice"), Sex.F, new BirthDate(1966, 7, 8), "2A004",
                        Contact.NONE));
    }

    private static Patient patient(SplittableRandom random, String birthName, String usedName, List<String> firstNames,
                                   Sex sex, BirthDate birthDate, String birthPlace, Contact contact) {
        return new Patient(DemoPatients.uuid(random), birthName, usedName, firstNames, sex, birthDate, birthPlace,
                contact, IdentityStatus.PROVISOIRE, null, null, Set.of(), false, 0);
    }
}
