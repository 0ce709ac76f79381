package fr.galien.ins;

import java.nio.charset.StandardCharsets;

/**
 * INSi answers as the service writes them (shapes from the published CNDA fixtures, specs §2.1/§2.4; identities
 * invented or CNDA test data). Test data only: production code never builds XML from strings.
 */
final class InsiAnswers {

    static final String ENVELOPE_OPEN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope">\
            <S:Body xmlns:S="http://www.w3.org/2003/05/soap-envelope">""";
    static final String ENVELOPE_CLOSE = "</S:Body></soap:Envelope>";

    /** ECETINSI PIERRE-ALAIN: CR 00, two INSHISTO (one with DateDeb/DateFin before IdIndividu, as published). */
    static final String CR00_WITH_HISTORY = envelope("""
            <RESULTAT xmlns:ns3="http://www.cnamts.fr/INSiRecVit" xmlns="http://www.cnamts.fr/INSiResultat">
              <CR><CodeCR>00</CodeCR><LibelleCR>OK</LibelleCR></CR>
              <INDIVIDU>
                <INSACTIF>
                  <IdIndividu><NumIdentifiant>1090763220834</NumIdentifiant><Cle>89</Cle></IdIndividu>
                  <OID>1.2.250.1.213.1.4.8</OID>
                </INSACTIF>
                <INSHISTO>
                  <DateDeb>2019-03-01</DateDeb>
                  <DateFin>2019-02-28</DateFin>
                  <IdIndividu><NumIdentifiant>2090763220834</NumIdentifiant><Cle>39</Cle></IdIndividu>
                  <OID>1.2.250.1.213.1.4.8</OID>
                </INSHISTO>
                <INSHISTO>
                  <IdIndividu><NumIdentifiant>2090663220123</NumIdentifiant><Cle>55</Cle>\
            <TypeMatricule>NIR</TypeMatricule></IdIndividu>
                  <OID>1.2.250.1.213.1.4.8</OID>
                </INSHISTO>
                <TIQ>
                  <NomNaissance>ECETINSI</NomNaissance>
                  <Prenom>PIERRE-ALAIN</Prenom>
                  <ListePrenom>PIERRE-ALAIN MURIEL FLORIANT</ListePrenom>
                  <Sexe>M</Sexe>
                  <DateNaissance>2009-07-14</DateNaissance>
                  <LieuNaissance>63220</LieuNaissance>
                </TIQ>
              </INDIVIDU>
            </RESULTAT>""");

    /** PROVISOIRE MATRICULE: a NIA (OID .9), no Prenom element, only ListePrenom. */
    static final String CR00_NIA = envelope("""
            <RESULTAT xmlns="http://www.cnamts.fr/INSiResultat"><CR><CodeCR>00</CodeCR><LibelleCR>OK</LibelleCR></CR>\
            <INDIVIDU><INSACTIF><IdIndividu><NumIdentifiant>1090763220888</NumIdentifiant><Cle>35</Cle></IdIndividu>\
            <OID>1.2.250.1.213.1.4.9</OID></INSACTIF><TIQ><NomNaissance>PROVISOIRE</NomNaissance>\
            <ListePrenom>MATRICULE</ListePrenom><Sexe>M</Sexe><DateNaissance>2009-07-01</DateNaissance>\
            <LieuNaissance>63220</LieuNaissance></TIQ></INDIVIDU></RESULTAT>""");

    /** HERMANN GATIEN: CNDA test identity whose key does not verify (specs §2.4); must be accepted as returned. */
    static final String CR00_KEY_DOES_NOT_VERIFY = envelope("""
            <RESULTAT xmlns="http://www.cnamts.fr/INSiResultat"><CR><CodeCR>00</CodeCR><LibelleCR>OK</LibelleCR></CR>\
            <INDIVIDU><INSACTIF><IdIndividu><NumIdentifiant>1810363220456</NumIdentifiant><Cle>60</Cle></IdIndividu>\
            <OID>1.2.250.1.213.1.4.8</OID></INSACTIF><TIQ><NomNaissance>HERMANN</NomNaissance><Prenom>GATIEN</Prenom>\
            <ListePrenom>GATIEN</ListePrenom><Sexe>M</Sexe><DateNaissance>1981-03-24</DateNaissance>\
            <LieuNaissance>63220</LieuNaissance></TIQ></INDIVIDU></RESULTAT>""");

