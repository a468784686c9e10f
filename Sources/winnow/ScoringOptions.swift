import ArgumentParser
import WinnowBayes
import WinnowPipeline

/// Options shared by the commands that score: the model and the verdict thresholds.
struct ScoringOptions: ParsableArguments {
    @Option(
        help: "Model file (default: $WINNOW_MODEL, then Models/winnow.model of the checkout the binary was built in).")
    var model: String?

    @Option(help: "Reject when a score reaches this: '0.9' or 'hostile=0.9,offtopic=0.95'.")
    var rejectAbove: String?

    @Option(help: "Send to review when a score reaches this: '0.5' or 'hostile=0.5,offtopic=0.6'.")
    var reviewAbove: String?

    @Option(
        help:
            "Share of each label among your comments, e.g. 'hostile=0.05': moves the probabilities (calibrated for balanced classes) to your site's odds."
    )
    var baseRate: String?

    /// Bad thresholds or base rates are bad usage (64), found before any work.
    func validate() throws {
        do {
            _ = try policy()
        } catch {
            throw ValidationError("\(error)")
        }
    }

    /// The model, named on standard error with its hash so every run says which it used.
    func loadModel() throws -> ModelStore.Loaded {
        let loaded = try ModelStore.locate(explicit: model)
        Diagnostics.printError("model \(loaded.provenance)")
        return loaded
    }

    func policy() throws -> VerdictPolicy {
        var policy = VerdictPolicy(
            reject: try rejectAbove.map(VerdictPolicy.parse) ?? [:],
            review: try reviewAbove.map(VerdictPolicy.parse) ?? [:])
        policy.baseRates = try baseRate.map(VerdictPolicy.parseRates) ?? [:]
        return policy
    }
}
