package org.haven.common;

/**
 * An admin chose the reader theme or its settings, and the choice is stored: every node
 * applies the stored choice again, so that all of them show the same theme.
 */
public record AppearanceChosen() {
}
