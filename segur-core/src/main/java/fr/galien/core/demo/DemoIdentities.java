package fr.galien.core.demo;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.identity.IdentificationMethod;
import fr.galien.core.domain.IdentityAttribute;
import fr.galien.core.identity.IdentityDocument;
import fr.galien.core.identity.IdentityRules;
import fr.galien.core.identity.IdentityService;
import fr.galien.core.identity.InsOid;
import fr.galien.core.identity.Matricules;
import fr.galien.core.identity.TraitsChoice;
import fr.galien.core.patient.PatientRegistry;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.InsiPort.InsIdentity;
import fr.galien.core.port.InsiPort.InsMatricule;
import fr.galien.core.security.Caller;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The INS cast of the demo practice (issue 4 §10): patients at every RNIV status and attribute, so every INS flow can
 * be shown at first start. They are created {@code provisoire} by the registry and moved on through
 * {@link IdentityService} calls — the history and the audit trail are real — using, <b>by value</b>, the INSi test
 * identities the sandbox's INSi simulator knows (CNDA vectors of specs §2.4 and invented ones; docs/sandbox.md). The
 * INSi answers are written here as the simulator returns them: seeding needs no simulator running.
 *
 * <ul>
 *   <li>qualifiée: ADRUN Zoé (INSi by traits + carte d'identité), CORSE Anthony (passeport, then INSi: the other
 *       order; Corsican 2B matricule), NESSI Michelangelo (carte Vitale + livret de famille, a minor), PROVISOIRE
 *       Matricule (a NIA, OID .4.9);</li>
 *   <li>récupérée: ECETINSI Pierre-Alain (two previous matricules in INSHISTO);</li>
 *   <li>validée: GARCIA-ESSAI Lucia, born in Spain (titre de séjour), whose NIR the simulator gives;</li>
 *   <li>provisoire, for the live flows: ADRTROIS Dominique (search by traits finds her), TCHITCHI Catarina (INSi
 *       answers CATARINA BELLA born 63220: traits side by side), HOMONYME Claude (homonyme; CR 02 until the birth
 *       place is given), HOUILLES Pierre (CR 01), and two invented identities, one douteuse, one fictive.</li>
 * </ul>
 * Ids are derived from the names, so they are the same in every demo database.
 */
public final class DemoIdentities {

    /** GARCIA-ESSAI Lucia's NIR as the simulator returns it: born 1985-04 in Spain (99 134), order 012. */
    public static final String GARCIA_ESSAI_NIR = Matricules.withKey("2850499134012");

    private DemoIdentities() {
    }

