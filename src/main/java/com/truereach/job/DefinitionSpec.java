package com.truereach.job;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A job definition as written in {@code jobs/*.yml}: what Jackson binds the YAML to, field by
 * field, with the checks of each field as Bean Validation constraints. The messages are the text
 * after the field path ({@code accounts[2].platform: unknown platform 'myspace'}). What needs more
 * than one field (globs against the disk, account ids named elsewhere) is checked when
 * {@link JobDefinitionLoader} turns this into a {@link JobDefinition}.
 * <p>
 * Whole numbers are read as decimals and checked by {@code @Digits(fraction = 0)}: Jackson ends the
 * whole reading at a 2.5 bound to an {@code int}, where a constraint names it beside every other
 * mistake.
 */
record DefinitionSpec(@NotBlank(message = REQUIRED) String name, @Valid Window window, String output,
		@DecimalMin(value = "0", message = SHARE) @DecimalMax(value = "1", message = SHARE) Double rejectThreshold,
		@Pattern(regexp = CURRENCY, message = NOT_CURRENCY) String currency,
		Map<@Pattern(regexp = CURRENCY, message = NOT_CURRENCY) String, @NotNull(message = POSITIVE) @Positive(
				message = POSITIVE) BigDecimal> rates,
		@NotEmpty(message = "at least one account is required") List<@NotNull(message = MAPPING) @Valid Account> accounts,
		List<@NotNull(message = MAPPING) @Valid Revenue> revenue,
		List<@NotNull(message = MAPPING) @Valid Rule> attribution, @Valid Retention retention,
		@Size(min = 1, message = "list at least one client, or leave the field out") List<@NotNull(
				message = MAPPING) @Valid Client> clients) {

	static final String REQUIRED = "is required";

	static final String MAPPING = "expected a mapping";

	static final String SHARE = "must be a share between 0 and 1 (0.05 = 5%), got '${validatedValue}'";

	static final String CURRENCY = "\\s*[A-Za-z]{3}\\s*";

	static final String NOT_CURRENCY = "'${validatedValue}' is not a three-letter currency code";

	static final String POSITIVE = "must be a positive number, got '${validatedValue}'";

	static final String DAYS = "must be a whole number of days >= 1, got '${validatedValue}'";

	static final String FOLLOWERS = "must be a whole number >= 0, got '${validatedValue}'";

	/**
	 * Account and client ids: they name results, sheets and files, so letters, digits, '.', '_'
	 * and '-' only, starting with a letter or digit.
	 */
	static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

	static final String NOT_ID = "'${validatedValue}' is not an id: up to 64 letters, digits, '.', '_' or '-', "
			+ "starting with a letter or digit";

	/** {@code ending}: latest, yesterday or a day; read when the definition is resolved. */
	record Window(@Digits(integer = 6, fraction = 0, message = DAYS) @Min(value = 1, message = DAYS) BigDecimal days,
			String ending) {
	}

	record Account(@NotNull(message = REQUIRED) @Pattern(regexp = ID, message = NOT_ID) String id,
			@NotNull(message = REQUIRED) @SocialPlatform String platform, String handle, String name,
			@NotEmpty(message = "at least one file or glob is required") List<@NotNull(
					message = "expected a path or glob") @Valid FileEntry> files,
			@Valid Anchor followersAnchor,
			@Positive(message = POSITIVE) BigDecimal pricePer1000Followers) {
	}

	/**
	 * An entry of a {@code files} list: a glob, or (accounts only) a mapping
	 * {@code { path: <glob, file or folder>, exportedOn: YYYY-MM-DD }} giving the day its files were
	 * exported, for exports whose dates have no year (TikTok Studio) and whose name carries none.
	 * {@code dated}: written as a mapping, which needs {@code exportedOn}. The creators below are the
	 * only ways Jackson makes an entry, so {@code dated} is not a field a definition may give.
	 */
	record FileEntry(@NotBlank(message = REQUIRED) String path,
			@PastOrPresent(message = "${validatedValue} is in the future; an export is made on or before today") LocalDate exportedOn,
			boolean dated) {

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static FileEntry glob(String glob) {
			return new FileEntry(glob, null, false);
		}

		@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
		static FileEntry dated(@JsonProperty("path") String path, @JsonProperty("exportedOn") LocalDate exportedOn) {
			return new FileEntry(path, exportedOn, true);
		}
	}

	record Anchor(@NotNull(message = REQUIRED + " (YYYY-MM-DD)") LocalDate date,
			@NotNull(message = FOLLOWERS) @Digits(integer = 15, fraction = 0, message = FOLLOWERS) @PositiveOrZero(
					message = FOLLOWERS) BigDecimal followers) {
	}

	record Revenue(@NotBlank(message = REQUIRED) String name,
			@NotEmpty(message = "at least one file or glob is required") List<@NotNull(
					message = "expected a path or glob") @Valid FileEntry> files) {
	}

	/** Every condition given must hold; the first rule that matches wins. */
	record Rule(@SocialPlatform String platform, String utmSource, String utmMedium, String utmCampaign,
			String utmContent, String referrer,
			@NotBlank(message = "every rule must name the account it attributes to") String account) {
	}

	record Retention(@NotNull(message = DAYS) @Digits(integer = 6, fraction = 0, message = DAYS) @Min(value = 1,
			message = DAYS) BigDecimal days) {
	}

	/** A client (or brand) of the agency and the ids of its accounts. */
	record Client(@NotNull(message = REQUIRED) @Pattern(regexp = ID, message = NOT_ID) String id, String name,
			@NotEmpty(message = "list the ids of the client's accounts") List<@NotBlank(
					message = "expected an account id") String> accounts) {
	}
}
