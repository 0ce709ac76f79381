package fr.galien.otherconnector;

import fr.galien.core.spi.SegurService;

/** A second sample connector, imported by {@code fr.galien.sampleconnector.UsesAnotherConnector}. */
public abstract class OtherService implements SegurService<Object> {
}
