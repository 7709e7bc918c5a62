package org.haven.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Views per day, oldest first, with the geometry of a bar chart drawn on the server: one
 * bar per day in a {@link #WIDTH} by {@link #HEIGHT} view box, scaled to the busiest day.
 * The same days are the chart's text alternative, as a table.
 */
public record DailyViews(List<Day> days) {

	public static final int WIDTH = 720;

	public static final int HEIGHT = 160;

	public DailyViews {
		days = List.copyOf(days);
	}

	public long total() {
		return days.stream().mapToLong(Day::views).sum();
	}

	public long max() {
		return days.stream().mapToLong(Day::views).max().orElse(0);
	}

	/** One bar per day; a day without views has no height. */
	public List<Bar> bars() {
		long max = Math.max(1, max());
		double step = (double) WIDTH / Math.max(1, days.size());
		List<Bar> bars = new ArrayList<>(days.size());
		for (int i = 0; i < days.size(); i++) {
			Day day = days.get(i);
			double height = (double) HEIGHT * day.views() / max;
			bars.add(
					new Bar(day, round(i * step), round(HEIGHT - height), round(Math.max(1, step - 1)), round(height)));
		}
		return bars;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/** The views of one day. */
	public record Day(LocalDate date, long views) {
	}

	/** One day's bar in view-box units. */
	public record Bar(Day day, double x, double y, double width, double height) {
	}

}
