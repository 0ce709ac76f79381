package fr.galien.sandbox.insi;

import static fr.galien.sandbox.insi.ElementRule.UNBOUNDED;
import static fr.galien.sandbox.insi.ElementRule.complex;
import static fr.galien.sandbox.insi.ElementRule.simple;

/**
 * The INSi request schemas, rewritten by hand from the XSD of the contract (specs §2.1; files under
 * {@code ../shared/specs/insi/xsd}, never shipped): {@code INSi_RECSANS_INS.xsd}, {@code INSi_RECVITALE_INS.xsd},
 * {@code CTX/ROOT_ctxbam_CTXBAM_V01_02.xsd}, {@code CTX/ROOT_ctxlps_CTXLPS_V01_00.xsd}. Only what the XSD says:
 * the service's stricter functional rules live in {@link RequestReader} and {@link ContextCheck}.
 */
final class InsiSchemas {

    /** ctxbam PATTERN0_CTXBAM_TypesComplexes_NIR_Num (also NIRCertifie_Num). */
    private static final SimpleType BAM_NIR_NUM = SimpleType.pattern("13 caractères, ex. 180032B020401",
            "\\d{6}[AB0-9]{1}\\d{6}");
    private static final SimpleType TWO_DIGITS = SimpleType.pattern("2 chiffres", "\\d{2}");

    /** ctxbam:ContexteBAM (V01_02): Id, Temps and COUVERTURE required; Version attribute required. */
    static final ElementRule CONTEXTE_BAM = complex(InsiNames.CTXBAM, "ContexteBAM", 1, 1,
            simple(InsiNames.CTXBAM, "Id", 1, 1, SimpleType.STRING),
            simple(InsiNames.CTXBAM, "Temps", 1, 1, SimpleType.DATE_TIME),
            simple(InsiNames.CTXBAM, "Emetteur", 0, 1, SimpleType.STRING),
            simple(InsiNames.CTXBAM, "DateRef", 0, 1, SimpleType.DATE_TIME),
            complex(InsiNames.CTXBAM, "COUVERTURE", 1, 1,
                    simple(InsiNames.CTXBAM, "GrandRegime", 0, 1, SimpleType.STRING),
                    simple(InsiNames.CTXBAM, "Organisme", 0, 1, SimpleType.STRING),
                    simple(InsiNames.CTXBAM, "CodeCentre", 0, 1, SimpleType.STRING),
                    complex(InsiNames.CTXBAM, "ASSURE", 0, 1,
                            complex(InsiNames.CTXBAM, "Id", 0, 1,
                                    simple(InsiNames.CTXBAM, "Num", 0, 1, BAM_NIR_NUM),
                                    simple(InsiNames.CTXBAM, "Cle", 0, 1, TWO_DIGITS))),
                    complex(InsiNames.CTXBAM, "BENEFICIAIRE", 0, 1,
                            complex(InsiNames.CTXBAM, "Nir", 0, 1,
                                    simple(InsiNames.CTXBAM, "Num", 0, 1, BAM_NIR_NUM),
                                    simple(InsiNames.CTXBAM, "Cle", 0, 1, TWO_DIGITS),
                                    simple(InsiNames.CTXBAM, "DateCertification", 0, 1, SimpleType.DATE)),
                            simple(InsiNames.CTXBAM, "DateNai", 0, 1,
                                    SimpleType.pattern("AAAA-MM-JJ", "\\d{4}-\\d{2}-\\d{2}")),
                            simple(InsiNames.CTXBAM, "Rang", 0, 1, SimpleType.INTEGER),
                            simple(InsiNames.CTXBAM, "Porteur", 0, 1, SimpleType.pattern("1 chiffre", "\\d{1}")))))
            .withAttributes(AttributeRule.optional("Nature", SimpleType.pattern("CTXBAM", "CTXBAM")),
                    AttributeRule.required("Version", SimpleType.STRING));

    /** ctxlps:ContexteLPS (V01_00): Id and Temps required, LPS optional in the XSD. */
    static final ElementRule CONTEXTE_LPS = complex(InsiNames.CTXLPS, "ContexteLPS", 1, 1,
            simple(InsiNames.CTXLPS, "Id", 1, 1, SimpleType.STRING),
            simple(InsiNames.CTXLPS, "Temps", 1, 1, SimpleType.DATE_TIME),
            simple(InsiNames.CTXLPS, "Emetteur", 0, 1, SimpleType.STRING),
            complex(InsiNames.CTXLPS, "LPS", 0, 1,
                    simple(InsiNames.CTXLPS, "IDAM", 0, 1, SimpleType.STRING)
                            .withAttributes(AttributeRule.optional("R", SimpleType.STRING)),
                    simple(InsiNames.CTXLPS, "Version", 0, 1, SimpleType.STRING),
                    simple(InsiNames.CTXLPS, "Instance", 0, 1, SimpleType.STRING),
                    simple(InsiNames.CTXLPS, "Nom", 0, 1, SimpleType.STRING)))
            .withAttributes(AttributeRule.optional("Nature", SimpleType.pattern("CTXLPS", "CTXLPS")),
                    AttributeRule.required("Version", SimpleType.STRING));

    /** insi_recsans_ins:RECSANSVITALE (type TraitsDIdentite): every element optional, all plain strings. */
    static final ElementRule RECSANSVITALE = complex(InsiNames.RECSANS, "RECSANSVITALE", 1, 1,
            simple(InsiNames.RECSANS, "NomNaissance", 0, 1, SimpleType.STRING),
            simple(InsiNames.RECSANS, "Prenom", 0, UNBOUNDED, SimpleType.STRING),
            simple(InsiNames.RECSANS, "Sexe", 0, 1, SimpleType.STRING),
            simple(InsiNames.RECSANS, "DateNaissance", 0, 1, SimpleType.STRING),
            simple(InsiNames.RECSANS, "LieuNaissance", 0, 1, SimpleType.STRING));

    /** insi_recvit_ins:RECVITALE (type Beneficiaire): every element optional, all plain strings. */
    static final ElementRule RECVITALE = complex(InsiNames.RECVIT, "RECVITALE", 1, 1,
            matricule("MatriculeIndividu"),
            matricule("MatriculeOD"),
            simple(InsiNames.RECVIT, "NomNaissance", 0, 1, SimpleType.STRING),
            simple(InsiNames.RECVIT, "DateNaissance", 0, 1, SimpleType.STRING),
            simple(InsiNames.RECVIT, "RangNaissance", 0, 1, SimpleType.STRING));

    private InsiSchemas() {
    }

    private static ElementRule matricule(String name) {
        return complex(InsiNames.RECVIT, name, 0, 1,
                simple(InsiNames.RECVIT, "NumIdentifiant", 0, 1, SimpleType.STRING),
                simple(InsiNames.RECVIT, "Cle", 0, 1, SimpleType.STRING),
                simple(InsiNames.RECVIT, "TypeMatricule", 0, 1, SimpleType.STRING));
    }
}
