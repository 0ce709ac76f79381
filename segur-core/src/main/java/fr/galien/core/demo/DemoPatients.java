package fr.galien.core.demo;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import java.time.LocalDate;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Invented French-looking patients for the demo practice, tests and benchmarks. Deterministic: the same seed and
 * count give the same patients, ids included, whatever the day (dates are drawn before {@link #REFERENCE_DATE}).
 * All {@code provisoire} without INS: nobody here is known to INSi. The identities INSi knows, at every status, are
 * {@link DemoIdentities}'s.
 * Nobody real: names are common civil-status words combined at random; phones are {@code 06 00 00 00 xx},
 * e-mails use {@code example.org} and {@code demo.fr-test}.
 */
public final class DemoPatients {

    /** Birth dates stay on or before this day so the output never depends on the clock. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2024, 12, 31);

    private static final LocalDate OLDEST = LocalDate.of(1925, 1, 1);
    private static final int DAYS = (int) (REFERENCE_DATE.toEpochDay() - OLDEST.toEpochDay()) + 1;

    private DemoPatients() {
    }

    /**
     * The demo set: first a fixed cast that shows what the registry must cope with (three pairs of twins and a
     * set of triplets, homonyms, DUPONT/DUPOND/DUPONTEL, apostrophes, hyphens, particles, married names, partial
     * birth dates, Corsican and foreign birth places, an indeterminate sex), then random patients.
     * With fewer than {@link #castSize()} patients requested, the cast is cut short.
     */
    public static List<Patient> generate(long seed, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count < 0");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Patient> patients = new ArrayList<>(count);
        for (Cast c : cast()) {
            if (patients.size() == count) {
                return patients;
            }
            patients.add(new Patient(uuid(random), c.birthName, c.usedName, c.firstNames, c.sex, c.birthDate,
                    c.birthPlace, c.contact, c.status, null, null, Set.of(), false, 0));
        }
        while (patients.size() < count) {
            patients.add(randomPatient(random, patients.size()));
        }
        return patients;
    }

    /** Number of hand-written patients at the head of {@link #generate}. */
    public static int castSize() {
        return cast().size();
    }

    /**
     * Large volumes for the search benchmark, fast and with little garbage: strings, first-name lists and birth
     * dates are shared between patients, so each one costs a {@link Patient} and a {@link UUID}. Surnames (about
     * 3,000) are drawn with a skew, like real files where a few names are very common; first names from about 500.
     */
    public static List<Patient> generateForBenchmark(long seed, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count < 0");
        }
        BenchmarkPools pools = BenchmarkPools.get();
        SplittableRandom random = new SplittableRandom(seed);
        List<Patient> patients = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean female = random.nextBoolean();
            List<List<String>> firstNames = female ? pools.femaleFirstNames : pools.maleFirstNames;
            String birthName = pools.surnames.get(skewed(random, pools.surnames.size()));
            String usedName = female && random.nextInt(4) == 0
                    ? pools.surnames.get(skewed(random, pools.surnames.size())) : null;
            patients.add(new Patient(uuid(random), birthName, usedName,
                    firstNames.get(random.nextInt(firstNames.size())), female ? Sex.F : Sex.M,
                    pools.birthDates[random.nextInt(pools.birthDates.length)],
                    DemoNames.BIRTH_PLACES.get(random.nextInt(DemoNames.BIRTH_PLACES.size())), Contact.NONE,
                    IdentityStatus.PROVISOIRE, null, null, Set.of(), false, 0));
        }
        return patients;
    }

    /** Index in [0, size) with a power-law skew: index 0 drawn about 0.5 % of the time out of 3,000. */
    private static int skewed(SplittableRandom random, int size) {
        return Math.min(size - 1, (int) (size * Math.pow(random.nextDouble(), 1.6)));
    }

    private static Patient randomPatient(SplittableRandom random, int index) {
        boolean female = random.nextBoolean();
        List<String> pool = female ? DemoNames.FEMALE : DemoNames.MALE;
        int count = 1 + random.nextInt(3);
        List<String> firstNames = new ArrayList<>(count);
        while (firstNames.size() < count) {
            String name = pool.get(random.nextInt(pool.size()));
            if (!firstNames.contains(name)) {
                firstNames.add(name);
            }
        }
        String birthName = pick(random, DemoNames.SURNAMES);
        String usedName = null;
        if (female && random.nextInt(4) == 0) {
            usedName = pick(random, DemoNames.SURNAMES);
            if (usedName.equals(birthName)) {
                usedName = null;
            }
        }
        LocalDate day = OLDEST.plusDays(random.nextInt(DAYS));
        BirthDate birthDate = switch (random.nextInt(40)) {
            case 0 -> new BirthDate(day.getYear(), 0, 0);
            case 1 -> new BirthDate(day.getYear(), day.getMonthValue(), 0);
            default -> BirthDate.of(day);
        };
        Contact contact = Contact.NONE;
        if (random.nextInt(3) == 0) {
            String city = pick(random, DemoNames.CITIES);
            contact = new Contact(String.format("06 00 00 %02d %02d", index / 100 % 100, index % 100),
                    random.nextBoolean() ? "patient" + index + "@example.org" : "patient" + index + "@demo.fr-test",
                    (1 + random.nextInt(120)) + " " + pick(random, DemoNames.STREETS),
                    String.format("%02d%03d", 1 + random.nextInt(95), random.nextInt(100) * 10), city);
        }
        // Invented people, unknown to INSi: provisional without INS. The draw once chose a status; it stays so that
        // the seeded sequence, hence the names in the docs and screenshots, does not move.
        random.nextInt(5);
        return new Patient(uuid(random), birthName, usedName, firstNames, female ? Sex.F : Sex.M, birthDate,
                pick(random, DemoNames.BIRTH_PLACES), contact, IdentityStatus.PROVISOIRE, null, null, Set.of(), false,
                0);
    }

    private static String pick(SplittableRandom random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A version-4 UUID drawn from the seeded generator, so ids are reproducible too. */
    static UUID uuid(SplittableRandom random) {
        long msb = (random.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    private record Cast(String birthName, String usedName, List<String> firstNames, Sex sex, BirthDate birthDate,
                        String birthPlace, Contact contact, IdentityStatus status) {
    }

    private static Cast f(String birthName, String usedName, String firstNames, String date, String place) {
        return person(birthName, usedName, firstNames, Sex.F, date, place);
    }

    private static Cast m(String birthName, String usedName, String firstNames, String date, String place) {
        return person(birthName, usedName, firstNames, Sex.M, date, place);
    }

    private static Cast person(String birthName, String usedName, String firstNames, Sex sex, String date,
                               String place) {
        return new Cast(birthName, usedName, List.of(firstNames.split(" ")), sex,
                BirthDate.parseIso(date).orElseThrow(), place, Contact.NONE, IdentityStatus.PROVISOIRE);
    }

    private static Cast withContact(Cast c, int n, String email) {
        return new Cast(c.birthName, c.usedName, c.firstNames, c.sex, c.birthDate, c.birthPlace,
                new Contact(String.format("06 00 00 00 %02d", n), email, n + " rue des Lilas", "35000", "Rennes"),
                c.status);
    }

    /** First names are space-separated here only for brevity; compounds use hyphens. */
    private static List<Cast> cast() {
        return List.of(
                // Twins (same birth name and birth date, different first names) and triplets.
                f("MARTIN-DUPONT", null, "Éloïse Marie", "2012-06-14", "35238"),
                f("MARTIN-DUPONT", null, "Anaïs Claire", "2012-06-14", "35238"),
                m("LE GALL", null, "Jean-Pierre", "1985-09-03", "29019"),
                m("LE GALL", null, "François Yves", "1985-09-03", "29019"),
                f("DE LA FONTAINE", null, "Hélène", "1999-12-24", "75115"),
                m("DE LA FONTAINE", null, "Noël", "1999-12-24", "75115"),
                m("N'DIAMBO", null, "Lucas", "2018-02-11", "97411"),
                m("N'DIAMBO", null, "Léo", "2018-02-11", "97411"),
                f("N'DIAMBO", null, "Maëlle", "2018-02-11", "97411"),
                // Homonyms: same names, different birth dates.
                withContact(m("DUPONT", null, "Jean Louis", "1950-01-15", "75056"), 1, "jean.dupont@example.org"),
                m("DUPONT", null, "Jean", "1978-07-02", "69123"),
                m("DUPONT", null, "Jean Michel", "1992-11-30", "13055"),
                f("PETIT", null, "Marie", "1961-04-18", "59350"),
                f("PETIT", null, "Marie", "1987-10-09", "59350"),
                // DUPO… look-alikes, so that typing "dupo" finds several.
                f("DUPOND", null, "Marie-Thérèse", "1948-06-00", "21231"),
                f("DUPONTEL", null, "Béatrice Agnès", "1972-02-29", "67482"),
                f("LEROY", "DUPONT", "Sophie", "1983-05-21", "44109"),
                m("DUPONT", null, "Noël", "1952-00-00", "99350"),
                // Apostrophes and particles.
                withContact(f("D'ARCY", null, "Béatrice", "1966-08-07", "2A004"), 2, "b.darcy@demo.fr-test"),
                m("L'HERMITE", null, "François", "1958-03-12", "2B033"),
                m("O'KERRIGAN", null, "Loïc", "1990-01-01", "99109"),
                f("DE L'ISLE", "D'ALMEIDA", "Hélène Françoise", "1979-11-11", "2A247"),
                m("DE SAINT-EXUPÉRY", null, "Marc-Antoine", "2001-07-14", "06088"),
                f("VAN DER BEKE", null, "Anne-Sophie", "1995-03-00", "99134"),
                // Married women: used name differs from birth name.
                withContact(f("MOREAU", "MARTIN", "Camille", "1975-09-19", "33063"), 3, "camille.m@example.org"),
                f("GIRARD", "LEROY-BEAULIEU", "Noëlle Anne", "1969-12-02", "31555"),
                f("ÉTIENNE", "BÉRANGER", "Geneviève", "1944-04-04", "63113"),
                // Accents in birth names, compound first names, an indeterminate sex, a long name.
                m("LEFÈVRE", null, "Jérôme Étienne Gaëtan", "1981-10-27", "76540"),
                f("MÉNARD", null, "Joëlle", "1938-00-00", "99127"),
                new Cast("DUBOIS-MÉNARD", null, List.of("Camille"), Sex.I, new BirthDate(2020, 5, 5), "97209",
                        Contact.NONE, IdentityStatus.PROVISOIRE),
                f("FRANÇOIS", "CÔTÉ", "Marie-Noëlle Héloïse", "1956-06-06", "80021"),
                withContact(m("HÉBERT", null, "Benoît", "2004-02-02", "99352"), 4, "benoit.h@demo.fr-test"));
    }

    /** Birth dates and first-name lists shared by every benchmark patient. */
    private static final class BenchmarkPools {
        private static volatile BenchmarkPools instance;

        final List<String> surnames = DemoNames.benchmarkSurnames();
        final List<List<String>> femaleFirstNames = combine(DemoNames.benchmarkFemaleNames());
        final List<List<String>> maleFirstNames = combine(DemoNames.benchmarkMaleNames());
        final BirthDate[] birthDates = new BirthDate[DAYS];

        private BenchmarkPools() {
            for (int i = 0; i < DAYS; i++) {
                LocalDate day = OLDEST.plusDays(i);
                // About one in a hundred is a partial "lunar" date as INSi returns them.
                birthDates[i] = i % 100 == 7 ? new BirthDate(day.getYear(), day.getMonthValue(), 0)
                        : i % 100 == 53 ? new BirthDate(day.getYear(), 0, 0) : BirthDate.of(day);
            }
        }

        static BenchmarkPools get() {
            BenchmarkPools pools = instance;
            if (pools == null) {
                synchronized (BenchmarkPools.class) {
                    pools = instance;
                    if (pools == null) {
                        pools = new BenchmarkPools();
                        instance = pools;
                    }
                }
            }
            return pools;
        }

        /** Single first names, then some two-name lists, built once. */
        private static List<List<String>> combine(List<String> names) {
            List<List<String>> lists = new ArrayList<>();
            for (String name : names) {
                lists.add(List.of(name));
            }
            SplittableRandom random = new SplittableRandom(500L);
            for (int i = 0; i < names.size(); i++) {
                String second = names.get(random.nextInt(names.size()));
                if (!second.equals(names.get(i))) {
                    lists.add(List.of(names.get(i), second));
                }
            }
            return List.copyOf(lists);
        }
    }
}
