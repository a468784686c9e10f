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
        version: WinnowVersion.current,
        subcommands: [
            Split.self, Score.self, Train.self, Merge.self, Evaluate.self, Normalize.self, Review.self, Adapt.self,
            Report.self
        ]
    )
}
