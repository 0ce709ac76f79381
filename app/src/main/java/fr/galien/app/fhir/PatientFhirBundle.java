package fr.galien.app.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.identity.InsExchange;
import fr.galien.core.i18n.Messages;
import fr.galien.core.patient.io.IoError;
import fr.galien.core.patient.io.IoMessage;
import fr.galien.core.error.SegurException;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * Exports and imports patients as a FHIR R4 {@code Bundle} (type {@code collection}) of {@code Patient}, shaped
 * after the French core profiles (hl7.fhir.fr.core: {@code fr-core-patient}, and {@code fr-core-patient-ins} when
 * an INS is carried). Mapping:
 * <ul>
 *   <li>{@code Patient.id} = our UUID; {@code entry.fullUrl} = {@code urn:uuid:<id>}; {@code active} =
 *       not archived.</li>
 *   <li>{@code name[use=official]}: {@code family} = birth name; {@code given} = first names in order; extension
 *       {@code fr-core-patient-birth-list-given-name} = the first names separated by spaces, as INSi lists them.
 *       When the INS profile applies, fr-core allows one {@code given} only: it then holds the first first name and
 *       the extension the whole list. {@code name[use=usual]}: {@code family} = used name, when there is one.</li>
 *   <li>{@code gender}: F → female, M → male, I (indéterminé) → {@code unknown}: fr-core's INS value set allows
 *       only male, female and unknown, so {@code other} is never written; on import other and unknown read as I.</li>
 *   <li>{@code birthDate}: FHIR partial dates carry INSi "lunar" dates: {@code 1980-03-00} ↔ {@code 1980-03},
 *       {@code 1980-00-00} ↔ {@code 1980}.</li>
 *   <li>Birth place: core extension {@code patient-birthPlace} whose Address carries the fr-core extension
 *       {@code fr-core-address-insee-code}, a Coding with the COG code: system TRE_R13-Commune for a commune,
 *       TRE_R20-Pays for a country ({@code 99xxx}). Import also reads {@code address.district}.</li>
 *   <li>Identity status: extension {@code fr-core-identity-reliability}, sub-extension {@code identityStatus},
 *       Coding {@code fr-core-cs-identity-status} PROV, RECUP, VALI or QUAL (the RNIV's four statuses; fr-core
 *       2.1.0 still bound this to the v2-0445 table, which lacks RECUP and QUAL, newer fr-core has the 4-code
 *       system). Import accepts these codes whatever the system; a missing extension reads as provisoire.</li>
 *   <li>INS: an {@code identifier} (system {@code urn:oid:<oid>}, value = matricule, type INS-NIR / INS-NIA /
 *       INS-NIR-TEST / INS-NIR-DEMO from the OID) is written <b>only for a qualified identity</b> with a matricule
 *       and an OID: an export is "outbound" and a non-qualified INS must not leave the practice (RNIV,
 *       decisions.md). Import reads such an identifier back.</li>
 *   <li>{@code telecom}: phone and email; {@code address[use=home]}: lines (the address split at line breaks),
 *       postal code, city.</li>
 * </ul>
 */
public final class PatientFhirBundle {

    static final String PROFILE_PATIENT = "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient";
    static final String PROFILE_PATIENT_INS = "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient-ins";
    static final String EXT_BIRTH_PLACE = "http://hl7.org/fhir/StructureDefinition/patient-birthPlace";
    static final String EXT_INSEE_CODE = "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-address-insee-code";
    static final String EXT_BIRTH_LIST_GIVEN_NAME =
            "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient-birth-list-given-name";
    static final String EXT_IDENTITY_RELIABILITY =
            "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-identity-reliability";
    static final String SUB_IDENTITY_STATUS = "identityStatus";
    static final String CS_IDENTITY_STATUS = "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-identity-status";
    static final String CS_COMMUNE = "https://mos.esante.gouv.fr/NOS/TRE_R13-Commune/FHIR/TRE-R13-Commune";
    static final String CS_COUNTRY = "https://mos.esante.gouv.fr/NOS/TRE_R20-Pays/FHIR/TRE-R20-Pays";
    static final String CS_IDENTIFIER_TYPE = "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203";
    static final String INS_OID_PREFIX = "1.2.250.1.213.1.4.";

