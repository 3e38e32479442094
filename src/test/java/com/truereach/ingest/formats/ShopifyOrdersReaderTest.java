package com.truereach.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.truereach.domain.RevenueEvent.Kind;
import com.truereach.domain.RevenueEvent;
import com.truereach.domain.Utm;
import com.truereach.ingest.ParsedFile;

class ShopifyOrdersReaderTest {

	private static final String HEADER = "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,"
			+ "Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,"
			+ "Lineitem quantity,Lineitem name,Lineitem price,Billing Zip,Source,Note Attributes,Cancelled at,Refunded Amount\r\n";

	// line 2-4: order #1001 (its Note Attributes span three lines), line 5 its second line item,
	// 6 refunded, 7 partially refunded, 8 cancelled, 9 pending, 10 unknown status, 11 bad date,
	// 12 a line item of an order from the previous part, 13 Excel-guarded name and total
	private static final String RECENT = HEADER
			+ "#1001,a@example.com,paid,2026-04-05 21:07:00 +0400,fulfilled,,yes,EUR,50.00,5.90,4.00,59.90,,0.00,Standard,"
			+ "2026-04-05 21:06:21 +0400,1,Mug,25.00,'0812,web,\"UTM source: facebook\r\nUTM medium: paid\r\nutm_campaign: Spring\",,0.00\r\n"
			+ "#1001,,,,,,,,,,,,,,,,1,Plate,25.00,,,,,\r\n"
			+ "#1002,b@example.com,refunded,2026-04-06 10:00:00 -0500,,,no,USD,20.00,0.00,0.00,20.00,,0.00,,"
			+ "2026-04-06 10:00:00 -0500,1,Cup,20.00,,web,utm_source=ig,,20.00\r\n"
			+ "#1003,c@example.com,partially_refunded,,,,no,EUR,100.00,0.00,0.00,100.00,,0.00,,"
			+ "2026-04-07 23:59:59 +0200,2,Bowl,50.00,,web,,,30.00\r\n"
			+ "#1004,d@example.com,paid,,,,no,EUR,40.00,0.00,0.00,40.00,,0.00,,"
			+ "2026-04-08 08:00:00 +0000,1,Jug,40.00,,web,,2026-04-09 09:00:00 +0000,40.00\r\n"
			+ "#1005,e@example.com,pending,,,,no,EUR,15.00,0.00,0.00,15.00,,0.00,,"
			+ "2026-04-08 09:00:00 +0000,1,Spoon,15.00,,web,,,0.00\r\n"
			+ "#1006,f@example.com,bartered,,,,no,EUR,15.00,0.00,0.00,15.00,,0.00,,"
			+ "2026-04-08 09:00:00 +0000,1,Spoon,15.00,,web,,,0.00\r\n"
			+ "#1007,g@example.com,paid,,,,no,EUR,15.00,0.00,0.00,15.00,,0.00,,"
			+ "someday,1,Spoon,15.00,,web,,,0.00\r\n"
			+ "#1000,,,,,,,,,,,,,,,,1,Fork,3.00,,,,,\r\n"
			+ "'1008,h@example.com,paid,,,,no,eur,12.50,0.00,0.00,'12.50,,0.00,,"
			+ "'2026-04-09 12:00:00 +0100,1,Knife,12.50,,web,,,\r\n";

