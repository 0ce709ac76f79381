package fr.galien.sandbox.dmp;

/**
 * One patient of the simulated DMP, keyed by INS.
 *
 * @param access    {@code autorise}, {@code opposition}, {@code consentement-requis} (sandbox contract, ADR 0029)
 * @param closedOn  ISO date the DMP was closed, or null
 * @param purpose   what the case shows (docs/sandbox.md)
 */
public record DmpPatient(String matricule, String birthName, String firstName, String access, String closedOn,
                         boolean linkedToMes, String purpose) {
}
