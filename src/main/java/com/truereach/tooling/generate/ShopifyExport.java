package com.truereach.tooling.generate;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Shopify {@code orders_export_1.csv} (docs/formats.md, Revenue 2): 79 columns, one row per line item
 * (later rows of an order repeat only {@code Name} and the line item), Berlin times with their
 * offset, Excel-guarded zip codes and phone numbers, UTMs only in {@code Note Attributes}.
 */
final class ShopifyExport {

	static final List<String> HEADER = List.of("Name", "Email", "Financial Status", "Paid at", "Fulfillment Status",
			"Fulfilled at", "Accepts Marketing", "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code",
			"Discount Amount", "Shipping Method", "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price",
			"Lineitem compare at price", "Lineitem sku", "Lineitem requires shipping", "Lineitem taxable",
			"Lineitem fulfillment status", "Billing Name", "Billing Street", "Billing Address1", "Billing Address2",
			"Billing Company", "Billing City", "Billing Zip", "Billing Province", "Billing Country", "Billing Phone",
			"Shipping Name", "Shipping Street", "Shipping Address1", "Shipping Address2", "Shipping Company",
			"Shipping City", "Shipping Zip", "Shipping Province", "Shipping Country", "Shipping Phone", "Notes",
			"Note Attributes", "Cancelled at", "Payment Method", "Payment Reference", "Refunded Amount", "Vendor",
			"Outstanding Balance", "Employee", "Location", "Device ID", "Id", "Tags", "Risk Level", "Source",
			"Lineitem discount", "Tax 1 Name", "Tax 1 Value", "Tax 2 Name", "Tax 2 Value", "Tax 3 Name", "Tax 3 Value",
			"Tax 4 Name", "Tax 4 Value", "Tax 5 Name", "Tax 5 Value", "Phone", "Receipt Number", "Duties",
			"Billing Province Name", "Shipping Province Name", "Payment ID", "Payment Terms Name",
			"Next Payment Due At", "Payment References");

	static final CsvOut.Style STYLE = new CsvOut.Style(CsvOut.Encoding.UTF8, CsvOut.Quoting.MINIMAL, ',', "\n", true);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");

	private static final ZoneId STORE_ZONE = ZoneId.of("Europe/Berlin");

	private static final List<String[]> CUSTOMERS = List.of(new String[] { "Lena Fischer", "Dresden", "01067", "DE" },
			new String[] { "Jonas Becker", "Leipzig", "04109", "DE" },
			new String[] { "Sanne de Vries", "Amsterdam", "1012 AB", "NL" },
			new String[] { "Mia Laurent", "Lyon", "69002", "FR" },
			new String[] { "Tomas Novak", "Berlin", "10115", "DE" },
			new String[] { "Elin Berg", "Hamburg", "20095", "DE" },
			new String[] { "Luca Bianchi", "Bolzano", "39100", "IT" },
			new String[] { "Anouk Peeters", "Ghent", "9000", "BE" });

	private static final Map<String, List<String>> PRODUCTS = Map.of("Fjord Tea",
			List.of("Nordic Breakfast 100g|8.90|FT-NB100", "Birch Chai 100g|9.90|FT-BC100",
					"Tasting Set|24.00|FT-SET", "Glass Teapot|29.00|FT-POT"),
			"Northwind Coffee", List.of("House Blend 1kg|32.00|NW-HB1000", "Espresso Roast 250g|11.50|NW-ES250",
					"Gift Box|45.00|NW-GIFT", "Single Origin Guji 250g|14.90|NW-GUJI"));

	private static final Map<String, Integer> COLUMN = new HashMap<>();

	static {
		for (int i = 0; i < HEADER.size(); i++) {
			COLUMN.put(HEADER.get(i), i);
		}
	}

	/** One order after payment, for totals and checks. */
	record Order(Sales.Sale sale, String name, String status, BigDecimal total, BigDecimal refunded) {
	}

	private ShopifyExport() {
	}

