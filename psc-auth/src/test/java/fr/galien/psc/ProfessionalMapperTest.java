package fr.galien.psc;

import static fr.galien.psc.PscAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import fr.galien.core.port.ProSanteConnectPort.Exercise;
import fr.galien.core.port.ProSanteConnectPort.Professional;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ProfessionalMapperTest {

    @Test
    void eachActivityOfAnExerciseIsAnExerciseToChooseFrom() {
        Professional doctor = ProfessionalMapper.fromUserinfo(TestProfessionals.doctorWithTwoExercises());

        assertThat(doctor.nationalId()).isEqualTo(TestProfessionals.DOCTOR_TWO_EXERCISES_ID);
        assertThat(doctor.firstName()).isEqualTo("PAUL");
        assertThat(doctor.exercises()).extracting(Exercise::structureId).containsExactly("R10000029", "F0B0000029");
        Exercise hospital = doctor.exercises().get(1);
        assertThat(hospital.professionCode()).isEqualTo("10");
        assertThat(hospital.professionLabel()).isEqualTo("Médecin");
        assertThat(hospital.savoirFaireCode()).isEqualTo("SM54");
        assertThat(hospital.activitySectorCode()).isEqualTo("SA01");
        assertThat(hospital.structureName()).isEqualTo("HOPITAL FICTIF DU LAC");
        assertThat(hospital.finess()).isEqualTo("0B0000029");
        assertThat(hospital.pharmacistSectionCode()).isEmpty();
    }

    @Test
    void subjectRefProSentAsAJsonStringIsRead() {
        Map<String, Object> userinfo = new HashMap<>(TestProfessionals.pharmacist());
        userinfo.put("SubjectRefPro", JSONObjectUtils.toJSONString(castMap(userinfo.get("SubjectRefPro"))));

        Professional pharmacist = ProfessionalMapper.fromUserinfo(userinfo);

        assertThat(pharmacist.exercises()).singleElement()
                .satisfies(exercise -> assertThat(exercise.pharmacistSectionCode()).isEqualTo("A"));
    }

    @Test
    void namesFallBackToTheExerciseNames() {
        Map<String, Object> userinfo = new HashMap<>(TestProfessionals.pharmacist());
        userinfo.remove("family_name");
        userinfo.remove("given_name");

        Professional pharmacist = ProfessionalMapper.fromUserinfo(userinfo);

        assertThat(pharmacist.lastName()).isEqualTo("FICTIVE-OFFICINE");
        assertThat(pharmacist.firstName()).isEqualTo("LOUISE");
    }

    @Test
    void userinfoWithoutSubjectNameIdIsRefused() {
        Map<String, Object> userinfo = new HashMap<>(TestProfessionals.pharmacist());
        userinfo.remove("SubjectNameID");

        failsWith(() -> ProfessionalMapper.fromUserinfo(userinfo), PscError.PSC_0015);
    }

    @Test
    void professionalWithoutSubjectRefProHasNoExercise() {
        Map<String, Object> userinfo = new HashMap<>(TestProfessionals.pharmacist());
        userinfo.remove("SubjectRefPro");

        assertThat(ProfessionalMapper.fromUserinfo(userinfo).exercises()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"10, Médecin", "21, Pharmacien", "40, Chirurgien-dentiste", "50, Sage-femme", "60, Infirmier",
            "70, Masseur-kinésithérapeute", "99, Profession 99"})
    void professionCodesHaveFrenchLabels(String code, String label) {
        assertThat(ProfessionLabels.label(code)).isEqualTo(label);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }
}
