package org.haven.article;

import java.time.YearMonth;

/** A month of the archive with the number of articles published in it. */
public record MonthCount(YearMonth month, long count) {

	public String url() {
		return "/archive/%04d/%02d".formatted(month.getYear(), month.getMonthValue());
	}

}
