import ArgumentParser
import WinnowPipeline

@main
struct Winnow: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Moderate news-site comment sections: split pages, score comments, train models.",
        discussion: """
            Exit status: 0 success; 3 finished but skipped some inputs (each named on \
            standard error); 1 failed; 64 bad usage.
            """,
        subcommands: [Split.self, Score.self, Train.self, Merge.self, Evaluate.self, Normalize.self, Review.self, Report.self]
    )
}

/// Exit status for a run that finished but skipped inputs.
let skippedInputs = ExitCode(3)

/// Prints `error` as winnow's one-line message and exits with failure.
func fail(_ error: Error) -> ExitCode {
    Diagnostics.printError("error: \(error)")
    return ExitCode.failure
}
