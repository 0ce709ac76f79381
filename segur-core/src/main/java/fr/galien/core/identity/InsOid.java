package fr.galien.core.identity;

/** OIDs of the INS matricule's nature (specs §2.3). Stored bare, as INSi returned them. */
public final class InsOid {

    /** INS-NIR. INSi qualification (test) answers carry it too. */
    public static final String NIR = "1.2.250.1.213.1.4.8";
    /** INS-NIA: provisional number when there is no NIR. */
    public static final String NIA = "1.2.250.1.213.1.4.9";
    /** INS-NIR of test documents (ANS examples, test platforms). */
    public static final String NIR_TEST = "1.2.250.1.213.1.4.10";
    /** INS-NIR of demonstration documents. */
    public static final String NIR_DEMO = "1.2.250.1.213.1.4.11";

    private InsOid() {
    }

    /** True for the four OIDs above. */
    public static boolean isKnown(String oid) {
        return NIR.equals(oid) || NIA.equals(oid) || NIR_TEST.equals(oid) || NIR_DEMO.equals(oid);
    }
}
