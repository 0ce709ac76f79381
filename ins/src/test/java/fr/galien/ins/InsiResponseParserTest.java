package fr.galien.ins;

import static fr.galien.ins.InsiAnswers.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.InsiPort.CodeCr;
import fr.galien.core.port.InsiPort.InsIdentity;
import fr.galien.core.port.InsiPort.InsMatricule;
import fr.galien.core.port.InsiPort.InsiResult;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every CodeCR, the faults, and answers that are not what the XSD says. Hostile input: {@link HostileXmlTest}. */
class InsiResponseParserTest {

    private final InsiResponseParser parser = new InsiResponseParser();

    @Test
    void cr00GivesTheActiveMatriculeWithItsOid() {
        InsIdentity identity = identity(InsiAnswers.CR00_WITH_HISTORY);

        assertThat(identity.active()).isEqualTo(new InsMatricule("109076322083489", "1.2.250.1.213.1.4.8", null,
                null, null));
    }

    @Test
    void cr00GivesTheHistoryInOrderWhateverTheChildOrder() {
        List<InsMatricule> history = identity(InsiAnswers.CR00_WITH_HISTORY).history();

        assertThat(history).containsExactly(
                new InsMatricule("209076322083439", "1.2.250.1.213.1.4.8", null, LocalDate.of(2019, 3, 1),
                        LocalDate.of(2019, 2, 28)),
                new InsMatricule("209066322012355", "1.2.250.1.213.1.4.8", "NIR", null, null));
    }

    @Test
    void cr00GivesTheReferenceTraitsWithEveryBirthFirstName() {
        var traits = identity(InsiAnswers.CR00_WITH_HISTORY).traits();

        assertThat(traits.birthName()).isEqualTo("ECETINSI");
        assertThat(traits.firstNames()).containsExactly("PIERRE-ALAIN", "MURIEL", "FLORIANT");
        assertThat(traits.sex()).isEqualTo(Sex.M);
        assertThat(traits.birthDate()).isEqualTo(new BirthDate(2009, 7, 14));
        assertThat(traits.birthPlaceCode()).isEqualTo("63220");
    }

    @Test
    void cr00KeepsTheLibelleAsTheServiceWroteIt() {
        InsiResult result = result(InsiAnswers.CR00_WITH_HISTORY);

        assertThat(result.cr()).isEqualTo(CodeCr.UNE_IDENTITE);
        assertThat(result.libelle()).isEqualTo("OK");
    }

    @Test
    void niaIsReturnedWithItsOwnOid() {
        InsIdentity identity = identity(InsiAnswers.CR00_NIA);

        assertThat(identity.active().matricule()).isEqualTo("109076322088835");
        assertThat(identity.active().oid()).isEqualTo("1.2.250.1.213.1.4.9");
        assertThat(identity.history()).isEmpty();
    }

    @Test
    void firstNamesFallBackToListePrenomAloneWhenPrenomIsAbsent() {
        assertThat(identity(InsiAnswers.CR00_NIA).traits().firstNames()).containsExactly("MATRICULE");
    }

    @Test
    void aReturnedMatriculeIsNeverRejectedOnItsKey() {
        assertThat(identity(InsiAnswers.CR00_KEY_DOES_NOT_VERIFY).active().matricule()).isEqualTo("181036322045660");
    }

    @Test
    void lunarBirthDatesAndCorsicanMatriculesSurvive() {
        InsIdentity identity = identity(InsiAnswers.CR00_LUNAR_CORSICA);

        assertThat(identity.traits().birthDate()).isEqualTo(new BirthDate(1980, 0, 0));
        assertThat(identity.active().matricule()).isEqualTo("180032B02040123");
    }

    @Test
    void cr01IsNoIdentity() {
        InsiResult result = result(InsiAnswers.CR01);

        assertThat(result.cr()).isEqualTo(CodeCr.AUCUNE_IDENTITE);
        assertThat(result.libelle()).isEqualTo("Aucune identite trouvee");
        assertThat(result.identity()).isEmpty();
    }

