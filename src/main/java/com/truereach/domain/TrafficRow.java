package com.truereach.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An aggregate analytics row (GA4): sessions, key events and revenue for one source / medium,
 * on one day where the export has a date dimension, otherwise for the export's whole range
 * ({@code day} null, {@code from} and {@code to} set).
 */
public record TrafficRow(LocalDate day, LocalDate from, LocalDate to, Utm utm, long sessions, long keyEvents,
		BigDecimal revenue, String currency) {
}
