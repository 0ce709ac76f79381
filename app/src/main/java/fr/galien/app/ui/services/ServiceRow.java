package fr.galien.app.ui.services;

import fr.galien.core.spi.Health;

/**
 * One line of the Services view.
 *
 * @param state null while the first check has not answered yet
 */
public record ServiceRow(String id, String name, Health.State state, String stateLabel, String detail) {
}
