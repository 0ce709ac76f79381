package fr.galien.psc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.galien.core.error.SegurException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

final class PscAssertions {

    private PscAssertions() {
    }

    /** The call fails with exactly {@code expected}, and the user gets a French sentence for it. */
    static SegurException failsWith(ThrowingCallable call, PscError expected) {
        SegurException error = catchThrowableOfType(SegurException.class, call);
        assertThat(error).as("expected %s", expected.code()).isNotNull();
        assertThat(error.code()).isEqualTo(expected.code());
        assertThat(error.userMessage()).isNotBlank().doesNotContain("{0}");
        return error;
    }
}
