package com.truereach.tooling.generate;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Stripe {@code unified_payments.csv} (docs/formats.md, Revenue 1): newest first, amounts in major
 * units, currency lower case, UTM columns filled only for tagged links, failed and incomplete
 * payments and full and partial refunds among them.
 */
final class StripeExport {

	static final String HEADER = "id,Created date (UTC),Amount,Amount Refunded,Currency,Captured,Converted Amount,"
			+ "Converted Amount Refunded,Converted Currency,Decline Reason,Description,Fee,Mode,Status,"
			+ "Statement Descriptor,Customer ID,Customer Description,Customer Email,Checkout Session ID,"
			+ "Payment Link ID,UTM Campaign,UTM Content,UTM Medium,UTM Source,UTM Term,Card Brand,Card Funding,"
			+ "Card Last4,Card Address Country,Invoice ID";

	static final CsvOut.Style STYLE = new CsvOut.Style(CsvOut.Encoding.UTF8, CsvOut.Quoting.MINIMAL, ',', "\n", true);

	private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final List<String> PRODUCTS = List.of("House Blend 340g", "Single Origin Guji 250g",
			"Espresso Roast 1kg", "Monthly subscription", "Gift box", "Cold brew kit");

	private static final List<BigDecimal> PRICES = List.of(new BigDecimal("14.99"), new BigDecimal("18.50"),
			new BigDecimal("32.00"), new BigDecimal("24.99"), new BigDecimal("59.00"), new BigDecimal("39.00"));

	private static final double[] PRODUCT_WEIGHTS = { 0.3, 0.2, 0.12, 0.2, 0.08, 0.1 };

	/** One row of the export. {@code refunded} is zero unless money went back. */
	record Payment(Sales.Sale sale, String id, String product, BigDecimal amount, BigDecimal refunded, String status,
			boolean captured, String declineReason) {

		boolean paid() {
			return captured;
		}

		BigDecimal net() {
			return captured ? amount.subtract(refunded) : BigDecimal.ZERO;
		}
	}

	private StripeExport() {
	}

	static List<Payment> payments(List<Sales.Sale> sales, long seed) {
		SplittableRandom r = Noise.rng(seed, "stripe/payments");
		List<Payment> payments = new ArrayList<>();
		for (Sales.Sale sale : sales) {
			if (sale.store() != Sales.Store.STRIPE) {
				continue;
			}
			int p = PRODUCTS.indexOf(Noise.pick(r, PRODUCTS, PRODUCT_WEIGHTS));
			BigDecimal amount = PRICES.get(p);
			double x = r.nextDouble();
			if (x < 0.03) {
				payments.add(new Payment(sale, "ch_3" + Noise.token(r, 23), PRODUCTS.get(p), amount, BigDecimal.ZERO,
						"Failed", false, r.nextBoolean() ? "card_declined" : "insufficient_funds"));
			}
			else if (x < 0.05) {
				payments.add(new Payment(sale, "pi_3" + Noise.token(r, 23), PRODUCTS.get(p), amount, BigDecimal.ZERO,
						"requires_payment_method", false, ""));
			}
			else if (x < 0.075) {
				payments.add(new Payment(sale, "ch_3" + Noise.token(r, 23), PRODUCTS.get(p), amount, amount, "Refunded",
						true, ""));
			}
			else if (x < 0.085) {
				BigDecimal part = amount.multiply(new BigDecimal("0.5")).setScale(2, RoundingMode.HALF_UP);
				payments.add(new Payment(sale, "ch_3" + Noise.token(r, 23), PRODUCTS.get(p), amount, part, "Paid", true,
						""));
			}
			else {
				payments.add(new Payment(sale, "ch_3" + Noise.token(r, 23), PRODUCTS.get(p), amount, BigDecimal.ZERO,
						"Paid", true, ""));
			}
		}
		return payments;
	}

	static void write(List<Payment> payments, Path file, String brand, long seed) throws IOException {
		SplittableRandom r = Noise.rng(seed, "stripe/columns");
		try (CsvOut csv = CsvOut.create(file, STYLE)) {
			csv.raw(HEADER);
			for (int k = payments.size() - 1; k >= 0; k--) {
				Payment p = payments.get(k);
				Sales.Sale sale = p.sale();
				String customer = "cus_" + Noise.token(r, 14);
				BigDecimal fee = p.captured()
						? p.amount().multiply(new BigDecimal("0.029")).add(new BigDecimal("0.30")).setScale(2,
								RoundingMode.HALF_UP)
						: BigDecimal.ZERO.setScale(2);
				csv.row(p.id(), CREATED.format(sale.utc()), p.amount(), p.refunded().setScale(2), "usd", p.captured(),
						p.captured() ? p.amount() : "0.00", p.refunded().setScale(2), "usd", p.declineReason(),
						brand + " - " + p.product(), fee, "Live", p.status(), brand.toUpperCase(java.util.Locale.ROOT),
						customer, "", "buyer" + Noise.digits(r, 5) + "@example.com", "cs_live_" + Noise.token(r, 24),
						sale.tagged() ? "plink_" + Noise.token(r, 24) : "", sale.campaign(), sale.content(), sale.medium(),
						sale.source(), "", r.nextInt(4) == 0 ? "mastercard" : "visa", "credit", Noise.digits(r, 4),
						r.nextInt(5) == 0 ? "CA" : "US", "");
			}
		}
	}
}
