package fr.galien.sandbox.psc;

/**
 * One place where an exercise is practised: an element of {@code SubjectRefPro.exercices[].activities} (specs §5.3).
 *
 * @param modeCode             codeModeExercice: L libéral, S salarié, B bénévole
 * @param sectorCode           codeSecteurDactivite (SA33 pharmacie d'officine, SA07 cabinet, SA01 hôpital …)
 * @param pharmacistSection    codeSectionPharmacien (A titulaire, D adjoint, H établissement de santé), "" if none
 * @param siteName             raisonSocialeSite
 * @param finessSite           numeroFinessSite, "" for a cabinet
 * @param finessLegalEntity    numeroFinessetablissementJuridique, "" if none
 * @param structureId          identifiantTechniqueDeLaStructure (F + FINESS, or R… for a cabinet)
 * @param streetNumber         numeroVoie
 * @param streetName           libelleVoie
 * @param postalCode           codePostal
 * @param cedexOffice          bureauCedex (e.g. "75009 PARIS")
 * @param registrationAuthority autoriteDenregistrement (ordre/ordre/ARS)
 */
public record Activity(
        String modeCode,
        String sectorCode,
        String pharmacistSection,
        String siteName,
        String finessSite,
        String finessLegalEntity,
        String structureId,
        String streetNumber,
        String streetName,
        String postalCode,
        String cedexOffice,
        String registrationAuthority) {
}