	@Test
	void oneEventPerOrderEveryLineAccountedAndStatusesMapped() {
		ParsedFile file = Parsing.parse("orders_export_1.csv", RECENT);

		assertThat(file.format()).isInstanceOf(ShopifyOrdersReader.class);
		assertThat(file.revenue()).containsExactly(
				new RevenueEvent("#1001", LocalDate.of(2026, 4, 5), Kind.SALE, new BigDecimal("59.90"), "EUR",
						new Utm("facebook", "paid", "Spring", "", "")),
				new RevenueEvent("#1002", LocalDate.of(2026, 4, 6), Kind.SALE, new BigDecimal("20.00"), "USD",
						new Utm("ig", "", "", "", "")),
				new RevenueEvent("#1002", LocalDate.of(2026, 4, 6), Kind.REFUND, new BigDecimal("-20.00"), "USD",
						new Utm("ig", "", "", "", "")),
				// 23:59:59 +0200 is still the 7th: the store-local date as written, not UTC
				new RevenueEvent("#1003", LocalDate.of(2026, 4, 7), Kind.SALE, new BigDecimal("100.00"), "EUR", null),
				new RevenueEvent("#1003", LocalDate.of(2026, 4, 7), Kind.REFUND, new BigDecimal("-30.00"), "EUR", null),
				new RevenueEvent("#1004", LocalDate.of(2026, 4, 8), Kind.FAILED, new BigDecimal("40.00"), "EUR", null),
				new RevenueEvent("#1005", LocalDate.of(2026, 4, 8), Kind.FAILED, new BigDecimal("15.00"), "EUR", null),
				new RevenueEvent("1008", LocalDate.of(2026, 4, 9), Kind.SALE, new BigDecimal("12.50"), "EUR", null));
		assertThat(file.revenueLines()).containsExactly(2L, 6L, 6L, 7L, 7L, 8L, 9L, 13L);
		// lines 2, 5, 6, 7, 8, 9, 12, 13 accepted; 10 and 11 rejected: 8 + 2 = 10 rows
		assertThat(file.accepted()).isEqualTo(8);
		assertThat(file.rejected()).isEqualTo(2);
		assertThat(file.rejects()).extracting(r -> r.line() + " " + r.column() + " " + r.value())
			.containsExactly("10 Financial Status bartered", "11 Created at someday");
	}

	@Test
	void olderExportWithFewerColumnsNetsRefundedOrdersAndFlagsUnknownPartialRefunds() {
		String older = """
				Name;Email;Financial Status;Currency;Total;Created at;Lineitem name
				#20;a@example.com;refunded;GBP;30,00;2019-03-02 10:00:00 +0000;Hat
				#21;b@example.com;partially_refunded;GBP;45,50;2019-03-03 10:00:00 +0000;Scarf
				#21;;;;;;Gloves
				""";
		ParsedFile file = Parsing.parse("orders_export.csv", older);

		assertThat(file.revenue()).containsExactly(
				new RevenueEvent("#20", LocalDate.of(2019, 3, 2), Kind.SALE, new BigDecimal("30.00"), "GBP", null),
				new RevenueEvent("#20", LocalDate.of(2019, 3, 2), Kind.REFUND, new BigDecimal("-30.00"), "GBP", null),
				new RevenueEvent("#21", LocalDate.of(2019, 3, 3), Kind.SALE, new BigDecimal("45.50"), "GBP", null));
		assertThat(file.rejects()).singleElement()
			.satisfies(r -> assertThat(r.message()).contains(":3 column 'Refunded Amount'")
				.contains("gives no refunded amount"));
		// line 2 and 4 accepted, line 3 rejected
		assertThat(file.read()).isEqualTo(3);
		assertThat(file.accepted()).isEqualTo(2);
	}

	@Test
	void refundDateColumnMovesTheRefundToItsOwnDay() {
		String withDate = """
				Name,Financial Status,Currency,Total,Created at,Refunded Amount,Refunded at
				#7,partially_refunded,EUR,80.00,2026-05-01 10:00:00 +0200,25.00,2026-05-09 11:00:00 +0200
				""";
		ParsedFile file = Parsing.parse("orders_export_2.csv", withDate);

		assertThat(file.revenue()).extracting(RevenueEvent::day, RevenueEvent::amount)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 5, 1), new BigDecimal("80.00")),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 5, 9), new BigDecimal("-25.00")));
	}

	@Test
	void noteAttributesAcceptAnyCaseAndSeparator() {
		assertThat(ShopifyOrdersReader.noteUtm("gift: yes\nUTM_Source = Instagram\nutm-content: link_in_bio\nReferrer: https://l.instagram.com/"))
			.isEqualTo(new Utm("Instagram", "", "", "link_in_bio", "https://l.instagram.com/"));
		assertThat(ShopifyOrdersReader.noteUtm("")).isEqualTo(Utm.NONE);
	}

	@Test
	void aHeaderOnlyExportOfANewShopIsValidWithNoRows() {
		ParsedFile file = Parsing.parse("orders_export.csv", HEADER);

		assertThat(file.format()).isInstanceOf(ShopifyOrdersReader.class);
		assertThat(file.status()).isEqualTo(ParsedFile.Status.OK);
		assertThat(file.read()).isZero();
		assertThat(file.revenue()).isEmpty();
		assertThat(file.message()).contains("shopify-orders", "header only");
	}
}