    @Test
    void predefinedEntitiesAndCharacterReferencesAreRead() {
        String answer = InsiAnswers.CR01.replace("Aucune identite trouvee", "D&apos;ARC &amp; fr&#232;res &lt;&gt;");

        assertThat(result(answer).libelle()).isEqualTo("D'ARC & frères <>");
    }

    @Test
    void cr02IsSeveralIdentitiesAndCarriesNone() {
        InsiResult result = result(InsiAnswers.CR02);

        assertThat(result.cr()).isEqualTo(CodeCr.PLUSIEURS_IDENTITES);
        assertThat(result.identity()).isEmpty();
    }

    @Test
    void unknownCodeCrIsItsOwnError() {
        assertCode(InsiAnswers.resultat("07", ""), "INS-0109");
    }

    @Test
    void cr00WithoutIndividuIsInconsistent() {
        assertCode(InsiAnswers.resultat("00", ""), "INS-0110");
    }

    @Test
    void cr01WithAnIndividuIsInconsistent() {
        String individu = InsiAnswers.CR00_NIA.substring(InsiAnswers.CR00_NIA.indexOf("<INDIVIDU>"),
                InsiAnswers.CR00_NIA.indexOf("</RESULTAT>"));

        assertCode(InsiAnswers.resultat("01", individu), "INS-0110");
    }

    @Test
    void matriculeOutsideTheSchemaPatternIsRefused() {
        assertCode(InsiAnswers.CR00_NIA.replace("1090763220888", "10907632208"), "INS-0110");
    }

    @Test
    void missingOidIsRefused() {
        assertCode(InsiAnswers.CR00_NIA.replace("<OID>1.2.250.1.213.1.4.9</OID>", ""), "INS-0110");
    }

    @Test
    void unknownSexIsRefused() {
        assertCode(InsiAnswers.CR00_NIA.replace("<Sexe>M</Sexe>", "<Sexe>X</Sexe>"), "INS-0110");
    }

    @Test
    void impossibleBirthDateIsRefused() {
        assertCode(InsiAnswers.CR00_NIA.replace("2009-07-01", "2009-02-31"), "INS-0110");
    }

    @Test
    void resultatInAnotherNamespaceIsNotAnInsiAnswer() {
        assertCode(InsiAnswers.CR01.replace("xmlns=\"http://www.cnamts.fr/INSiResultat\"",
                "xmlns=\"http://example.org/autre\""), "INS-0106");
    }

    @Test
    void childrenInAnotherNamespaceAreNotTheResultatOnes() {
        assertCode(InsiAnswers.CR01.replace("<CR>", "<CR xmlns=\"http://example.org/autre\">"), "INS-0110");
    }

    @Test
    void soap11EnvelopeIsRefused() {
        assertCode(InsiAnswers.CR01.replace("http://www.w3.org/2003/05/soap-envelope",
                "http://schemas.xmlsoap.org/soap/envelope/"), "INS-0106");
    }

    @Test
    void aRootOtherThanAnEnvelopeIsRefused() {
        assertCode("<RESULTAT xmlns=\"http://www.cnamts.fr/INSiResultat\"/>", "INS-0106");
    }

