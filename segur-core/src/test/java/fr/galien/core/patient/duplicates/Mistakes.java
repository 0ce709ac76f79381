package fr.galien.core.patient.duplicates;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Sex;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** The mistakes that make duplicates at a counter, applied to a copy of an identity (tests only). */
final class Mistakes {

    private Mistakes() {
    }

    static DuplicateCandidate apply(DuplicateCandidate c, Random random) {
        String birthName = c.birthName();
        String usedName = c.usedName();
        List<String> firstNames = new ArrayList<>(c.firstNames());
        Sex sex = c.sex();
        BirthDate date = c.birthDate();
        String place = c.birthPlaceCode();
        switch (random.nextInt(9)) {
            case 0 -> birthName = typo(birthName, random);
            case 1 -> firstNames.set(0, typo(firstNames.get(0), random));
            case 2 -> date = date.isComplete() && date.day() <= 12
                    ? new BirthDate(date.year(), date.day(), date.month()) : new BirthDate(date.year(), 0, 0);
            case 3 -> date = new BirthDate(date.year(), date.month(), 0);
            case 4 -> place = null;
            case 5 -> {
                if (usedName != null) {
                    birthName = usedName; // the married name typed as birth name
                    usedName = null;
                } else {
                    firstNames = firstNames.subList(0, 1);
                }
            }
            case 6 -> sex = sex == Sex.F ? Sex.M : Sex.F;
            case 7 -> date = dateTypo(date, random);
            default -> firstNames = firstNames.size() > 1 ? List.of(firstNames.get(1), firstNames.get(0))
                    : List.of(firstNames.get(0).toUpperCase());
        }
        return new DuplicateCandidate(UUID.randomUUID(), birthName, usedName, firstNames, sex, date, place,
                c.identityStatus(), c.matricule(), c.oid());
    }

    /** One letter replaced, dropped or doubled. */
    static String typo(String name, Random random) {
        if (name.length() < 3) {
            return name + name.charAt(name.length() - 1);
        }
        int at = 1 + random.nextInt(name.length() - 1);
        return switch (random.nextInt(3)) {
            case 0 -> name.substring(0, at) + (char) ('a' + random.nextInt(26)) + name.substring(at + 1);
            case 1 -> name.substring(0, at) + name.substring(at + 1);
            default -> name.substring(0, at) + name.charAt(at) + name.substring(at);
        };
    }

    /** One digit of the day changed, when the day stays valid. */
    static BirthDate dateTypo(BirthDate date, Random random) {
        if (!date.isComplete()) {
            return date;
        }
        int day = date.day() % 10 == 9 ? date.day() - 1 : date.day() + 1;
        try {
            return new BirthDate(date.year(), date.month(), day);
        } catch (java.time.DateTimeException e) {
            return date;
        }
    }
}
