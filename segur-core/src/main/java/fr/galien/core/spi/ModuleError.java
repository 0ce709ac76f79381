package fr.galien.core.spi;

import fr.galien.core.error.ErrorCode;

/**
 * Error codes of the module contract (discovery, dependencies, ports). French texts: {@code i18n/modules.properties}.
 * Append new codes at the end; never renumber or reuse one.
 */
public enum ModuleError implements ErrorCode {
    /** A module id does not match {@link ModuleId#PATTERN}. */
    MOD_0001,
    /** Modules need each other in a circle: none of them can start first. */
    MOD_0002,
    /** A module needs a port that no installed module provides. */
    MOD_0003,
    /** A module needs a port whose module did not start (it failed, or was left out). */
    MOD_0004,
    /** A port was asked for before its module started, or after it stopped. */
    MOD_0005,
    /** A module asked the context for a port it did not declare in {@link ServiceDescriptor#requires()}. */
    MOD_0006,
    /** Two installed modules provide the same port. */
    MOD_0007;

    @Override
    public String bundle() {
        return "i18n.modules";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
