package fr.galien.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.SegurException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The INS datamatrix text (specs §2.6): exact layout, round trips, forgiving scans, coded refusals. */
class InsDatamatrixTest {

    private static final String GS = "\u001D";
    private static final DatamatrixIdentity ADRUN = new DatamatrixIdentity("275126322074974", InsOid.NIR,
            List.of("ZOE"), "ADRUN", Sex.F, new BirthDate(1975, 12, 31), "63220");

    @Test
    void encodesHeaderFieldsInOrderAndGsAfterShortVariableFields() {
        assertThat(InsDatamatrix.encode(ADRUN)).isEqualTo("IS01" + "0".repeat(22)
                + "S1275126322074974" + "S21.2.250.1.213.1.4.8" + GS + "S3ZOE" + GS + "S4ADRUN" + GS
                + "S5F" + "S631-12-1975" + "S763220");
    }

    @Test
    void aTwentyCharacterOidTakesNoGs() {
        DatamatrixIdentity test = new DatamatrixIdentity("275126322074974", InsOid.NIR_TEST, List.of("ZOE"), "ADRUN",
                Sex.F, new BirthDate(1975, 12, 31), null);

        String text = InsDatamatrix.encode(test);

        assertThat(text).contains("S21.2.250.1.213.1.4.10S3ZOE" + GS).endsWith("S631-12-1975");
        assertThat(InsDatamatrix.parse(text)).isEqualTo(test);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ADRUN       | 275126322074974 | 1.2.250.1.213.1.4.8 | ZOE                          | F | 1975-12-31 | 63220",
            "ECETINSI    | 109076322083489 | 1.2.250.1.213.1.4.8 | PIERRE-ALAIN MURIEL FLORIANT | M | 2009-07-14 | 63220",
            "CORSE       | 180032B02040123 | 1.2.250.1.213.1.4.8 | ANTHONY                      | M | 1980-03-02 | 2B020",
            "PROVISOIRE  | 109076322088835 | 1.2.250.1.213.1.4.9 | MATRICULE                    | M | 2009-07-01 | 63220",
            "DE VINCI    | 114026322012345 | 1.2.250.1.213.1.4.8 | LEONARDO                     | M | 2014-02-01 |",
            "N'DIAMBO    | 218029741101234 | 1.2.250.1.213.1.4.8 | MAELLE                       | F | 2018-00-00 | 97411"})
    void roundTrips(String name, String matricule, String oid, String firstNames, Sex sex, String date, String place) {
        DatamatrixIdentity identity = new DatamatrixIdentity(matricule, oid, List.of(firstNames.split(" ")), name, sex,
                BirthDate.parseIso(date).orElseThrow(), place);

        assertThat(InsDatamatrix.parse(InsDatamatrix.encode(identity))).isEqualTo(identity);
    }

    @Test
    void scannerVariantsAreAccepted() {
        String text = InsDatamatrix.encode(ADRUN);

        assertThat(InsDatamatrix.parse("]d2" + text + "\r\n")).isEqualTo(ADRUN);
        assertThat(InsDatamatrix.parse(text.replace(GS, "<GS>"))).isEqualTo(ADRUN);
        assertThat(InsDatamatrix.parse(text.replace(GS, ""))).as("GS dropped by a keyboard wedge").isEqualTo(ADRUN);
        assertThat(InsDatamatrix.parse(text.replace(GS, " "))).as("GS turned into a space").isEqualTo(ADRUN);
    }

    @Test
    void fieldsMayComeInAnyOrderAndS7IsOptional() {
        String text = InsDatamatrix.HEADER + "S1118058599124123S21.2.250.1.213.1.4.8 S3FIRST NAMETEST S5M"
                + "S618-06-1985S713201S4LASTNAMETEST";

        DatamatrixIdentity identity = InsDatamatrix.parse(text);

        assertThat(identity.firstNames()).containsExactly("FIRST", "NAMETEST");
        assertThat(identity.birthName()).isEqualTo("LASTNAMETEST");
        assertThat(identity.birthPlaceCode()).isEqualTo("13201");
        assertThat(identity.birthDate()).isEqualTo(new BirthDate(1985, 6, 18));
    }

    @Test
    void aKeyThatDoesNotVerifyIsFlaggedNotRefused() {
        DatamatrixIdentity hermann = InsDatamatrix.parse(InsDatamatrix.HEADER + "S1181036322045660S2"
                + InsOid.NIR + GS + "S3GATIEN" + GS + "S4HERMANN" + GS + "S5MS624-03-1981S763220");

        assertThat(hermann.keyVerifies()).isFalse();
        assertThat(hermann.traits().birthName()).isEqualTo("HERMANN");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "''                                                                 | INS-0060",
            "HELLO                                                              | INS-0061",
            "IS0200000000000000000000000S1275126322074974                       | INS-0061",
            "<H>S1275126322074974S21.2.250.1.213.1.4.8<GS>S3ZOE<GS>S5FS631-12-1975 | INS-0062",
            "<H>S1275126322074974S3ZOE<GS>S4ADRUN<GS>S5FS631-12-1975              | INS-0062",
            "<H>S12751263220749S21.2.250.1.213.1.4.8<GS>S3ZOE<GS>S4ADRUN<GS>S5FS631-12-1975 | INS-0063",
            "<H>S1275126322074974S21.2.250.1.213.1.4.99<GS>S3ZOE<GS>S4ADRUN<GS>S5FS631-12-1975 | INS-0063",
            "<H>S1275126322074974S21.2.250.1.213.1.4.8<GS>S3ZOE<GS>S4ADRUN<GS>S5XS631-12-1975 | INS-0063",
            "<H>S1275126322074974S21.2.250.1.213.1.4.8<GS>S3ZOE<GS>S4ADRUN<GS>S5FS61975-12-31 | INS-0063",
            "<H>S1275126322074974S21.2.250.1.213.1.4.8<GS>S3ZOE<GS>S4ADRUN<GS>S5FS631-02-1975 | INS-0063",
            "<H>S1275126322074974S21.2.250.1.213.1.4.8<GS>S3ZOE<GS>S4ADRUN<GS>S5FS631-12-1975S7ABCDE | INS-0063",
            "<H>S1275126322074974S21.2.250.1.213.1.4.8<GS>S3Z0E<GS>S4ADRUN<GS>S5FS631-12-1975 | INS-0063",
            "<H>S1275126322074974S21.2.250.1.213.1.4.8<GS>S3ZOE<GS>S4ADRUN<GS>S5FS631-12-1975S9X | INS-0064",
            "<H>S1275126322074974S1275126322074974S21.2.250.1.213.1.4.8<GS>S3ZOE<GS>S4ADRUN<GS>S5FS631-12-1975 | INS-0064"})
    void badContentIsRefusedWithItsReason(String scanned, String code) {
        String text = scanned.replace("<H>", InsDatamatrix.HEADER);

        assertThatThrownBy(() -> InsDatamatrix.parse(text))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void missingFieldReasonNamesIt() {
        assertThatThrownBy(() -> InsDatamatrix.parse(InsDatamatrix.HEADER + "S1275126322074974S3ZOE" + GS
                + "S4ADRUN" + GS + "S5FS631-12-1975"))
                .isInstanceOfSatisfying(SegurException.class,
                        e -> assertThat(e.userMessage()).isEqualTo("Datamatrix INS incomplet : l'OID (S2) manque."));
    }

    @Test
    void encodeWritesNamesAsInsiDoesAndRefusesWhatCannotBeWritten() {
        DatamatrixIdentity accented = new DatamatrixIdentity("275126322074974", InsOid.NIR, List.of("Zoé"), "Adrun",
                Sex.F, new BirthDate(1975, 12, 31), "63220");
        assertThat(InsDatamatrix.encode(accented)).isEqualTo(InsDatamatrix.encode(ADRUN));

        assertWritable(new DatamatrixIdentity("275126322074974", InsOid.NIR, List.of("ZOE"), "ADRUN", Sex.I,
                new BirthDate(1975, 12, 31), null), "le sexe (S5)");
        assertWritable(new DatamatrixIdentity("275126322074974", InsOid.NIR, List.of("ZOE"), "A".repeat(101), Sex.F,
                new BirthDate(1975, 12, 31), null), "le nom de naissance (S4)");
        assertWritable(new DatamatrixIdentity("275126322074974", InsOid.NIR, List.of("Z0E"), "ADRUN", Sex.F,
                new BirthDate(1975, 12, 31), null), "la liste des prénoms (S3)");
    }

    @Test
    void onlyAQualifiedIdentityIsPrinted() {
        Patient recovered = patient(IdentityStatus.RECUPEREE);
        assertThatThrownBy(() -> InsDatamatrix.encodeQualified(recovered)).hasMessageContaining("INS-0040");

        assertThat(InsDatamatrix.encodeQualified(patient(IdentityStatus.QUALIFIEE)))
                .isEqualTo(InsDatamatrix.encode(ADRUN));
    }

    private static void assertWritable(DatamatrixIdentity identity, String label) {
        assertThatThrownBy(() -> InsDatamatrix.encode(identity))
                .isInstanceOfSatisfying(SegurException.class, e -> {
                    assertThat(e.code()).isEqualTo("INS-0065");
                    assertThat(e.userMessage()).contains(label);
                });
    }

    private static Patient patient(IdentityStatus status) {
        return new Patient(UUID.randomUUID(), "ADRUN", null, List.of("ZOE"), Sex.F, new BirthDate(1975, 12, 31),
                "63220", Contact.NONE, status, "275126322074974", InsOid.NIR, Set.of(), false, 3);
    }
}
