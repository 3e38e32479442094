package com.truereach.tooling.training;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import com.truereach.domain.Reject;
import com.truereach.tooling.training.LabelledProfileReader.LabelledSet;

/** The labelled profile files of the commands that learn from or score against them (a picocli mixin). */
final class LabelledFiles {

	@Parameters(arity = "1..*", paramLabel = "FILE",
			description = "labelled profile CSV files: Twitter user-object columns plus label=human|fake")
	private List<Path> files;

	@Spec(Spec.Target.MIXEE)
	private CommandSpec spec;

	PrintWriter out() {
		return spec.commandLine().getOut();
	}

	/** Reads the files, reports every rejected row on stderr, and insists on both classes. */
	LabelledSet read() throws IOException {
		LabelledSet set = LabelledProfileReader.read(files);
		PrintWriter err = spec.commandLine().getErr();
		for (Reject reject : set.rejects()) {
			err.println("rejected " + reject.message());
		}
		out().printf("read %d labelled profiles (%d human, %d fake) from %d file(s); %d row(s) rejected%n",
				set.profiles().size(), set.humans(), set.fakes(), files.size(), set.rejects().size());
		if (set.humans() == 0 || set.fakes() == 0) {
			throw new ParameterException(spec.commandLine(), "the files need both human and fake profiles; found "
					+ set.humans() + " human and " + set.fakes() + " fake");
		}
		return set;
	}
}
