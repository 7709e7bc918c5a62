package org.haven.site;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Nothing public lives at the requested address; shown to readers as the theme's 404
 * page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotFoundException extends RuntimeException {

	NotFoundException(String what) {
		super(what);
	}

}
