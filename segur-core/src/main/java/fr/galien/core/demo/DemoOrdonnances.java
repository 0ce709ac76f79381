package fr.galien.core.demo;

import fr.galien.core.domain.Animal;
import fr.galien.core.domain.AnimalSex;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.Owner;
import fr.galien.core.domain.Sex;
import fr.galien.core.ordonnance.NonSubstitution;
import fr.galien.core.ordonnance.Ordonnance;
import fr.galien.core.ordonnance.OrdonnanceDelivery;
import fr.galien.core.ordonnance.OrdonnanceLine;
import fr.galien.core.ordonnance.OrdonnancePatient;
import fr.galien.core.ordonnance.Posology;
import fr.galien.core.ordonnance.PracticeHeader;
import fr.galien.core.ordonnance.Prescriber;
import fr.galien.core.ordonnance.TreatmentDuration;
import fr.galien.core.ordonnance.VetOrdonnance;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Invented ordonnances (practices, prescribers and patients that do not exist; the qualified patient carries the
 * official INSi test identity ADRUN ZOE, specs §2.4) for the benchmark, tests and screenshots.
 */
public final class DemoOrdonnances {

    /** The identifier printed in the ANS CDA example (specs §4.3). */
    public static final String SAMPLE_IDENTIFIER = "01S2TBPZ2JCNZZYGHZ";
    public static final LocalDate DATE = LocalDate.of(2026, 12, 7);

    private DemoOrdonnances() {
    }

    public static PracticeHeader cabinet() {
        return new PracticeHeader("Cabinet médical des Tilleuls", List.of("12 rue des Acacias", "63000 Clermont-Ferrand"),
                "04 73 00 00 00", "cabinet.tilleuls@demo.invalid", null, "Clermont-Ferrand");
    }

    public static Prescriber doctor() {
        return new Prescriber("Dr Élise Démo-Invente", "Médecin généraliste", "10000000001", "631234567");
    }

    /** ADRUN ZOE, qualified, with a used name. */
    public static OrdonnancePatient qualifiedPatient() {
        return new OrdonnancePatient(true, "ADRUN", "Lefèvre", List.of("ZOE"), Sex.F, new BirthDate(1975, 12, 31));
    }

    public static OrdonnancePatient provisionalPatient() {
        return new OrdonnancePatient(false, "Nœud-Éclair", null, List.of("Gaëlle", "Anaïs"), Sex.F,
                new BirthDate(2019, 4, 3));
    }

    public static List<OrdonnanceLine> lines() {
        return List.of(
                new OrdonnanceLine("PARACÉTAMOL 1 g, comprimé", "3400930000001",
                        Posology.structured(BigDecimal.ONE, "comprimé", 3, Posology.Period.JOUR,
                                "espacer les prises d'au moins 6 heures"), TreatmentDuration.days(5),
                        "1 boîte de 8 comprimés", 0, null, false, null),
                new OrdonnanceLine("LÉVOTHYROXINE SODIQUE 75 µg, comprimé sécable", "3400930000002",
                        Posology.structured(BigDecimal.ONE, "comprimé", 1, Posology.Period.JOUR,
                                "le matin à jeun"), new TreatmentDuration(3, TreatmentDuration.Unit.MOIS),
                        "3 boîtes", 3, NonSubstitution.MTE, false, null),
                new OrdonnanceLine("AMOXICILLINE 500 mg, gélule", "3400930000003",
                        Posology.structured(new BigDecimal("2"), "gélule", 2, Posology.Period.JOUR,
                                "au cours des repas"), TreatmentDuration.days(7), "2 boîtes", 0, null, false, null));
    }

    /** The same lines, the levothyroxine related to the ALD (bizone layout). */
    public static List<OrdonnanceLine> aldLines() {
        List<OrdonnanceLine> plain = lines();
        OrdonnanceLine levo = plain.get(1);
        return List.of(plain.get(0), new OrdonnanceLine(levo.drugLabel(), levo.cip13(), levo.posology(),
                levo.duration(), levo.quantity(), levo.renewals(), levo.nonSubstitutable(), true, null),
                new OrdonnanceLine("Bandelettes d'autosurveillance glycémique", null,
                        Posology.free("3 contrôles par jour, avant les repas"), new TreatmentDuration(3,
                        TreatmentDuration.Unit.MOIS), "300 bandelettes", 0, null, true, null), plain.get(2));
    }

    public static Ordonnance electronic() {
        return new Ordonnance(cabinet(), doctor(), qualifiedPatient(), DATE, "Clermont-Ferrand", lines(),
                new OrdonnanceDelivery.Electronic(SAMPLE_IDENTIFIER));
    }

    public static Ordonnance electronicBizone() {
        return new Ordonnance(cabinet(), doctor(), qualifiedPatient(), DATE, "Clermont-Ferrand", aldLines(),
                new OrdonnanceDelivery.Electronic(SAMPLE_IDENTIFIER));
    }

    public static Ordonnance paperOnly() {
        return new Ordonnance(cabinet(), doctor(), provisionalPatient(), DATE, "Clermont-Ferrand", List.of(
                new OrdonnanceLine("IBUPROFÈNE 20 mg/mL, suspension buvable (enfant)", null,
                        Posology.free("1 dose-poids de 7,5 kg toutes les 8 heures si fièvre, sans dépasser "
                                + "3 doses par jour"), TreatmentDuration.days(3), "1 flacon", 0, NonSubstitution.EFG,
                        false, null)),
                new OrdonnanceDelivery.PaperOnly(OrdonnanceDelivery.PaperReason.IDENTITY_NOT_QUALIFIED));
    }

    public static VetOrdonnance vet(long number) {
        Owner owner = new Owner(UUID.fromString("00000000-0000-4000-8000-0000000000a1"), "Démo-Bérenger", "Loïc",
                new Contact("06 00 00 00 00", null, "3 chemin des Écureuils", "63400", "Chamalières"), false, 1);
        Animal animal = new Animal(UUID.fromString("00000000-0000-4000-8000-0000000000b1"), owner.id(), "Réglisse",
                "chien", "Épagneul breton", AnimalSex.FEMELLE_STERILISEE, LocalDate.of(2019, 5, 14),
                "250999000000017", false, 1);
        PracticeHeader clinic = new PracticeHeader("Clinique vétérinaire du Puy", List.of("8 avenue des Volcans",
                "63000 Clermont-Ferrand"), "04 73 99 99 99", null, null, "Clermont-Ferrand");
        Prescriber vet = new Prescriber("Dr Margaux Invente", "Docteur vétérinaire", null, "99999");
        return new VetOrdonnance(clinic, vet, number, animal, owner, DATE, "Clermont-Ferrand", List.of(
                new OrdonnanceLine("MÉLOXICAM 1,5 mg/mL, suspension buvable pour chiens", null,
                        Posology.free("0,1 mg/kg une fois par jour (1 graduation de la seringue par kg) dans la "
                                + "nourriture"), TreatmentDuration.days(10), "1 flacon de 32 mL", 0, null, false,
                        null),
                new OrdonnanceLine("Amoxicilline + acide clavulanique 250 mg, comprimé appétent", null,
                        Posology.structured(BigDecimal.ONE, "comprimé", 2, Posology.Period.JOUR, null),
                        TreatmentDuration.days(7), "1 boîte de 14 comprimés", 0, null, false,
                        "sans objet (animal de compagnie)")));
    }
}
