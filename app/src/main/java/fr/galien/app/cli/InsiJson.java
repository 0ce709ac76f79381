package fr.galien.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.galien.core.identity.InsiSearchOutcome;
import fr.galien.core.identity.InsiSearchOutcome.InsiCall;
import fr.galien.core.identity.Matricules;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.InsiPort.InsIdentity;
import fr.galien.core.port.InsiPort.InsMatricule;
import java.time.LocalDate;
import java.util.List;

/**
 * An INSi search as scripts see it (docs/cli.md): the decisive CR code, the result, the identity when exactly one
 * was found (active matricule with its OID, the history INSHISTO, the reference traits TIQ) and every wire call.
 */
@JsonPropertyOrder({"cr", "result", "message", "identity", "calls"})
@JsonInclude(JsonInclude.Include.ALWAYS)
record InsiJson(String cr, String result, String message, Identity identity, List<Call> calls) {

    static InsiJson of(InsiSearchOutcome outcome) {
        return new InsiJson(outcome.decisiveCr().code(), outcome.result().name(), outcome.message(),
                outcome.identity().map(Identity::of).orElse(null),
                outcome.calls().stream().map(Call::of).toList());
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    @JsonPropertyOrder({"matricule", "oid", "keyVerifies", "typeMatricule", "start", "end", "history", "traits"})
    record Identity(String matricule, String oid, boolean keyVerifies, String typeMatricule, String start,
                    String end, List<Matricule> history, Traits traits) {
        static Identity of(InsIdentity identity) {
            InsMatricule active = identity.active();
            return new Identity(active.matricule(), active.oid(), Matricules.keyVerifies(active.matricule()),
                    active.typeMatricule(), iso(active.start()), iso(active.end()),
                    identity.history().stream().map(Matricule::of).toList(), Traits.of(identity.traits()));
        }
    }

    @JsonPropertyOrder({"matricule", "oid", "keyVerifies", "start", "end"})
    record Matricule(String matricule, String oid, boolean keyVerifies, String start, String end) {
        static Matricule of(InsMatricule matricule) {
            return new Matricule(matricule.matricule(), matricule.oid(), Matricules.keyVerifies(matricule.matricule()),
                    iso(matricule.start()), iso(matricule.end()));
        }
    }

    @JsonPropertyOrder({"birthName", "firstNames", "sex", "birthDate", "birthPlace"})
    record Traits(String birthName, List<String> firstNames, String sex, String birthDate, String birthPlace) {
        static Traits of(IdentityTraits traits) {
            return new Traits(traits.birthName(), traits.firstNames(),
                    traits.sex() == null ? null : traits.sex().name(),
                    traits.birthDate() == null ? null : traits.birthDate().toIso(), traits.birthPlaceCode());
        }
    }

    @JsonPropertyOrder({"operation", "firstNames", "withBirthPlace", "cr", "libelle"})
    record Call(String operation, List<String> firstNames, boolean withBirthPlace, String cr, String libelle) {
        static Call of(InsiCall call) {
            return new Call(call.operation().name(), call.firstNames(), call.withBirthPlace(), call.cr().code(),
                    call.libelle());
        }
    }
}
