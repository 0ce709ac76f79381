package fr.galien.sampleconnector;

import fr.galien.core.spi.SegurService;

/**
 * A connector as the shared connector rule recognises one (its package holds a {@link SegurService}); sample for
 * {@code CommonArchitectureRulesTest}, never registered in META-INF/services.
 */
public abstract class SampleService implements SegurService<Object> {
}
