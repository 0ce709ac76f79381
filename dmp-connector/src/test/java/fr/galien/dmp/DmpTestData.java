package fr.galien.dmp;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Sex;
import fr.galien.core.port.CallIdentity;
import fr.galien.core.port.DmpPort.DmpAuthor;
import fr.galien.core.port.DmpPort.DmpDocument;
import fr.galien.core.port.DmpPort.DmpOrganisation;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.ProSanteConnectPort.AccessToken;
import fr.galien.core.port.QualifiedIns;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Invented data for the DMP client's tests: the INSi test identities that have a DMP in the simulator, a doctor's
 * PSC token, and minimal CDA N1 documents whose header agrees with the metadata (the real documents come from the
 * core's CDA builders).
 */
public final class DmpTestData {

    public static final String DOCTOR_ID = "899700000001";
    public static final Caller DOCTOR = Caller.pscProfessional(DOCTOR_ID, "Dr Invente", Role.MEDECIN, "poste-1");
    public static final String NIR_OID = "1.2.250.1.213.1.4.8";

    /** ADRUN Zoé: DMP open, access authorised, three seeded documents. */
    public static final QualifiedIns ADRUN = ins("275126322074974", NIR_OID, "ADRUN", "ZOE", Sex.F,
            LocalDate.of(1975, 12, 31));
    /** ADRTROIS Dominique: DMP open, empty. */
    public static final QualifiedIns ADRTROIS = ins("297022A02077878", NIR_OID, "ADRTROIS", "DOMINIQUE", Sex.F,
            LocalDate.of(1997, 2, 26));
    /** CORSE Anthony: opposed access. */
    public static final QualifiedIns CORSE = ins("180032B02040123", NIR_OID, "CORSE", "ANTHONY", Sex.M,
            LocalDate.of(1980, 3, 2));
    /** NESSI Michelangelo: access needs consent. */
    public static final QualifiedIns NESSI = ins("110086322083060", NIR_OID, "NESSI", "MICHELANGELO", Sex.M,
            LocalDate.of(2010, 8, 7));
    /** TCHITCHI Catarina: DMP closed. */
    public static final QualifiedIns TCHITCHI = ins("236066322083656", NIR_OID, "TCHITCHI", "CATARINA", Sex.F,
            LocalDate.of(1936, 6, 21));
    /** HOMONYME Claude (Paris): no DMP. */
    public static final QualifiedIns NO_DMP = ins("250057505610129", NIR_OID, "HOMONYME", "CLAUDE", Sex.F,
            LocalDate.of(1950, 5, 5));

    private DmpTestData() {
    }

    public static QualifiedIns ins(String matricule, String oid, String birthName, String firstName, Sex sex,
                                   LocalDate birthDate) {
        return new QualifiedIns(UUID.nameUUIDFromBytes(matricule.getBytes(StandardCharsets.UTF_8)), matricule, oid,
                new IdentityTraits(birthName, List.of(firstName), sex, BirthDate.of(birthDate), "63220"));
    }

    public static CallIdentity doctorSession(Instant now) {
        return CallIdentity.professional(new AccessToken(jwt(DOCTOR_ID, now.plusSeconds(600)), now.plusSeconds(600),
                DOCTOR_ID));
    }

    /** An unsigned JWT (the simulator does not verify signatures: ADR 0022). */
    public static String jwt(String nationalId, Instant exp) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"sub\":\"f:invente\",\"SubjectNameID\":\"" + nationalId
                + "\",\"exp\":" + exp.getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + ".";
    }

    /** A CR de consultation (11488-4, class 10) as CDA N1 for {@code ins}. */
    public static DmpDocument consultation(QualifiedIns ins, String uniqueId, String text) {
        return document(ins, uniqueId, "11488-4", "CR de consultation", "10", 1, null, text);
    }

    public static DmpDocument document(QualifiedIns ins, String uniqueId, String typeCode, String title,
                                       String classCode, int version, String replaces, String text) {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        byte[] cda = cda(ins, uniqueId, typeCode, title, version, text);
        return new DmpDocument(UUID.randomUUID(), ins, uniqueId, classCode, typeCode, "2.16.840.1.113883.6.1", title,
                "urn:ihe:iti:xds-sd:pdf:2008", title, now, now, new DmpAuthor(DOCTOR_ID, "INVENTE", "Paul", "10"),
                new DmpOrganisation("3123456789", "Cabinet du Dr Invente", "SA07", "AMBULATOIRE"), "N", replaces, cda);
    }

    public static byte[] cda(QualifiedIns ins, String uniqueId, String typeCode, String title, int version,
                             String text) {
        String pdf = Base64.getEncoder().encodeToString(("%PDF-1.4\n% " + text + "\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        String when = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").format(
                Instant.parse("2026-12-07T10:00:00Z").atOffset(ZoneOffset.UTC)) + "+0000";
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<ClinicalDocument xmlns=\"urn:hl7-org:v3\">\n"
                + "  <realmCode code=\"FR\"/>\n"
                + "  <typeId root=\"2.16.840.1.113883.1.3\" extension=\"POCD_HD000040\"/>\n"
                + "  <id root=\"" + uniqueId + "\"/>\n"
                + "  <code code=\"" + typeCode + "\" codeSystem=\"2.16.840.1.113883.6.1\"/>\n"
                + "  <title>" + title + "</title>\n"
                + "  <effectiveTime value=\"" + when + "\"/>\n"
                + "  <confidentialityCode code=\"N\" codeSystem=\"2.16.840.1.113883.5.25\"/>\n"
                + "  <languageCode code=\"fr-FR\"/>\n"
                + "  <setId root=\"2.25.777\"/><versionNumber value=\"" + version + "\"/>\n"
                + "  <recordTarget><patientRole><id root=\"" + ins.oid() + "\" extension=\"" + ins.matricule()
                + "\"/></patientRole></recordTarget>\n"
                + "  <component><nonXMLBody><text mediaType=\"application/pdf\" representation=\"B64\">" + pdf
                + "</text></nonXMLBody></component>\n"
                + "</ClinicalDocument>\n").getBytes(StandardCharsets.UTF_8);
    }
}