    /** Lunar date (unknown day and month) and a Corsican matricule. */
    static final String CR00_LUNAR_CORSICA = envelope("""
            <RESULTAT xmlns="http://www.cnamts.fr/INSiResultat"><CR><CodeCR>00</CodeCR><LibelleCR>OK</LibelleCR></CR>\
            <INDIVIDU><INSACTIF><IdIndividu><NumIdentifiant>180032B020401</NumIdentifiant><Cle>23</Cle></IdIndividu>\
            <OID>1.2.250.1.213.1.4.8</OID></INSACTIF><TIQ><NomNaissance>CORSE</NomNaissance><Prenom>ANTHONY</Prenom>\
            <ListePrenom>ANTHONY</ListePrenom><Sexe>M</Sexe><DateNaissance>1980-00-00</DateNaissance>\
            <LieuNaissance>2B020</LieuNaissance></TIQ></INDIVIDU></RESULTAT>""");

    static final String CR01 = envelope("""
            <RESULTAT xmlns:ns3="http://www.cnamts.fr/INSiRecVit" xmlns:ns2="http://www.cnamts.fr/INSiRecSans" \
            xmlns="http://www.cnamts.fr/INSiResultat"><CR><CodeCR>01</CodeCR><LibelleCR>Aucune identite trouvee\
            </LibelleCR></CR></RESULTAT>""");

    static final String CR02 = envelope("""
            <RESULTAT xmlns="http://www.cnamts.fr/INSiResultat"><CR><CodeCR>02</CodeCR>\
            <LibelleCR>Plusieurs identites trouvees</LibelleCR></CR></RESULTAT>""");

    /** Bad IDAM (published fixture shape): Sender, siram_100, desir_550. */
    static final String FAULT_SENDER = envelope("""
            <soap:Fault><soap:Code><soap:Value>soap:Sender</soap:Value><soap:Subcode><soap:Value>soap:siram_100\
            </soap:Value></soap:Subcode></soap:Code><soap:Reason><soap:Text xml:lang="fr">L'accès par ce progiciel au \
            service n'est pas autorisé.</soap:Text></soap:Reason><soap:Detail><siram:Erreur code="desir_550" \
            messageID="uuid:b3549edd-4ae9-472a-b26f-fd2fb4ef397f" severite="erreur" xmlns:siram="urn:siram">\
            Numéro d'autorisation du logiciel inconnu.</siram:Erreur></soap:Detail></soap:Fault>""");

    /** Service temporarily unavailable (published fixture shape): Receiver, siram_40, insi_102. */
    static final String FAULT_RECEIVER = envelope("""
            <S:Fault xmlns:S="http://www.w3.org/2003/05/soap-envelope"><S:Code><S:Value>S:Receiver</S:Value>\
            <S:Subcode><S:Value>S:siram_40</S:Value></S:Subcode></S:Code><S:Reason><S:Text xml:lang="en">Le service \
            est temporairement inaccessible.</S:Text></S:Reason><S:Detail><siram:Erreur severite="fatal" \
            code="insi_102" xmlns:siram="urn:siram">L'appel au service de recherche avec les traits d'identité renvoie \
            une erreur technique.</siram:Erreur></S:Detail></S:Fault>""");

    private InsiAnswers() {
    }

    static String envelope(String bodyContent) {
        return ENVELOPE_OPEN + bodyContent + ENVELOPE_CLOSE;
    }

    static String resultat(String crCode, String individu) {
        return envelope("<RESULTAT xmlns=\"http://www.cnamts.fr/INSiResultat\"><CR><CodeCR>" + crCode
                + "</CodeCR><LibelleCR>x</LibelleCR></CR>" + individu + "</RESULTAT>");
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
