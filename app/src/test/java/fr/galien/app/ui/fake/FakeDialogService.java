package fr.galien.app.ui.fake;

import fr.galien.app.ui.common.DialogService;
import fr.galien.app.ui.common.ErrorText;
import fr.galien.app.ui.common.LookalikeDecision;
import fr.galien.core.domain.Patient;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Records what would have been shown and answers with what the test decided. */
public final class FakeDialogService implements DialogService {

    public final List<String> errors = new ArrayList<>();
    public final List<String> informations = new ArrayList<>();
    public final List<List<Patient>> lookalikesShown = new ArrayList<>();
    public boolean confirmAnswer = true;
    public Function<List<Patient>, LookalikeDecision> lookalikeAnswer = list -> LookalikeDecision.cancel();
    /** « Enregistrer les modifications … ? » questions asked, and the answer given. */
    public final List<String> unsavedAsked = new ArrayList<>();
    public UnsavedChoice unsavedAnswer = UnsavedChoice.CANCEL;

    @Override
    public UnsavedChoice askToSave(String what) {
        unsavedAsked.add(what);
        return unsavedAnswer;
    }

    @Override
    public void showError(Throwable error) {
        errors.add(ErrorText.of(error));
    }

    @Override
    public void showInformation(String message) {
        informations.add(message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return confirmAnswer;
    }

    @Override
    public LookalikeDecision chooseOnLookalikes(Patient candidate, List<Patient> lookalikes) {
        lookalikesShown.add(List.copyOf(lookalikes));
        return lookalikeAnswer.apply(lookalikes);
    }
}
