package fr.galien.core.cda;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the doctor's medical summary (VSM, volet de synthèse médicale) says, from our own records: current
 * pathologies, medical history, allergies, risk factors, long-term treatments and points of vigilance.
 */
public record VsmContent(List<Problem> pathologies, List<Problem> history, List<Allergy> allergies,
                         List<RiskFactor> riskFactors, List<Treatment> treatments, List<String> vigilancePoints) {

    public VsmContent {
        pathologies = List.copyOf(pathologies);
        history = List.copyOf(history);
        allergies = List.copyOf(allergies);
        riskFactors = List.copyOf(riskFactors);
        treatments = List.copyOf(treatments);
        vigilancePoints = List.copyOf(vigilancePoints);
    }

    /**
     * A pathology or a past problem.
     *
     * @param cim10 its CIM-10 code, may be null (then only the label is carried)
     * @param end   null while it lasts
     */
    public record Problem(String label, CdaCode cim10, LocalDate start, LocalDate end) {
        public Problem {
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * An allergy or intolerance.
     *
     * @param agentCode the agent as a CIS or ATC code, may be null
     * @param since     may be null (unknown)
     */
    public record Allergy(String agent, CdaCode agentCode, String reaction, LocalDate since) {
        public Allergy {
            Objects.requireNonNull(agent, "agent");
        }
    }

    /** A risk factor (tabac, alcool, exposition professionnelle…) and what is known of it. */
    public record RiskFactor(String label, String detail) {
        public RiskFactor {
            Objects.requireNonNull(label, "label");
            detail = detail == null ? "" : detail;
        }
    }

    /**
     * A long-term treatment.
     *
     * @param product the speciality (CIS), may be null
     * @param route   EDQM route, may be null
     */
    public record Treatment(String medication, CdaCode product, String posology, CdaCode route, LocalDate start,
                            String reason) {
        public Treatment {
            Objects.requireNonNull(medication, "medication");
            posology = posology == null ? "" : posology;
            reason = reason == null ? "" : reason;
        }
    }
}
