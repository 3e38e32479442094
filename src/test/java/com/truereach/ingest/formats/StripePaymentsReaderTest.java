package com.truereach.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.truereach.domain.RevenueEvent.Kind;
import com.truereach.domain.RevenueEvent;
import com.truereach.domain.Utm;
import com.truereach.ingest.ParsedFile;

class StripePaymentsReaderTest {

	@Test
	void unifiedPaymentsWithRefundsFailuresAndUtms() {
		String csv = """
				id,Created date (UTC),Amount,Amount Refunded,Currency,Captured,Converted Amount,Converted Amount Refunded,Converted Currency,Status,Customer Email,UTM Campaign,UTM Content,UTM Medium,UTM Source,UTM Term
				ch_1,2024-09-20 17:40:57,14.99,0.00,usd,true,14.99,0.00,usd,Paid,a@example.com,spring,link_in_bio,social,ig,
				ch_2,2024-09-20 23:59:59,30.00,30.00,usd,true,30.00,30.00,usd,Refunded,b@example.com,,,,,
				ch_3,2024-09-21 00:00:01,50.00,20.00,eur,true,54.00,21.60,usd,Partially refunded,c@example.com,,,,,
				pi_4,2024-09-21 08:00:00,9.00,0.00,usd,false,9.00,0.00,usd,requires_payment_method,d@example.com,,,,,
				ch_5,2024-09-22 08:00:00,9.00,0.00,usd,false,9.00,0.00,usd,Failed,e@example.com,,,,,
				ch_6,2024-09-22 09:00:00,9.00,0.00,usd,false,9.00,0.00,usd,Paid,f@example.com,,,,,
				,2024-09-22 09:00:00,9.00,0.00,usd,true,9.00,0.00,usd,Paid,g@example.com,,,,,
				ch_8,2024-09-22 10:00:00,9.00,lots,usd,true,9.00,0.00,usd,Refunded,h@example.com,,,,,
				""";
		ParsedFile file = Parsing.parse("unified_payments.csv", csv);

		assertThat(file.format()).isInstanceOf(StripePaymentsReader.class);
		LocalDate sep20 = LocalDate.of(2024, 9, 20);
		LocalDate sep21 = LocalDate.of(2024, 9, 21);
		LocalDate sep22 = LocalDate.of(2024, 9, 22);
		assertThat(file.revenue()).containsExactly(
				new RevenueEvent("ch_1", sep20, Kind.SALE, new BigDecimal("14.99"), "USD",
						new Utm("ig", "social", "spring", "link_in_bio", "")),
				new RevenueEvent("ch_2", sep20, Kind.SALE, new BigDecimal("30.00"), "USD", null),
				// no refund date in unified_payments: netted on the charge's day
				new RevenueEvent("ch_2", sep20, Kind.REFUND, new BigDecimal("-30.00"), "USD", null),
				new RevenueEvent("ch_3", sep21, Kind.SALE, new BigDecimal("50.00"), "EUR", null),
				new RevenueEvent("ch_3", sep21, Kind.REFUND, new BigDecimal("-20.00"), "EUR", null),
				new RevenueEvent("pi_4", sep21, Kind.FAILED, new BigDecimal("9.00"), "USD", null),
				new RevenueEvent("ch_5", sep22, Kind.FAILED, new BigDecimal("9.00"), "USD", null),
				// Paid but not captured: an authorisation, not money
				new RevenueEvent("ch_6", sep22, Kind.FAILED, new BigDecimal("9.00"), "USD", null));
		// line 9: a bad refund cell rejects the row before its sale is given: nothing half-read
		assertThat(file.rejects()).extracting(r -> r.message())
			.containsExactly("unified_payments.csv:8 column 'id' value '': payment id is missing",
					"unified_payments.csv:9 column 'Amount Refunded' value 'lots': not a number");
		assertThat(file.revenueLines()).doesNotContain(9L);
	}

	@Test
	void olderPaymentsCsvWithCreatedUtcRefundDateAndNoRefundedAmount() {
		String csv = """
				id,Description,Created (UTC),Amount,Currency,Status,Refunded date (UTC)
				ch_a,Order 1,2019-03-01 10:00,25.00,gbp,Paid,
				ch_b,Order 2,2019-03-01 11:00,40.00,gbp,Refunded,2019-03-05 09:00
				""";
		ParsedFile file = Parsing.parse("payments.csv", csv);

		assertThat(file.revenue()).containsExactly(
				new RevenueEvent("ch_a", LocalDate.of(2019, 3, 1), Kind.SALE, new BigDecimal("25.00"), "GBP", null),
				new RevenueEvent("ch_b", LocalDate.of(2019, 3, 1), Kind.SALE, new BigDecimal("40.00"), "GBP", null),
				// fully refunded with no Amount Refunded column: the whole amount, on the refund date
				new RevenueEvent("ch_b", LocalDate.of(2019, 3, 5), Kind.REFUND, new BigDecimal("-40.00"), "GBP", null));
	}
}
