package fr.galien.core.demo;

import fr.galien.core.domain.Animal;
import fr.galien.core.domain.AnimalSex;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.Owner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Invented clients of a vet practice with their animals, for the demo and tests. Deterministic for a seed.
 * Transponder numbers follow ISO 11784 as I-CAD prints them, 15 digits starting with {@code 250} (France), but
 * the next digits are {@code 99…}, a range chosen so that no real animal is described.
 */
public final class DemoVeterinary {

    /** One client and the animals they bring. */
    public record Household(Owner owner, List<Animal> animals) {

        public Household {
            animals = List.copyOf(animals);
        }
    }

    public static final List<String> SPECIES = List.of("chien", "chat", "NAC", "cheval");

    private static final Map<String, List<String>> BREEDS = Map.of(
            "chien", List.of("Berger allemand", "Labrador retriever", "Golden retriever", "Épagneul breton",
                    "Bouledogue français", "Beagle", "Jack Russell terrier", "Border collie", "Croisé"),
            "chat", List.of("Européen", "Maine coon", "Siamois", "Persan", "Chartreux", "Sacré de Birmanie",
                    "Bengal", "Ragdoll"),
            "NAC", List.of("Lapin nain", "Cochon d'Inde", "Furet", "Hamster doré", "Perruche ondulée",
                    "Tortue d'Hermann"),
            "cheval", List.of("Selle français", "Pur-sang", "Trotteur français", "Camargue", "Poney Shetland",
                    "Percheron"));

    private static final Map<String, List<String>> NAMES = Map.of(
            "chien", List.of("Rex", "Médor", "Filou", "Nala", "Ulysse", "Tango", "Oréo", "Pépite", "Scoubi", "Gribouille"),
            "chat", List.of("Minou", "Félix", "Caramel", "Noisette", "Pacha", "Réglisse", "Câline", "Tigrou"),
            "NAC", List.of("Caramel", "Noisette", "Pistache", "Flocon", "Bulle", "Léon"),
            "cheval", List.of("Éclair", "Quartz du Val", "Bijou", "Ulysse d'Anjou", "Tornade", "Vésuve"));

    private static final LocalDate REFERENCE_DATE = DemoPatients.REFERENCE_DATE;

    private DemoVeterinary() {
    }

    /** {@code ownerCount} households of one to four animals each, mostly dogs and cats. */
    public static List<Household> generate(long seed, int ownerCount) {
        if (ownerCount < 0) {
            throw new IllegalArgumentException("ownerCount < 0");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Household> households = new ArrayList<>(ownerCount);
        for (int i = 0; i < ownerCount; i++) {
            boolean female = random.nextBoolean();
            List<String> firstNames = female ? DemoNames.FEMALE : DemoNames.MALE;
            Contact contact = new Contact(String.format("06 00 01 %02d %02d", i / 100 % 100, i % 100),
                    "client" + i + (random.nextBoolean() ? "@example.org" : "@demo.fr-test"),
                    (1 + random.nextInt(80)) + " " + pick(random, DemoNames.STREETS), null,
                    pick(random, DemoNames.CITIES));
            Owner owner = new Owner(DemoPatients.uuid(random), pick(random, DemoNames.SURNAMES),
                    pick(random, firstNames), contact, false, 0);
            int animals = 1 + (random.nextInt(10) < 6 ? 0 : random.nextInt(4));
            List<Animal> list = new ArrayList<>(animals);
            for (int a = 0; a < animals; a++) {
                list.add(animal(random, owner));
            }
            households.add(new Household(owner, list));
        }
        return households;
    }

    private static Animal animal(SplittableRandom random, Owner owner) {
        int roll = random.nextInt(20);
        String species = roll < 9 ? "chien" : roll < 16 ? "chat" : roll < 19 ? "NAC" : "cheval";
        int maxAgeDays = switch (species) {
            case "cheval" -> 25 * 365;
            case "NAC" -> 8 * 365;
            default -> 18 * 365;
        };
        LocalDate birth = REFERENCE_DATE.minusDays(30 + random.nextInt(maxAgeDays));
        AnimalSex sex = AnimalSex.values()[random.nextInt(AnimalSex.values().length)];
        // Small NAC are rarely identified; dogs, cats and horses must be.
        String chip = "NAC".equals(species) && random.nextBoolean() ? null : transponder(random);
        return new Animal(DemoPatients.uuid(random), owner.id(), pick(random, NAMES.get(species)), species,
                pick(random, BREEDS.get(species)), sex, birth, chip, false, 0);
    }

    /** {@code 250} (France) + {@code 99} (range reserved here for invented animals) + 10 random digits. */
    static String transponder(SplittableRandom random) {
        return "25099" + String.format("%010d", random.nextLong(10_000_000_000L));
    }

    private static String pick(SplittableRandom random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
