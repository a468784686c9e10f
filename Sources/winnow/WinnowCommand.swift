import ArgumentParser
import WinnowPipeline

/// A winnow subcommand: `execute()` parses what is left and calls the library; the one
/// funnel in `run()` turns every error into a one-line message and an exit status.
protocol WinnowCommand: ParsableCommand {
    func execute() throws
}

extension WinnowCommand {
    func run() throws {
        TemporaryFiles.installSignalHandlers()
        do {
            try execute()
        } catch let exit as ExitCode {
            throw exit
        } catch let error as PipelineError where error.isUsage {
            Diagnostics.printError("error: \(error)")
            throw ExitCode.validationFailure
        } catch {
            Diagnostics.printError("error: \(error)")
            throw ExitCode.failure
        }
    }
}

/// Runs a check of option values in `validate()`: its error becomes bad usage (exit 64).
func asUsage(_ check: () throws -> Void) throws {
    do {
        try check()
    } catch {
        throw ValidationError("\(error)")
    }
}

/// Exit status for a run that finished but skipped inputs.
let skippedInputs = ExitCode(3)