    /**
     * Creates the cast and walks each patient to its status.
     *
     * @param clock decides whether NESSI is still a minor (livret de famille) or shows a carte d'identité
     * @return the patients as they end, in the order above
     */
    public static List<Patient> seed(Caller caller, PatientRegistry registry, IdentityService identities,
                                     Clock clock) {
        List<Patient> cast = new ArrayList<>();

        Patient adrun = create(caller, registry, "ADRUN", List.of("ZOE"), Sex.F, "1975-12-31", "63220");
        adrun = accept(caller, identities, adrun, insi(adrun, "275126322074974", InsOid.NIR, List.of()),
                IdentificationMethod.INSI_TRAITS);
        cast.add(identities.validateDocument(caller, adrun.id(), adrun.version(), IdentityDocument.CARTE_IDENTITE));

        Patient corse = create(caller, registry, "CORSE", List.of("ANTHONY"), Sex.M, "1980-03-02", "2B020");
        corse = identities.validateDocument(caller, corse.id(), corse.version(), IdentityDocument.PASSEPORT);
        cast.add(accept(caller, identities, corse, insi(corse, "180032B02040123", InsOid.NIR, List.of()),
                IdentificationMethod.INSI_TRAITS));

        Patient nessi = create(caller, registry, "NESSI", List.of("MICHELANGELO"), Sex.M, "2010-08-07", "63220");
        nessi = accept(caller, identities, nessi, insi(nessi, "110086322083060", InsOid.NIR, List.of()),
                IdentificationMethod.CARTE_VITALE);
        IdentityDocument nessiDocument = IdentityRules.isMinor(nessi.birthDate(), LocalDate.now(clock))
                ? IdentityDocument.LIVRET_FAMILLE : IdentityDocument.CARTE_IDENTITE;
        cast.add(identities.validateDocument(caller, nessi.id(), nessi.version(), nessiDocument));

        Patient nia = create(caller, registry, "PROVISOIRE", List.of("MATRICULE"), Sex.M, "2009-07-01", "63220");
        nia = accept(caller, identities, nia, insi(nia, "109076322088835", InsOid.NIA, List.of()),
                IdentificationMethod.INSI_TRAITS);
        cast.add(identities.validateDocument(caller, nia.id(), nia.version(), IdentityDocument.CARTE_IDENTITE));

        Patient ecetinsi = create(caller, registry, "ECETINSI", List.of("PIERRE-ALAIN", "MURIEL", "FLORIANT"), Sex.M,
                "2009-07-14", "63220");
        cast.add(accept(caller, identities, ecetinsi, insi(ecetinsi, "109076322083489", InsOid.NIR,
                List.of("209076322083439", "209066322012355")), IdentificationMethod.INSI_TRAITS));

        Patient garcia = create(caller, registry, "GARCIA-ESSAI", List.of("LUCIA"), Sex.F, "1985-04-12", "99134");
        cast.add(identities.validateDocument(caller, garcia.id(), garcia.version(), IdentityDocument.TITRE_SEJOUR));

        cast.add(create(caller, registry, "ADRTROIS", List.of("DOMINIQUE"), Sex.F, "1997-02-26", "2A020"));
        cast.add(create(caller, registry, "TCHITCHI", List.of("Catarina"), Sex.F, "1936-06-21", null));
        Patient homonyme = create(caller, registry, "HOMONYME", List.of("CLAUDE"), Sex.F, "1950-05-05", null);
        cast.add(identities.setAttributes(caller, homonyme.id(), homonyme.version(),
                Set.of(IdentityAttribute.HOMONYME)));
        cast.add(create(caller, registry, "HOUILLES", List.of("PIERRE"), Sex.M, "1993-01-27", null));
        Patient doubtful = create(caller, registry, "INCERTAIN", List.of("Jules"), Sex.M, "1962-00-00", null);
        cast.add(identities.setAttributes(caller, doubtful.id(), doubtful.version(),
                Set.of(IdentityAttribute.DOUTEUSE)));
        Patient fictive = create(caller, registry, "ANONYME", List.of("Urgence"), Sex.F, "1990-01-01", null);
        cast.add(identities.setAttributes(caller, fictive.id(), fictive.version(), Set.of(IdentityAttribute.FICTIVE)));
        return List.copyOf(cast);
    }

    /** The id a cast member gets in every demo database. */
    public static UUID idOf(String birthName, String firstFirstName) {
        return UUID.nameUUIDFromBytes(("galien-demo-ins:" + birthName + "|" + firstFirstName)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static Patient create(Caller caller, PatientRegistry registry, String birthName, List<String> firstNames,
                                  Sex sex, String isoBirthDate, String birthPlace) {
        Patient draft = new Patient(idOf(birthName, firstNames.get(0)), birthName, null, firstNames, sex,
                BirthDate.parseIso(isoBirthDate).orElseThrow(), birthPlace, Contact.NONE, null, null, null, Set.of(),
                false, 0);
        // Cast members without a birth place stand for files made before rule 5 (INS guide) was enforced: they
        // come in like an import, and « patients incomplete » lists them for completion.
        return birthPlace == null ? registry.createAll(caller, List.of(draft)).get(0) : registry.create(caller, draft);
    }

    private static Patient accept(Caller caller, IdentityService identities, Patient patient, InsIdentity insi,
                                  IdentificationMethod method) {
        return identities.acceptInsi(caller, patient.id(), patient.version(), insi, method,
                TraitsChoice.IDENTICAL_ONLY);
    }

    /** The simulator's answer for {@code patient}: its own traits (the cast is created with INSi's). */
    private static InsIdentity insi(Patient patient, String matricule, String oid, List<String> previous) {
        String type = InsOid.NIA.equals(oid) ? "NIA" : "NIR";
        List<InsMatricule> history = previous.stream()
                .map(old -> new InsMatricule(old, oid, type, null, null)).toList();
        return new InsIdentity(new InsMatricule(matricule, oid, type, null, null), history,
                new IdentityTraits(patient.birthName(), patient.firstNames(), patient.sex(), patient.birthDate(),
                        patient.birthPlaceCode()));
    }
}
