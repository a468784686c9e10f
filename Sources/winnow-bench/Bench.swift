import Foundation
import WinnowBayes
import WinnowPipeline
import WinnowSplit
import WinnowText

/// `make bench`: throughput of each stage and of the whole `winnow score --comments` run.
/// Uses ../shared/data when given (--shared DIR), else the sample data in Data/.
@main
struct Bench {
    static func main() {
        let args = CommandLine.arguments
        var shared: String?
        if let flag = args.firstIndex(of: "--shared") {
            guard flag + 1 < args.count else { fail("--shared needs a directory (../shared/data)", status: 64) }
            shared = args[flag + 1]
        }
        do {
            try run(shared: shared)
        } catch {
            fail("\(error)", status: 1)
        }
    }

    /// Says what went wrong, not a trap's backtrace: a mistyped `--shared` is the usual cause.
    static func fail(_ message: String, status: Int32) -> Never {
        FileHandle.standardError.write(Data("winnow-bench: \(message)\n".utf8))
        exit(status)
    }

    static func run(shared: String?) throws {
        let corpus = try Corpus.load(shared: shared)
        print(
            "winnow bench: \(corpus.comments.count) comments (\(corpus.commentBytes / 1024) KiB), "
                + "\(corpus.pages.count) pages (\(corpus.pageBytes / 1024) KiB); \(ProcessInfo.processInfo.activeProcessorCount) cores"
        )
        let stages = Stages(corpus: corpus)
        try stages.split()
        try stages.normalize()
        let model = try stages.train()
        try stages.score(model)
        try stages.csvWrite()
        try FormatReading(corpus: corpus).run()
        try EndToEnd(corpus: corpus).run()
    }
}

/// Times `body` over `repeats` passes and prints rate lines.
func measure(
    _ name: String, items: Int, bytes: Int, unit: String = "comments", repeats: Int = 1,
    _ body: () throws -> Void
) rethrows {
    try body()  // warm up caches and lazy ICU data
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<repeats { try body() }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let n = Double(items * repeats), mb = Double(bytes * repeats) / 1_048_576
    print(
        String(
            format: "%-10@ %12.0f %@/s %9.1f MB/s  (%.3f s)", name as NSString, n / seconds, unit, mb / seconds, seconds
        ))
}
