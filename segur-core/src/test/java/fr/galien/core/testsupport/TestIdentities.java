package fr.galien.core.testsupport;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.identity.IdentificationMethod;
import fr.galien.core.identity.IdentityDocument;
import fr.galien.core.identity.IdentityService;
import fr.galien.core.identity.InsOid;
import fr.galien.core.identity.TraitsChoice;
import fr.galien.core.patient.PatientRegistry;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.InsiPort.InsIdentity;
import fr.galien.core.port.InsiPort.InsMatricule;
import fr.galien.core.security.Caller;
import java.util.List;

/**
 * CNDA/INSi test identities (specs §2.4, by value) and the way to make a qualified patient in a test: the registry
 * creates every patient {@code provisoire}, only {@link IdentityService} qualifies (INSi answer + document).
 */
public final class TestIdentities {

    private TestIdentities() {
    }

    /** ADRUN ZOE F 1975-12-31 63220, 275126322074974, NIR. */
    public static InsIdentity adrun() {
        return insi("ADRUN", List.of("ZOE"), Sex.F, "1975-12-31", "63220", "275126322074974", InsOid.NIR);
    }

    /** CORSE ANTHONY M 1980-03-02 2B020, 180032B02040123 (Corsica key). */
    public static InsIdentity corse() {
        return insi("CORSE", List.of("ANTHONY"), Sex.M, "1980-03-02", "2B020", "180032B02040123", InsOid.NIR);
    }

    /** HERMANN GATIEN M 1981-03-24 63220, 181036322045660: a key that does not verify (CNDA synthetic data). */
    public static InsIdentity hermann() {
        return insi("HERMANN", List.of("GATIEN"), Sex.M, "1981-03-24", "63220", "181036322045660", InsOid.NIR);
    }

    /** TCHITCHI CATARINA BELLA F 1936-06-21 63220, 236066322083656. */
    public static InsIdentity tchitchi() {
        return insi("TCHITCHI", List.of("CATARINA", "BELLA"), Sex.F, "1936-06-21", "63220", "236066322083656",
                InsOid.NIR);
    }

    public static InsIdentity insi(String birthName, List<String> firstNames, Sex sex, String isoBirthDate,
                                   String birthPlace, String matricule, String oid) {
        return new InsIdentity(new InsMatricule(matricule, oid, InsOid.NIA.equals(oid) ? "NIA" : "NIR", null, null),
                List.of(), new IdentityTraits(birthName, firstNames, sex, BirthDate.parseIso(isoBirthDate).orElseThrow(),
                birthPlace));
    }

    /** A local draft carrying exactly the traits of {@code insi} (so accepting it needs no choice). */
    public static Patient draftOf(InsIdentity insi) {
        IdentityTraits t = insi.traits();
        return Patient.draft(t.birthName(), null, t.firstNames(), t.sex(), t.birthDate(), t.birthPlaceCode(),
                Contact.NONE);
    }

    /** Creates {@code insi}'s patient and qualifies it: INSi answer by traits, then a national identity card. */
    public static Patient qualified(PatientRegistry registry, IdentityService identities, Caller caller,
                                    InsIdentity insi) {
        return qualifiedFrom(identities, caller, registry.create(caller, draftOf(insi)), insi);
    }

    /** Qualifies an existing provisional patient whose traits are {@code insi}'s. */
    public static Patient qualifiedFrom(IdentityService identities, Caller caller, Patient provisional,
                                        InsIdentity insi) {
        Patient recovered = identities.acceptInsi(caller, provisional.id(), provisional.version(), insi,
                IdentificationMethod.INSI_TRAITS, TraitsChoice.IDENTICAL_ONLY);
        return identities.validateDocument(caller, recovered.id(), recovered.version(), IdentityDocument.CARTE_IDENTITE);
    }
}
