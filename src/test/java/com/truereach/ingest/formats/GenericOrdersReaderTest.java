package com.truereach.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.truereach.domain.RevenueEvent.Kind;
import com.truereach.domain.RevenueEvent;
import com.truereach.domain.Utm;
import com.truereach.ingest.ParsedFile;

class GenericOrdersReaderTest {

	@Test
	void documentedExampleAndEveryStatus() {
		String csv = """
				date,order id,amount,currency,utm_source,utm_medium,utm_campaign,utm_content,referrer,status
				2026-05-01,A-1001,49.90,EUR,ig,social,spring,link_in_bio,,paid
				2026-05-02,A-1002,19.00,eur,,,,,https://t.co/abc,
				2026-05-04,A-1001,-10.00,EUR,ig,social,spring,link_in_bio,,
				2026-05-05,A-1003,25.00,EUR,,,,,,failed
				2026-05-06,A-1002,19.00,EUR,,,,,https://t.co/abc,refunded
				2026-05-07,A-1004,5.00,EUR,,,,,,gifted
				2026-05-08,,5.00,EUR,,,,,,
				""";
		ParsedFile file = Parsing.parse("orders.csv", csv);

		assertThat(file.format()).isInstanceOf(GenericOrdersReader.class);
		Utm ig = new Utm("ig", "social", "spring", "link_in_bio", "");
		Utm x = new Utm("", "", "", "", "https://t.co/abc");
		assertThat(file.revenue()).containsExactly(
				new RevenueEvent("A-1001", LocalDate.of(2026, 5, 1), Kind.SALE, new BigDecimal("49.90"), "EUR", ig),
				new RevenueEvent("A-1002", LocalDate.of(2026, 5, 2), Kind.SALE, new BigDecimal("19.00"), "EUR", x),
				new RevenueEvent("A-1001", LocalDate.of(2026, 5, 4), Kind.REFUND, new BigDecimal("-10.00"), "EUR", ig),
				new RevenueEvent("A-1003", LocalDate.of(2026, 5, 5), Kind.FAILED, new BigDecimal("25.00"), "EUR", null),
				new RevenueEvent("A-1002", LocalDate.of(2026, 5, 6), Kind.REFUND, new BigDecimal("-19.00"), "EUR", x));
		assertThat(file.rejects()).extracting(r -> r.line() + " " + r.column() + " " + r.reason())
			.containsExactly("7 status unknown status (expected paid, refunded or failed)",
					"8 order id order id is missing");
	}

	@Test
	void excelResaveWithOrderIdUnderscoreAndNoOptionalColumns() {
		String csv = "Date;Order_ID;Amount;Currency\r\n16-06-2026;7;1.234,50;CHF\r\n";
		ParsedFile file = Parsing.parse("shop.csv", csv);

		assertThat(file.revenue()).containsExactly(
				new RevenueEvent("7", LocalDate.of(2026, 6, 16), Kind.SALE, new BigDecimal("1234.50"), "CHF", null));
	}
}
