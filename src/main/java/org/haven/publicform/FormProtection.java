package org.haven.publicform;

/**
 * What a template puts into a reader form: the token in a hidden field named
 * {@link PublicForms#TOKEN_FIELD}, and an empty field named {@code honeypotField} that is
 * hidden from people (and from assistive technology) and left empty by them.
 */
public record FormProtection(String tokenField, String token, String honeypotField) {
}
