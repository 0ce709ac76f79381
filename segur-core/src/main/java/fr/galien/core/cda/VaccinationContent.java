package fr.galien.core.cda;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The vaccination note (VAC-NOTE): the vaccinations given, one act each, by the author. */
public record VaccinationContent(List<Vaccination> vaccinations) {

    public VaccinationContent {
        vaccinations = List.copyOf(vaccinations);
    }

    /**
     * One vaccination.
     *
     * @param vaccine the speciality (CIS code and name)
     * @param atc     the vaccine class (ATC code and name): the VAC-NOTE volet requires it
     * @param rank    the dose's rank in the schedule (1, 2…), 0 when unknown
     * @param route   EDQM route, may be null
     * @param comment may be empty
     */
    public record Vaccination(LocalDate date, CdaCode vaccine, CdaCode atc, String lot, int rank, CdaCode route,
                              String comment) {
        public Vaccination {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(vaccine, "vaccine");
            Objects.requireNonNull(atc, "atc");
            comment = comment == null ? "" : comment;
        }
    }
}