    @Test
    void anEnvelopeWithoutBodyIsRefused() {
        assertCode("<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"/>", "INS-0106");
    }

    @Test
    void truncatedAnswerIsUnreadable() {
        String truncated = InsiAnswers.CR00_WITH_HISTORY.substring(0, InsiAnswers.CR00_WITH_HISTORY.length() / 2);

        assertCode(truncated, "INS-0105");
    }

    @Test
    void emptyAnswerIsUnreadable() {
        assertCode("", "INS-0105");
    }

    @Test
    void senderFaultGivesItsCodes() {
        InsiAnswer answer = parser.parse(bytes(InsiAnswers.FAULT_SENDER));

        assertThat(answer).isEqualTo(new InsiAnswer.Fault(new SoapFault("Sender", "siram_100",
                "L'accès par ce progiciel au service n'est pas autorisé.", "desir_550", "erreur",
                "uuid:b3549edd-4ae9-472a-b26f-fd2fb4ef397f", "Numéro d'autorisation du logiciel inconnu.")));
    }

    @Test
    void senderFaultBecomesARefusalNamingEveryCode() {
        SegurException error = ((InsiAnswer.Fault) parser.parse(bytes(InsiAnswers.FAULT_SENDER))).fault()
                .toException(500);

        assertThat(error.code()).isEqualTo("INS-0103");
        assertThat(error.userMessage()).isEqualTo("Le téléservice INSi a refusé la demande : Numéro d'autorisation du"
                + " logiciel inconnu. [soap:Sender, siram_100, desir_550 (erreur), message"
                + " uuid:b3549edd-4ae9-472a-b26f-fd2fb4ef397f].");
    }

    @Test
    void temporarilyUnavailableFaultIsTheUnavailableError() {
        SegurException error = ((InsiAnswer.Fault) parser.parse(bytes(InsiAnswers.FAULT_RECEIVER))).fault()
                .toException(500);

        assertThat(error.code()).isEqualTo("INS-0101");
        assertThat(error.userMessage()).contains("siram_40", "insi_102 (fatal)", "Réessayez plus tard",
                "provisoire");
    }

    @Test
    void otherReceiverFaultIsAServiceSideErrorToRetry() {
        String fault = InsiAnswers.FAULT_RECEIVER.replace("siram_40", "siram_41");

        SegurException error = ((InsiAnswer.Fault) parser.parse(bytes(fault))).fault().toException(500);

        assertThat(error.code()).isEqualTo("INS-0104");
        assertThat(error.userMessage()).contains("siram_41", "Réessayez plus tard");
    }

    @Test
    void receiverFaultWithHttp503IsTheUnavailableError() {
        String fault = InsiAnswers.FAULT_RECEIVER.replace("siram_40", "siram_41");

        assertThat(((InsiAnswer.Fault) parser.parse(bytes(fault))).fault().toException(503).code())
                .isEqualTo("INS-0101");
    }

    @Test
    void faultWithoutDetailStillGivesCodeAndReason() {
        String fault = InsiAnswers.envelope("<S:Fault xmlns:S=\"http://www.w3.org/2003/05/soap-envelope\"><S:Code>"
                + "<S:Value>S:Sender</S:Value></S:Code><S:Reason><S:Text xml:lang=\"fr\">Requête invalide</S:Text>"
                + "</S:Reason></S:Fault>");

        SegurException error = ((InsiAnswer.Fault) parser.parse(bytes(fault))).fault().toException(500);

        assertThat(error.userMessage()).isEqualTo("Le téléservice INSi a refusé la demande : Requête invalide"
                + " [soap:Sender].");
    }

    @Test
    void faultWithoutCodeIsNotAFault() {
        assertCode(InsiAnswers.envelope("<S:Fault xmlns:S=\"http://www.w3.org/2003/05/soap-envelope\"/>"),
                "INS-0106");
    }

    @Test
    void faultOfANonSoapBodyIsEmpty() {
        assertThat(parser.faultOf(bytes("<html><body>502 Bad Gateway</body></html>"))).isEmpty();
    }

    @Test
    void faultOfAFaultBodyIsTheFault() {
        assertThat(parser.faultOf(bytes(InsiAnswers.FAULT_RECEIVER))).get().extracting(SoapFault::subcode)
                .isEqualTo("siram_40");
    }

    @Test
    void errorDetailsNameElementsNotPatientValues() {
        SegurException error = catchCode(InsiAnswers.CR00_NIA.replace("<Sexe>M</Sexe>", "<Sexe>PROVISOIRE</Sexe>"));

        assertThat(error.getMessage()).doesNotContain("PROVISOIRE", "1090763220888");
    }

    private InsiResult result(String xml) {
        InsiAnswer answer = parser.parse(bytes(xml));
        assertThat(answer).isInstanceOf(InsiAnswer.Result.class);
        return ((InsiAnswer.Result) answer).result();
    }

    private InsIdentity identity(String xml) {
        return result(xml).identity().orElseThrow();
    }

    private void assertCode(String xml, String code) {
        assertThat(catchCode(xml).code()).isEqualTo(code);
    }

    private SegurException catchCode(String xml) {
        Throwable thrown = catchThrowable(() -> parser.parse(bytes(xml)));
        assertThat(thrown).isInstanceOf(SegurException.class);
        return (SegurException) thrown;
    }

}
