package fr.galien.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.error.SegurException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthorizationTest {

    private static final String COUNTER = "comptoir-1";
    private static final Caller PSC_PHARMACIST =
            Caller.pscProfessional("810000000001", "Claire Invente", Role.PHARMACIEN_TITULAIRE, COUNTER);
    private static final Caller LOCAL_PHARMACIST =
            Caller.localAccount("a1", "Claire Invente", Role.PHARMACIEN_TITULAIRE, COUNTER);
    private static final Caller PREPARER = Caller.localAccount("p1", "Léo Fictif", Role.PREPARATEUR, COUNTER);
    private static final Caller SECRETARY = Caller.localAccount("s1", "Inès Exemple", Role.SECRETAIRE, COUNTER);

    @Test
    void grantedActionPasses() {
        Authorization.require(SECRETARY, Action.PATIENT_SEARCH);
        assertThat(Authorization.allows(SECRETARY, Action.PATIENT_SEARCH)).isTrue();
    }

    @Test
    void secretaryIsRefusedClinicalDataWithTheActionAndRoleNamed() {
        assertThatThrownBy(() -> Authorization.require(SECRETARY, Action.CLINICAL_READ))
                .isInstanceOfSatisfying(SegurException.class, e -> {
                    assertThat(e.code()).isEqualTo("SEC-0001");
                    assertThat(e.userMessage()).contains("Consulter les données cliniques")
                            .contains("Secrétaire / assistant");
                });
    }

    @Test
    void nationalCallNeedsProSanteConnectEvenWhenTheRoleIsGranted() {
        assertThat(Authorization.allows(PSC_PHARMACIST, Action.NATIONAL_CALL)).isTrue();
        assertThatThrownBy(() -> Authorization.require(LOCAL_PHARMACIST, Action.NATIONAL_CALL))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("SEC-0002"));
        Caller osUser = new Caller("os:claire", "claire", Role.PHARMACIEN_TITULAIRE, COUNTER);
        assertThat(Authorization.allows(osUser, Action.NATIONAL_CALL)).isFalse();
    }

    @Test
    void pscProfessionalCallsUnderTheirOwnSession() {
        NationalCallAuthority authority = Authorization.requireNationalCall(PSC_PHARMACIST, Optional.empty());
        assertThat(authority.sessionOwner()).isEqualTo(PSC_PHARMACIST);
        assertThat(authority.delegated()).isFalse();
    }

    @Test
    void preparerCallsUnderThePharmacistCounterSessionAndBothAreRecorded() {
        NationalCallAuthority authority = Authorization.requireNationalCall(PREPARER, Optional.of(PSC_PHARMACIST));
        assertThat(authority.preparedBy()).isEqualTo(PREPARER);
        assertThat(authority.sessionOwner()).isEqualTo(PSC_PHARMACIST);
        assertThat(authority.auditDetail()).contains("local:p1").contains("psc:810000000001");
    }

    @Test
    void preparerWithoutAPharmacistPscSessionIsRefused() {
        assertThatThrownBy(() -> Authorization.requireNationalCall(PREPARER, Optional.empty()))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("SEC-0003"));
        assertThatThrownBy(() -> Authorization.requireNationalCall(PREPARER, Optional.of(LOCAL_PHARMACIST)))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("SEC-0003"));
    }

    @Test
    void counterSessionOfAnotherWorkstationDoesNotCount() {
        Caller elsewhere = Caller.pscProfessional("810000000001", "Claire Invente", Role.PHARMACIEN_TITULAIRE,
                "comptoir-2");
        assertThatThrownBy(() -> Authorization.requireNationalCall(PREPARER, Optional.of(elsewhere)))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("SEC-0003"));
    }

    @Test
    void secretaryCannotBorrowAPharmacistSession() {
        assertThatThrownBy(() -> Authorization.requireNationalCall(SECRETARY, Optional.of(PSC_PHARMACIST)))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("SEC-0001"));
    }

    @Test
    void professionalWithoutPscIsToldToConnectWithPsc() {
        assertThatThrownBy(() -> Authorization.requireNationalCall(LOCAL_PHARMACIST, Optional.of(PSC_PHARMACIST)))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("SEC-0002"));
    }
}
