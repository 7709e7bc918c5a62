package org.haven.site;

import org.jspecify.annotations.Nullable;

/**
 * A page a mailed link opens: {@code confirm-ask} and {@code unsubscribe-ask} show a
 * button that posts the link's values back; {@code answer} shows the outcome's message.
 */
record LinkModel(String view, @Nullable String message, @Nullable Hidden hidden) {

	/** The link's values, carried by the button's form. */
	record Hidden(String r, String e, String s) {
	}

}
