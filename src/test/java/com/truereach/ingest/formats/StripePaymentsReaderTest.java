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

	/** A unified export of a shop with abandoned checkouts: 3 charges among 11 rows, 8 PaymentIntents that never charged. */
	@Test
	void paymentIntentsThatNeverChargedAreSkippedAsNotRevenueAndThePaidRowsUsed() {
		StringBuilder csv = new StringBuilder("id,Created date (UTC),Amount,Amount Refunded,Currency,Captured,Status\n");
		csv.append("ch_1,2026-03-01 10:00:00,20.00,0.00,usd,true,Paid\n");
		for (int i = 0; i < 5; i++) {
			csv.append(",2026-03-01 11:0").append(i).append(":00,20.00,0.00,usd,false,requires_payment_method\n");
		}
		csv.append("ch_2,2026-03-02 10:00:00,35.00,0.00,usd,true,Paid\n");
		for (int i = 0; i < 3; i++) {
			csv.append(",2026-03-02 12:0").append(i).append(":00,35.00,0.00,usd,false,canceled\n");
		}
		csv.append("ch_3,2026-03-03 10:00:00,15.00,0.00,usd,true,Paid\n");

		ParsedFile file = new com.truereach.ingest.FileParser(StandardFormats.registry(), 0.05)
			.parse(com.truereach.ingest.Source.of("unified_payments.csv",
					csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));

		assertThat(file.status()).isEqualTo(ParsedFile.Status.OK);
		assertThat(file.read()).isEqualTo(11);
		assertThat(file.accepted()).isEqualTo(3);
		assertThat(file.rejected()).isZero();
		assertThat(file.skipped()).isEqualTo(8);
		assertThat(file.skipReasons()).hasSize(1).containsValue(8L);
		assertThat(file.skipReasons().keySet()).singleElement()
			.satisfies(reason -> assertThat(reason).contains("not revenue", "never charged"));
		assertThat(file.message()).contains("8 rows skipped: not revenue");
		assertThat(file.revenue()).extracting(RevenueEvent::orderId).containsExactly("ch_1", "ch_2", "ch_3");
	}

	@Test
	void aRowWithoutIdThatIsNotAnUnchargedIntentIsStillRejected() {
		String csv = """
				id,Created date (UTC),Amount,Currency,Status
				,2026-03-01 10:00:00,20.00,usd,Paid
				,2026-03-01 10:00:00,,usd,canceled
				""";
		ParsedFile file = Parsing.parse("unified_payments.csv", csv);

		assertThat(file.rejects()).extracting(r -> r.line()).containsExactly(2L, 3L);
		assertThat(file.skipped()).isZero();
	}

	@Test
	void headerOnlyExportsAreValidWithNoRows() {
		for (String header : new String[] { "id,Created date (UTC),Amount,Amount Refunded,Currency,Captured,Status,UTM Source\r\n",
				"id,Description,Created (UTC),Amount,Currency,Status\n" }) {
			ParsedFile file = Parsing.parse("payments.csv", header);

			assertThat(file.format()).isInstanceOf(StripePaymentsReader.class);
			assertThat(file.status()).isEqualTo(ParsedFile.Status.OK);
			assertThat(file.read()).isZero();
			assertThat(file.revenue()).isEmpty();
			assertThat(file.first()).isNull();
			assertThat(file.message()).contains("header only");
		}
	}

	/** A download that stopped inside the last charge: before, its Amount read as 14.9 instead of 14.99 and the row counted. */
	@Test
	void aTruncatedExportRejectsItsCutOffLastRow() {
		String csv = "id,Created date (UTC),Amount,Currency,Status\n"
				+ "ch_1,2026-03-01 10:00:00,20.00,usd,Paid\n"
				+ "ch_2,2026-03-01 11:00:00,14.9";
		ParsedFile file = Parsing.parse("unified_payments.csv", csv);

		assertThat(file.revenue()).extracting(RevenueEvent::orderId).containsExactly("ch_1");
		assertThat(file.rejects()).singleElement().satisfies(reject -> {
			assertThat(reject.line()).isEqualTo(3);
			assertThat(reject.column()).isEqualTo("Amount");
			assertThat(reject.reason()).contains("cut off");
		});
	}
}
