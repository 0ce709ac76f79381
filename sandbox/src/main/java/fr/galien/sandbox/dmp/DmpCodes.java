package fr.galien.sandbox.dmp;

import java.util.Map;
import java.util.Set;

/** The metadata value sets the simulated DMP checks (specs §1.4): ASS_X04 type → class, formats, facilities. */
final class DmpCodes {

    /** ASS_X04-CorrespondanceType-Classe-CISIS, the pairs of specs §1.4 (a pair outside it is refused). */
    static final Map<String, String> CLASS_OF_TYPE = Map.ofEntries(
            Map.entry("11488-4", "10"), Map.entry("11490-0", "10"), Map.entry("78601-2", "10"),
            Map.entry("93024-8", "10"), Map.entry("18748-4", "31"), Map.entry("56445-0", "11"),
            Map.entry("60591-5", "11"), Map.entry("SYNTH", "11"), Map.entry("34133-9", "11"),
            Map.entry("57833-6", "42"), Map.entry("61357-0", "42"), Map.entry("75468-9", "42"),
            Map.entry("60593-1", "43"), Map.entry("DISP_AUT", "43"), Map.entry("87273-9", "52"),
            Map.entry("11369-6", "52"), Map.entry("REMB", "60"), Map.entry("11502-2", "10"),
            Map.entry("89601-9", "52"), Map.entry("96349-6", "10"), Map.entry("96173-0", "10"));

    /** JDV_J60-FormatCode-DMP (specs §1.4). */
    static final Set<String> FORMATS = Set.of("urn:ihe:iti:xds-sd:pdf:2008", "urn:ihe:iti:xds-sd:text:2008",
            "urn:ihe:pharm:pre:2010", "urn:ihe:pharm:dis:2010", "urn:ihe:pcc:ips:2020", "urn:ihe:lab:xd-lab:2008",
            "urn:asip:ci-sis:vsm:2012", "urn:asip:ci-sis:vac-note:2021", "urn:asip:ci-sis:vac:2019",
            "urn:asip:ci-sis:hr:2019", "urn:ans:ci-sis:trod:2024", "urn:asipSante:modelesHorsProfils:2011");

    /** The JDV_J02 facility codes of ambulatory practices (specs §1.4). */
    static final Set<String> FACILITIES = Set.of("SA07", "SA08", "SA09", "SA05", "SA52", "SA33", "SA39", "SA38",
            "SA56", "SA65", "SA25", "SA01");

    /** JDV_J04. */
    static final Set<String> PRACTICE_SETTINGS = Set.of("AMBULATOIRE", "ETABLISSEMENT", "AMO", "DEPISTAGE", "ESSMS",
            "HAD", "MAD", "PALLIATIF", "SAD", "SAMU_SMUR");

    /** INS OIDs a submission may carry: NIR, NIA, and the test NIR of qualification platforms (specs §2.3). */
    static final Set<String> INS_OIDS = Set.of("1.2.250.1.213.1.4.8", "1.2.250.1.213.1.4.9", "1.2.250.1.213.1.4.10");

    /** JDV_J08. */
    static final Set<String> CONFIDENTIALITY = Set.of("N", "R", "V");

    private DmpCodes() {
    }
}
