package fr.galien.core.dmp;

import fr.galien.core.domain.Practice;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.port.DmpPort.DmpAuthor;
import fr.galien.core.port.DmpPort.DmpOrganisation;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import java.util.Map;

/**
 * The XDS/PDSm metadata the core derives for a submission (specs §1.4, §1.5): class from the type (ASS_X04), format
 * from the CDA (a level-1 body is always {@code urn:ihe:iti:xds-sd:pdf:2008}), facility and practice setting from
 * the practice, author from the professional.
 */
final class DmpMetadata {

    /** ASS_X04-CorrespondanceType-Classe-CISIS (specs §1.4) and the CI-SIS types our documents use. */
    private static final Map<String, String> CLASS_OF_TYPE = Map.ofEntries(
            Map.entry("11488-4", "10"), Map.entry("11490-0", "10"), Map.entry("78601-2", "10"),
            Map.entry("93024-8", "10"), Map.entry("18748-4", "31"), Map.entry("56445-0", "11"),
            Map.entry("60591-5", "11"), Map.entry("SYNTH", "11"), Map.entry("34133-9", "11"),
            Map.entry("57833-6", "42"), Map.entry("61357-0", "42"), Map.entry("75468-9", "42"),
            Map.entry("60593-1", "43"), Map.entry("DISP_AUT", "43"), Map.entry("87273-9", "52"),
            Map.entry("11369-6", "52"), Map.entry("REMB", "60"), Map.entry("11502-2", "10"),
            Map.entry("89601-9", "52"), Map.entry("96349-6", "10"), Map.entry("96173-0", "10"));

    /** Structured (level 3) volets and their format codes (specs §1.7). */
    private static final Map<String, String> FORMAT_OF_TYPE = Map.of(
            "SYNTH", "urn:asip:ci-sis:vsm:2012",
            "60591-5", "urn:ihe:pcc:ips:2020",
            "60593-1", "urn:ihe:pharm:dis:2010",
            "57833-6", "urn:ihe:pharm:pre:2010",
            "87273-9", "urn:asip:ci-sis:vac-note:2021",
            "11369-6", "urn:asip:ci-sis:vac:2019",
            "96173-0", "urn:ans:ci-sis:trod:2024");

    static final String PDF_FORMAT = "urn:ihe:iti:xds-sd:pdf:2008";

    private DmpMetadata() {
    }

    /** The TRE_A03 class of a JDV_J07 type; {@code 10} (compte rendu) for a type ASS_X04 does not list. */
    static String classOf(String typeCode) {
        return CLASS_OF_TYPE.getOrDefault(typeCode, "10");
    }

    static String formatOf(CdaHeaderFacts facts) {
        if (facts.nonXmlBody()) {
            return PDF_FORMAT;
        }
        return FORMAT_OF_TYPE.getOrDefault(facts.typeCode(), PDF_FORMAT);
    }

    /**
     * The structure's national id (1 + FINESS, else 3 + SIRET); a demo or training practice without either gets an
     * invented one, never a real practice (its documents are then refused by the CDA builder, {@code CDA-0007}).
     */
    static String structureId(Practice practice) {
        String id = fr.galien.core.cda.CdaOrganization.nationalIdOf(practice.finess(), practice.siret());
        if (id == null && practice.mode().simulated()) {
            return "3" + "99999999900018";
        }
        return id;
    }

    static DmpOrganisation organisation(Practice practice) {
        String id = structureId(practice) == null ? "" : structureId(practice);
        String facility = practice.profile() == PracticeProfile.OFFICINE ? "SA33" : "SA07";
        return new DmpOrganisation(id, practice.name(), facility, "AMBULATOIRE");
    }

    /** The professional as the DMP metadata names them: 8 + RPPS from the PSC session, TRE_G15 profession. */
    static DmpAuthor author(Caller caller) {
        String nationalId = caller.userId().startsWith("psc:") ? caller.userId().substring(4) : caller.userId();
        String name = caller.displayName() == null ? "" : caller.displayName().strip();
        int space = name.lastIndexOf(' ');
        String given = space > 0 ? name.substring(0, space) : null;
        String family = space > 0 ? name.substring(space + 1) : (name.isEmpty() ? null : name);
        return new DmpAuthor(nationalId, family, given, professionOf(caller.role()));
    }

    static String professionOf(Role role) {
        return switch (role) {
            case PHARMACIEN_TITULAIRE, PHARMACIEN_ADJOINT -> "21";
            case MEDECIN -> "10";
            case SAGE_FEMME -> "50";
            case INFIRMIER -> "60";
            default -> null;
        };
    }
}