    /** INS OIDs and their fr-core identifier type; NIA numbers are temporary ({@code use=temp}). */
    private static final Map<String, String> INS_TYPES = Map.of(
            "1.2.250.1.213.1.4.8", "INS-NIR",
            "1.2.250.1.213.1.4.9", "INS-NIA",
            "1.2.250.1.213.1.4.10", "INS-NIR-TEST",
            "1.2.250.1.213.1.4.11", "INS-NIR-DEMO");

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PatientFhirBundle.class);

    private PatientFhirBundle() {
    }

    /** Built on first use: creating a FhirContext scans the whole R4 model and costs about a second. */
    private static final class Context {
        static final FhirContext R4 = FhirContext.forR4();
    }

    static FhirContext context() {
        return Context.R4;
    }

    /** A pretty-printed JSON Bundle of type collection, one entry per patient, in the given order. */
    public static String export(List<Patient> patients) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        for (Patient patient : patients) {
            bundle.addEntry().setFullUrl("urn:uuid:" + patient.id()).setResource(toFhir(patient));
        }
        return parser().setPrettyPrint(true).encodeResourceToString(bundle);
    }

    /**
     * Reads a Bundle of Patient back.
     *
     * @throws SegurException {@link IoError#IO_0007} for text that is not FHIR JSON, {@link IoError#IO_0008} for
     *                        another resource type (top level or entry), {@link IoError#IO_0009} for a Patient with
     *                        an unreadable id, birth date, gender or identity status (numbered from 1)
     */
    public static List<Patient> parse(String json) {
        if (json == null || json.isBlank()) {
            throw new SegurException(IoError.IO_0007, "contenu vide");
        }
        FhirJsonLimits.check(json);
        IBaseResource resource;
        try {
            resource = parser().parseResource(json);
        } catch (DataFormatException | IllegalArgumentException e) {
            // HAPI explains in English and may quote values: the log gets the class, the user a French sentence.
            LOG.info("FHIR import refused by the parser: {}", e.getClass().getSimpleName());
            throw new SegurException(IoError.IO_0007, e, frenchReason(e.getMessage()));
        }
        if (!(resource instanceof Bundle bundle)) {
            throw new SegurException(IoError.IO_0008, resource.fhirType());
        }
        List<Patient> patients = new ArrayList<>();
        int number = 0;
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource r = entry.getResource();
            if (!(r instanceof org.hl7.fhir.r4.model.Patient fhir)) {
                throw new SegurException(IoError.IO_0008, r == null ? "(entrée vide)" : r.fhirType());
            }
            patients.add(fromFhir(fhir, ++number));
        }
        return patients;
    }

    private static IParser parser() {
        return context().newJsonParser();
    }

    /** HAPI's English reasons, in French: the ones an import meets, then a general sentence. */
    static String frenchReason(String message) {
        String text = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
        if (text.contains("resourcetype")) {
            return "la propriété « resourceType » est absente : ce n'est pas une ressource FHIR";
        }
        if (text.contains("unknown resource name") || text.contains("unknown resource type")) {
            return "type de ressource FHIR inconnu";
        }
        if (text.contains("does not appear to be json") || text.contains("content does not appear")) {
            return "le contenu n'est pas du JSON FHIR";
        }
        if (text.contains("expected") && text.contains("array")) {
            return "une liste était attendue à la place d'une valeur simple (ou l'inverse)";
        }
        return "structure FHIR incorrecte (le détail technique est dans le journal de Galien)";
    }

    // ---- export -------------------------------------------------------------------------------------------

    static org.hl7.fhir.r4.model.Patient toFhir(Patient p) {
        org.hl7.fhir.r4.model.Patient fhir = new org.hl7.fhir.r4.model.Patient();
        fhir.setId(p.id().toString());
        boolean ins = exportsIns(p);
        fhir.getMeta().addProfile(ins ? PROFILE_PATIENT_INS : PROFILE_PATIENT);
        fhir.setActive(!p.archived());

        Extension reliability = fhir.addExtension().setUrl(EXT_IDENTITY_RELIABILITY);
        reliability.addExtension(SUB_IDENTITY_STATUS, new Coding(CS_IDENTITY_STATUS, p.identityStatus().frCoreCode(),
                p.identityStatus().label()));
        if (notBlank(p.birthPlaceCode())) {
            Address place = new Address();
            String code = p.birthPlaceCode();
            place.addExtension(EXT_INSEE_CODE, new Coding(code.startsWith("99") ? CS_COUNTRY : CS_COMMUNE, code, null));
            fhir.addExtension(EXT_BIRTH_PLACE, place);
        }
        if (ins) {
            String type = INS_TYPES.get(p.oid());
            Identifier identifier = fhir.addIdentifier()
                    .setUse("1.2.250.1.213.1.4.9".equals(p.oid()) ? Identifier.IdentifierUse.TEMP
                            : Identifier.IdentifierUse.OFFICIAL)
                    .setSystem("urn:oid:" + p.oid()).setValue(p.matricule());
            if (type != null) {
                identifier.setType(new CodeableConcept(new Coding(CS_IDENTIFIER_TYPE, type, null)));
            }
        }

        HumanName official = fhir.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(p.birthName());
        List<String> firstNames = p.firstNames();
        if (!firstNames.isEmpty()) {
            // fr-core-patient-ins allows a single given: the first one; the list travels in the extension.
            for (String given : ins ? firstNames.subList(0, 1) : firstNames) {
                official.addGiven(given);
            }
            official.addExtension(EXT_BIRTH_LIST_GIVEN_NAME, new StringType(String.join(" ", firstNames)));
        }
        if (notBlank(p.usedName())) {
            fhir.addName().setUse(HumanName.NameUse.USUAL).setFamily(p.usedName());
        }
        if (p.sex() != null) {
            fhir.setGender(switch (p.sex()) {
                case F -> AdministrativeGender.FEMALE;
                case M -> AdministrativeGender.MALE;
                case I -> AdministrativeGender.UNKNOWN;
            });
        }
        if (p.birthDate() != null) {
            fhir.setBirthDateElement(new DateType(toFhirDate(p.birthDate())));
        }
        Contact c = p.contact();
        if (notBlank(c.phone())) {
            fhir.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(c.phone());
        }
        if (notBlank(c.email())) {
            fhir.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(c.email());
        }
        if (notBlank(c.address()) || notBlank(c.postalCode()) || notBlank(c.city())) {
            Address address = fhir.addAddress().setUse(Address.AddressUse.HOME);
            if (notBlank(c.address())) {
                for (String line : c.address().split("\\R")) {
                    address.addLine(line);
                }
            }
            address.setPostalCode(c.postalCode()).setCity(c.city());
        }
        return fhir;
    }

    /** Outbound rule: only a qualified identity may carry its INS outside the practice (RNIV; decisions.md). */
    static boolean exportsIns(Patient p) {
        return InsExchange.ifQualified(p).isPresent();
    }

    static String toFhirDate(BirthDate date) {
        if (date.month() == 0) {
            return String.format("%04d", date.year());
        }
        if (date.day() == 0) {
            return String.format("%04d-%02d", date.year(), date.month());
        }
        return date.toIso();
    }

    static Optional<BirthDate> fromFhirDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String padded = switch (text.length()) {
            case 4 -> text + "-00-00";
            case 7 -> text + "-00";
            default -> text;
        };
        return BirthDate.parseIso(padded);
    }

    // ---- import -------------------------------------------------------------------------------------------

    private static Patient fromFhir(org.hl7.fhir.r4.model.Patient fhir, int number) {
        UUID id = UUID.randomUUID();
        if (fhir.hasIdElement() && fhir.getIdElement().getIdPart() != null) {
            String idPart = fhir.getIdElement().getIdPart();
            // HAPI gives an entry's resource the entry's fullUrl as id when it is a urn:uuid.
            if (idPart.startsWith("urn:uuid:")) {
                idPart = idPart.substring("urn:uuid:".length());
            }
            try {
                id = UUID.fromString(idPart);
            } catch (IllegalArgumentException e) {
                throw invalid(number, IoMessage.FHIR_ID_INVALID, fhir.getIdElement().getIdPart());
            }
        }
        HumanName official = officialName(fhir);
        String birthName = official == null ? null : official.getFamily();
        List<String> firstNames = official == null ? List.of() : firstNames(official);
        String usedName = null;
        for (HumanName name : fhir.getName()) {
            if (name.getUse() == HumanName.NameUse.USUAL && name.hasFamily()) {
                usedName = name.getFamily();
                break;
            }
        }
        Sex sex = null;
        if (fhir.hasGender()) {
            sex = switch (fhir.getGender()) {
                case FEMALE -> Sex.F;
                case MALE -> Sex.M;
                case OTHER, UNKNOWN -> Sex.I;
                default -> throw invalid(number, IoMessage.FHIR_GENDER_UNKNOWN, fhir.getGender().toCode());
            };
        }
        BirthDate birthDate = null;
        if (fhir.hasBirthDateElement()) {
            String text = fhir.getBirthDateElement().getValueAsString();
            birthDate = fromFhirDate(text).orElseThrow(() -> invalid(number, IoMessage.FHIR_BIRTH_DATE_INVALID, text));
        }
        IdentityStatus status = IdentityStatus.PROVISOIRE;
        Extension reliability = fhir.getExtensionByUrl(EXT_IDENTITY_RELIABILITY);
        if (reliability != null) {
            Extension statusExt = reliability.getExtensionByUrl(SUB_IDENTITY_STATUS);
            if (statusExt != null && statusExt.getValue() instanceof Coding coding && coding.hasCode()) {
                status = IdentityStatus.fromCode(coding.getCode())
                        .orElseThrow(() -> invalid(number, IoMessage.FHIR_IDENTITY_STATUS_UNKNOWN, coding.getCode()));
            }
        }
        String matricule = null;
        String oid = null;
        for (Identifier identifier : fhir.getIdentifier()) {
            String system = identifier.getSystem();
            if (system != null && system.startsWith("urn:oid:" + INS_OID_PREFIX)
                    && INS_TYPES.containsKey(system.substring(8)) && identifier.hasValue()) {
                matricule = identifier.getValue();
                oid = system.substring(8);
                break;
            }
        }
        return new Patient(id, birthName, usedName, firstNames, sex, birthDate, birthPlace(fhir), contact(fhir),
                status, matricule, oid, Set.of(), fhir.hasActive() && !fhir.getActive(), 0);
    }

    private static HumanName officialName(org.hl7.fhir.r4.model.Patient fhir) {
        for (HumanName name : fhir.getName()) {
            if (name.getUse() == HumanName.NameUse.OFFICIAL) {
                return name;
            }
        }
        for (HumanName name : fhir.getName()) {
            if (!name.hasUse()) {
                return name;
            }
        }
        return fhir.hasName() ? fhir.getNameFirstRep() : null;
    }

    /**
     * The given names, unless the birth-list extension says more: when the givens joined by spaces equal the list,
     * the givens are exact (a first name may hold a space); otherwise (INS shape: one given) the list is split.
     */
    private static List<String> firstNames(HumanName name) {
        List<String> given = new ArrayList<>();
        for (StringType g : name.getGiven()) {
            if (g.getValue() != null && !g.getValue().isBlank()) {
                given.add(g.getValue());
            }
        }
        Extension list = name.getExtensionByUrl(EXT_BIRTH_LIST_GIVEN_NAME);
        if (list != null && list.getValue() instanceof StringType text && text.getValue() != null) {
            String value = text.getValue().strip();
            if (!value.isEmpty() && !value.equals(String.join(" ", given))) {
                return List.of(value.split("\\s+"));
            }
        }
        return given;
    }

    private static String birthPlace(org.hl7.fhir.r4.model.Patient fhir) {
        Extension ext = fhir.getExtensionByUrl(EXT_BIRTH_PLACE);
        if (ext == null || !(ext.getValue() instanceof Address place)) {
            return null;
        }
        Extension insee = place.getExtensionByUrl(EXT_INSEE_CODE);
        if (insee != null) {
            Type value = insee.getValue();
            if (value instanceof Coding coding && coding.hasCode()) {
                return coding.getCode();
            }
        }
        return place.hasDistrict() ? place.getDistrict() : null;
    }

    private static Contact contact(org.hl7.fhir.r4.model.Patient fhir) {
        String phone = null;
        String email = null;
        for (ContactPoint telecom : fhir.getTelecom()) {
            if (telecom.getSystem() == ContactPoint.ContactPointSystem.PHONE && phone == null) {
                phone = telecom.getValue();
            } else if (telecom.getSystem() == ContactPoint.ContactPointSystem.EMAIL && email == null) {
                email = telecom.getValue();
            }
        }
        String lines = null;
        String postalCode = null;
        String city = null;
        if (fhir.hasAddress()) {
            Address address = fhir.getAddressFirstRep();
            List<String> parts = new ArrayList<>();
            address.getLine().forEach(l -> parts.add(l.getValue()));
            lines = parts.isEmpty() ? null : String.join("\n", parts);
            postalCode = address.getPostalCode();
            city = address.getCity();
        }
        if (phone == null && email == null && lines == null && postalCode == null && city == null) {
            return Contact.NONE;
        }
        return new Contact(phone, email, lines, postalCode, city);
    }

    private static SegurException invalid(int number, IoMessage message, Object value) {
        // Numbers go in as text: French MessageFormat would print 1234 as "1 234".
        return new SegurException(IoError.IO_0009, String.valueOf(number), Messages.format(message, value));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
