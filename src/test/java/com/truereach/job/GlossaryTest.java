package com.truereach.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.truereach.report.ReportModel.GlossaryEntry;

class GlossaryTest {

	private static final String DOCUMENT = """
			# Follower cleanliness

			Every number below is the one the code uses (package `com.truereach.quality`).

			## Robust z
			| quantity | formula | source |
			|---|---|---|
			| scale | max(1.4826 * MAD, 1) | **METHODS.md** gain spike |
			| robust z | z_t = (dF_t - median) / scale | |

			## Score (0..100)
			| component | value | weight | source |
			|---|---|---|---|
			| growth | 100 * max(0, 1 - s / 0.5) | 0.35 | Socialbakers bands |

			## Money
			- Amounts are exact decimals, in the *main currency*
			  of the account.
			1. Platform = alias of `utm_source`, see [FORMATS](FORMATS.md).

			For k fakes among n:

			    centre = (p + z^2 / 2n) / (1 + z^2 / n)
			""";

	@Test
	void everyTableRowParagraphListItemAndFormulaLineIsAnEntryWithoutMarkdown() {
		List<GlossaryEntry> entries = Glossary.sections("formulas/quality.md", DOCUMENT);
		String source = "src/main/resources/formulas/quality.md";
		assertThat(entries).containsExactly(
				new GlossaryEntry("Follower cleanliness", "",
						"Every number below is the one the code uses (package com.truereach.quality).", source),
				new GlossaryEntry("Follower cleanliness: Robust z", "scale", "max(1.4826 * MAD, 1)",
						"METHODS.md gain spike (" + source + ")"),
				new GlossaryEntry("Follower cleanliness: Robust z", "robust z", "z_t = (dF_t - median) / scale", source),
				new GlossaryEntry("Follower cleanliness: Score (0..100)", "growth",
						"value: 100 * max(0, 1 - s / 0.5); weight: 0.35", "Socialbakers bands (" + source + ")"),
				new GlossaryEntry("Follower cleanliness: Money", "",
						"Amounts are exact decimals, in the main currency of the account.", source),
				new GlossaryEntry("Follower cleanliness: Money", "",
						"1. Platform = alias of utm_source, see FORMATS (FORMATS.md).", source),
				new GlossaryEntry("Follower cleanliness: Money", "", "For k fakes among n:", source),
				new GlossaryEntry("Follower cleanliness: Money", "", "centre = (p + z^2 / 2n) / (1 + z^2 / n)", source));
	}

	@Test
	void theShippedGlossaryHasNoMarkdownAndNamesBaselinesInWords() {
		for (GlossaryEntry entry : Glossary.entries()) {
			for (String text : List.of(entry.topic(), entry.term(), entry.formula(), entry.source())) {
				assertThat(text).as(entry.toString())
					.doesNotStartWith("#")
					.doesNotStartWith("|")
					.doesNotContain("**")
					.doesNotContain("`")
					.doesNotContainPattern("(^|\\s)\\*\\S[^*]*\\S\\*(\\s|$|[.,;:])")
					.doesNotContain("_RIVAL_IQ_");
			}
		}
		assertThat(Glossary.entries()).anySatisfy(entry -> {
			assertThat(entry.topic()).isEqualTo("Engagement baselines");
			assertThat(entry.term()).isEqualTo("Instagram");
			assertThat(entry.formula()).endsWith(" = 0.47%");
		});
	}
}
