import Foundation
import Testing

/// `winnow train --shrink`: per-label soft thresholds, stored in shards and models.
@Suite(.enabled(if: CLI.available, "build the winnow binary first (swift build)"))
struct ShrinkOptionTests {
    @Test(arguments: ["hostile", "hostile=-1", "=0.5", "hostile=lots"])
    func aMalformedShrinkIsRefusedByName(_ value: String) throws {
        let dir = try TempDirectory()
        let r = try CLI.run(["train", "Data/labeled-example.csv", "--shrink", value, "--output", dir.path("m.model")])
        #expect(r.status != 0)
        #expect(r.stderr.contains("--shrink"))
        #expect(!FileManager.default.fileExists(atPath: dir.path("m.model")))
    }

    @Test func shardsKeepTheShrinksAndMergeIntoTheUnionsModel() throws {
        let dir = try TempDirectory()
        let lines = try String(contentsOfFile: "Data/labeled-example.csv".inRoot, encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let first = try dir.write("a.csv", lines[..<15].joined(separator: "\n") + "\n")
        let second = try dir.write("b.csv", ([lines[0]] + lines[15...]).joined(separator: "\n") + "\n")
        let options = ["--min-count", "1", "--shrink", "hostile=0.2,offtopic=0.4"]
        for (input, output) in [(first, "a.counts"), (second, "b.counts")] {
            #expect(try CLI.run(["train", input, "--shard", "--output", dir.path(output)] + options).status == 0)
        }
        #expect(
            try CLI.run(["merge", dir.path("a.counts"), dir.path("b.counts"), "--output", dir.path("merged.model")])
                .status == 0)
        #expect(try CLI.run(["train", first, second, "--output", dir.path("union.model")] + options).status == 0)
        #expect(
            try CLI.run(["train", first, second, "--output", dir.path("default.model"), "--min-count", "1"]).status == 0
        )
        let read = { (name: String) in try Data(contentsOf: URL(fileURLWithPath: dir.path(name))) }
        #expect(try read("merged.model") == read("union.model"))
        #expect(try read("union.model") != read("default.model"))
    }
}
