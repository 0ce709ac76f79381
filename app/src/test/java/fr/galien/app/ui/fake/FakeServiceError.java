package fr.galien.app.ui.fake;

import fr.galien.core.error.ErrorCode;

/** A connector failure as the INSi or ApCV client raises it (timeouts, outage): for the identity screens' tests. */
public enum FakeServiceError implements ErrorCode {
    TEST_0101;

    @Override
    public String bundle() {
        return "i18n.uitest";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