	static List<Order> write(List<Sales.Sale> sales, Path file, long seed) throws IOException {
		SplittableRandom r = Noise.rng(seed, "shopify/orders");
		List<Sales.Sale> shop = sales.stream().filter(s -> s.store() == Sales.Store.SHOPIFY).toList();
		List<String[]> blocks = new ArrayList<>();
		List<Integer> blockStarts = new ArrayList<>();
		List<Order> orders = new ArrayList<>();
		for (int n = 0; n < shop.size(); n++) {
			blockStarts.add(blocks.size());
			orders.add(order(shop.get(n), "#" + (1001 + n), n, blocks, r));
		}
		try (CsvOut csv = CsvOut.create(file, STYLE)) {
			csv.row(HEADER);
			for (int n = shop.size() - 1; n >= 0; n--) {
				int end = n + 1 < shop.size() ? blockStarts.get(n + 1) : blocks.size();
				for (int k = blockStarts.get(n); k < end; k++) {
					csv.row((Object[]) blocks.get(k));
				}
			}
		}
		return orders;
	}

	private static Order order(Sales.Sale sale, String name, int n, List<String[]> rows, SplittableRandom r) {
		ZonedDateTime created = sale.utc().atZone(ZoneOffset.UTC).withZoneSameInstant(STORE_ZONE);
		List<String> catalogue = PRODUCTS.get(sale.brand());
		int lines = 1 + (r.nextDouble() < 0.35 ? 1 : 0) + (r.nextDouble() < 0.1 ? 1 : 0);
		List<String[]> items = new ArrayList<>();
		BigDecimal subtotal = BigDecimal.ZERO;
		for (int k = 0; k < lines; k++) {
			String[] product = catalogue.get((n + k * 3 + r.nextInt(catalogue.size())) % catalogue.size()).split("\\|");
			int quantity = r.nextDouble() < 0.2 ? 2 : 1;
			subtotal = subtotal.add(new BigDecimal(product[1]).multiply(BigDecimal.valueOf(quantity)));
			items.add(new String[] { Integer.toString(quantity), sale.brand() + " - " + product[0], product[1], product[2] });
		}
		boolean discounted = r.nextDouble() < 0.12;
		BigDecimal discount = discounted ? subtotal.multiply(new BigDecimal("0.10")).setScale(2, RoundingMode.HALF_UP)
				: BigDecimal.ZERO.setScale(2);
		BigDecimal shipping = subtotal.compareTo(new BigDecimal("39")) >= 0 ? BigDecimal.ZERO.setScale(2)
				: new BigDecimal("4.90");
		BigDecimal total = subtotal.subtract(discount).add(shipping);
		BigDecimal taxes = total.multiply(new BigDecimal("19")).divide(new BigDecimal("119"), 2, RoundingMode.HALF_UP);
		// a few fixed positions guarantee at least one cancelled and one refunded order in any set
		double x = r.nextDouble();
		String status = n % 41 == 7 || x < 0.02 ? "voided"
				: n % 31 == 11 || x < 0.045 ? "refunded" : x < 0.06 ? "partially_refunded" : x < 0.075 ? "pending" : "paid";
		BigDecimal refunded = switch (status) {
			case "refunded" -> total;
			case "partially_refunded" -> items.size() > 1 ? new BigDecimal(items.get(1)[2]) : shipping;
			default -> BigDecimal.ZERO.setScale(2);
		};
		String[] customer = Noise.pick(r, CUSTOMERS);
		boolean fulfilled = status.equals("paid") || status.equals("partially_refunded");
		String[] first = new String[HEADER.size()];
		Arrays.fill(first, "");
		set(first, "Name", name);
		set(first, "Email", customer[0].toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + Noise.digits(r, 3)
				+ "@example.org");
		set(first, "Financial Status", status);
		set(first, "Paid at", status.equals("pending") || status.equals("voided") ? ""
				: TIME.format(created.plusSeconds(2 + r.nextInt(40))));
		set(first, "Fulfillment Status", fulfilled ? "fulfilled" : "unfulfilled");
		set(first, "Fulfilled at", fulfilled ? TIME.format(created.plusHours(20 + r.nextInt(40))) : "");
		set(first, "Accepts Marketing", r.nextBoolean() ? "yes" : "no");
		set(first, "Currency", "EUR");
		set(first, "Subtotal", subtotal.subtract(discount).toPlainString());
		set(first, "Shipping", shipping.toPlainString());
		set(first, "Taxes", taxes.toPlainString());
		set(first, "Total", total.toPlainString());
		set(first, "Discount Code", discounted ? "WELCOME10" : "");
		set(first, "Discount Amount", discount.toPlainString());
		set(first, "Shipping Method", shipping.signum() == 0 ? "Free shipping" : "Standard");
		set(first, "Created at", TIME.format(created));
		set(first, "Billing Name", customer[0]);
		String street = "Hauptstrasse " + (1 + r.nextInt(120));
		set(first, "Billing Street", street);
		set(first, "Billing Address1", street);
		set(first, "Billing City", customer[1]);
		set(first, "Billing Zip", "'" + customer[2]);
		set(first, "Billing Country", customer[3]);
		set(first, "Billing Phone", r.nextInt(3) == 0 ? "'0" + Noise.digits(r, 10) : "");
		set(first, "Shipping Name", customer[0]);
		set(first, "Shipping Street", street);
		set(first, "Shipping Address1", street);
		set(first, "Shipping City", customer[1]);
		set(first, "Shipping Zip", "'" + customer[2]);
		set(first, "Shipping Country", customer[3]);
		set(first, "Note Attributes", noteAttributes(sale, r));
		set(first, "Cancelled at", status.equals("voided") ? TIME.format(created.plusHours(3 + r.nextInt(30))) : "");
		set(first, "Payment Method", r.nextInt(3) == 0 ? "PayPal Express Checkout" : "Shopify Payments");
		set(first, "Payment Reference", "c" + Noise.digits(r, 11) + "." + (1 + r.nextInt(3)));
		set(first, "Refunded Amount", refunded.toPlainString());
		set(first, "Vendor", sale.brand());
		set(first, "Outstanding Balance", status.equals("pending") ? total.toPlainString() : "0.00");
		set(first, "Id", Noise.digits(r, 13));
		set(first, "Risk Level", "Low");
		set(first, "Source", r.nextInt(6) == 0 ? "580111" : "web");
		set(first, "Tax 1 Name", "DE MwSt 19%");
		set(first, "Tax 1 Value", taxes.toPlainString());
		set(first, "Payment ID", "c" + Noise.digits(r, 11));
		for (int k = 0; k < items.size(); k++) {
			String[] row = k == 0 ? first : new String[HEADER.size()];
			if (k > 0) {
				Arrays.fill(row, "");
				set(row, "Name", name);
			}
			String[] item = items.get(k);
			set(row, "Lineitem quantity", item[0]);
			set(row, "Lineitem name", item[1]);
			set(row, "Lineitem price", item[2]);
			set(row, "Lineitem sku", item[3]);
			set(row, "Lineitem requires shipping", "true");
			set(row, "Lineitem taxable", "true");
			set(row, "Lineitem fulfillment status", fulfilled ? "fulfilled" : "pending");
			set(row, "Lineitem discount", "0.00");
			rows.add(row);
		}
		return new Order(sale, name, status, total, refunded);
	}

	/** What a UTM app writes into the order: one {@code key: value} line per tag. Some tagged orders lose theirs. */
	private static String noteAttributes(Sales.Sale sale, SplittableRandom r) {
		if (!sale.tagged() || r.nextDouble() < 0.15) {
			return "";
		}
		StringBuilder note = new StringBuilder("UTM source: ").append(sale.source());
		note.append("\nUTM medium: ").append(sale.medium());
		if (!sale.campaign().isEmpty()) {
			note.append("\nUTM campaign: ").append(sale.campaign());
		}
		if (!sale.content().isEmpty()) {
			note.append("\nUTM content: ").append(sale.content());
		}
		return note.toString();
	}

	private static void set(String[] row, String column, String value) {
		row[COLUMN.get(column)] = value;
	}
}
