import Foundation
import Testing

/// The command-line contract, through the real binary.
@Suite(.enabled(if: CLI.available, "build the winnow binary first (swift build)"), .serialized)
struct EndToEndTests {
    /// A model trained from Data/labeled-example.csv: small and deterministic.
    static func exampleModel(_ dir: TempDirectory) throws -> String {
        let path = dir.path("example.model")
        let r = try CLI.run(["train", "Data/labeled-example.csv", "--output", path, "--min-count", "1"])
        #expect(r.status == 0, "\(r.stderr)")
        return path
    }

    @Test func splitOfTheSamplePagesMatchesTheGoldenFile() throws {
        let r = try CLI.run(["split", "Data/pages"])
        #expect(r.status == 0)
        #expect(try CLI.matchesGolden(r.stdout, "split.jsonl"))
    }

    @Test func scoreOfTheSamplePagesMatchesTheGoldenFile() throws {
        let dir = try TempDirectory()
        let model = try Self.exampleModel(dir)
        let r = try CLI.run(["score", "Data/pages", "--model", model, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("source,id,author,verdict,hostile,offtopic,reasons,text,title,"))
        #expect(try CLI.matchesGolden(r.stdout, "score.csv"))
    }

    /// Rows come out in input order whatever the number of workers, also when more
    /// comments wait than may be in flight at once (8,192 with two workers).
    @Test(arguments: ["2", "3"])
    func scoringOnSeveralThreadsKeepsTheInputOrder(_ jobs: String) throws {
        let dir = try TempDirectory()
        let model = try Self.exampleModel(dir)
        let texts = ["you clueless idiot", "thanks for the story", "subscribe to my channel", "the council meets"]
        var csv = "id,text\n"
        for i in 0..<10_000 { csv += "r\(i),\(texts[i % texts.count]) \(i % 7 == 0 ? "again" : "")\n" }
        let input = try dir.write("many.csv", csv)
        let serial = try CLI.run(["score", "--comments", input, "--model", model, "--quiet", "--jobs", "1"])
        let parallel = try CLI.run(["score", "--comments", input, "--model", model, "--quiet", "--jobs", jobs])
        #expect(parallel.status == 0, "\(parallel.stderr)")
        #expect(parallel.stdout == serial.stdout)
        let ids = try CLI.records(parallel.stdout).dropFirst().map { $0[1] }
        #expect(ids == (0..<10_000).map { "r\($0)" })
    }

    @Test func scoringACSVKeepsOneRowPerInputWithItsId() throws {
        let dir = try TempDirectory()
        let model = try Self.exampleModel(dir)
        let input = try dir.write(
            "c.csv", "id,text\nA7,you clueless idiot\nB9,thanks for the story\nC1,\"=cmd|' /C calc'!A0\"\n")
        let out = dir.path("v.csv")
        let r = try CLI.run(["score", "--comments", input, "--model", model, "--output", out, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[1].contains(",A7,") && lines[2].contains(",B9,") && lines[3].contains(",C1,"))
        #expect(lines[3].contains("'=cmd"))
        #expect(r.stderr.contains("3 verdicts written to \(out)"))
    }

    @Test func aBatchWithABadPageScoresTheRestAndExitsThree() throws {
        let dir = try TempDirectory()
        let model = try Self.exampleModel(dir)
        let pages = dir.url.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: "Data/pages/transit-strike.txt".inRoot, toPath: pages.appendingPathComponent("good.txt").path)
        try Data([0, 159, 146, 150]).write(to: pages.appendingPathComponent("bad.txt"))
        let r = try CLI.run(["score", pages.path, "--model", model, "--quiet"])
        #expect(r.status == 3)
        #expect(r.stderr.contains("bad.txt") && r.stderr.contains("binary"))
        #expect(try CLI.records(r.stdout).count == 5)
    }

    @Test func aDamagedModelIsAClearErrorNamingTheFile() throws {
        let dir = try TempDirectory()
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: try Self.exampleModel(dir))))
        bytes[bytes.count / 2] ^= 1
        let damaged = try dir.write("damaged.model", bytes: bytes)
        let r = try CLI.run(["score", "Data/pages", "--model", damaged])
        #expect(r.status == 1)
        #expect(r.stderr.contains("damaged.model") && r.stderr.contains("checksum"))
    }

    @Test func missingInputIsNamedAndTheRunGoesOn() throws {
        let dir = try TempDirectory()
        let r = try CLI.run(["split", "Data/pages/library-hours.txt", dir.path("nope.txt")])
        #expect(r.status == 3)
        #expect(r.stderr.contains("nope.txt: no such file"))
        #expect(r.stdout.split(separator: "\n").count == 1)
    }

    @Test func evaluatePrintsTheMeasures() throws {
        let dir = try TempDirectory()
        let model = try Self.exampleModel(dir)
        let text = try CLI.run(["evaluate", "Data/labeled-example.csv", "--model", model])
        #expect(text.status == 0)
        for measure in ["ROC-AUC", "PR-AUC", "precision", "recall", "F1", "confusion"] {
            #expect(text.stdout.contains(measure))
        }
        let json = try CLI.run(["evaluate", "Data/labeled-example.csv", "--model", model, "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["scores"] as? [String: Any])?["hostile"] != nil)
    }

    /// "Hostile" and "OK" typed in a spreadsheet are the model's labels; a label it does not
    /// score is named, not silently taken for civil.
    @Test func evaluateReadsLabelsInAnyCaseAndNamesUnknownOnes() throws {
        let dir = try TempDirectory()
        let model = try Self.exampleModel(dir)
        let gold = try dir.write(
            "g.csv", "id,text,label\n1,you idiot,Hostile\n2,thanks for the story,OK\n3,moron,toxic\n4,nice,ok\n")
        let r = try CLI.run(["evaluate", gold, "--model", model])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("hostile: 1 positive of 4"), "\(r.stdout)")
        #expect(r.stderr.contains("1 row holds a label the model does not score (toxic)"), "\(r.stderr)")
        let adapted = try CLI.run(["adapt", gold, "--model", model, "--output", dir.path("s.model")])
        #expect(adapted.status == 1 && adapted.stderr.contains("g.csv:4: label 'toxic'"), "\(adapted.stderr)")
    }

    @Test func theDefaultModelIsFoundFromAnyDirectory() throws {
        let dir = try TempDirectory()
        let page = try dir.write(
            "p.txt", try String(contentsOfFile: "Data/pages/riverside-bike-lanes.txt".inRoot, encoding: .utf8))
        let r = try CLI.run(["score", page, "--quiet"], cwd: dir.url)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try CLI.records(r.stdout).count == 6)
    }

    @Test func seedPagesGiveExactlyTheEightSeedComments() throws {
        let seeds = packageRoot.appendingPathComponent("../shared/data/pages/seeds").standardizedFileURL
        guard FileManager.default.fileExists(atPath: seeds.path) else {
            print("note: \(seeds.path) absent; skipping the seed scoring check")
            return
        }
        let r = try CLI.run(["score", seeds.path, "--quiet"])
        #expect(r.status == 0)
        let rows = try CLI.records(r.stdout).dropFirst()
        #expect(rows.count == 8)
        #expect(rows.allSatisfy { $0[0].hasSuffix("001_6b12c2c61fbe4b5d.txt") })
    }
}

extension String {
    var inRoot: String { packageRoot.appendingPathComponent(self).path }
}

/// Interrupted runs and oversized inputs.
@Suite(.enabled(if: CLI.available, "build the winnow binary first (swift build)"), .serialized)
struct InterruptionTests {
    @Test func aKilledRunLeavesThePreviousOutputAndNoTemporaryFile() throws {
        let dir = try TempDirectory()
        let block = (0..<1000).map { "\($0),comment number \($0) about the ferry and the council budget\n" }.joined()
        let input = try dir.write("big.csv", "id,text\n" + String(repeating: block, count: 1000))
        let target = try dir.write("out.csv", "previous\n")
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["score", "--comments", input, "--output", target, "--quiet"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the run is writing its temporary file, then interrupt it.
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline,
            try FileManager.default.contentsOfDirectory(atPath: dir.url.path).allSatisfy({ !$0.hasSuffix(".tmp") })
        {
            Thread.sleep(forTimeInterval: 0.02)
        }
        process.terminate()  // SIGTERM
        process.waitUntilExit()
        #expect(process.terminationStatus == 143)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "previous\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.url.path).filter {
            $0.hasSuffix(".tmp")
        }
        #expect(leftovers.isEmpty)
    }

    @Test func aTwentyMegabyteLineIsHandled() throws {
        let dir = try TempDirectory()
        let page = try dir.write("huge.txt", String(repeating: "word ", count: 4_000_000))
        let r = try CLI.run(["split", page])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("{\"source\""))
    }
}

@Suite(.enabled(if: CLI.available, "build the winnow binary first (swift build)"))
struct ShardCommandTests {
    @Test func trainShardThenMergeEqualsTrainingOnTheUnion() throws {
        let dir = try TempDirectory()
        let all = try String(contentsOfFile: "Data/labeled-example.csv".inRoot, encoding: .utf8).split(separator: "\n")
        let header = String(all[0])
        let first = try dir.write("a.csv", ([header] + all[1..<15].map(String.init)).joined(separator: "\n") + "\n")
        let second = try dir.write("b.csv", ([header] + all[15...].map(String.init)).joined(separator: "\n") + "\n")
        for (input, output) in [(first, "a.counts"), (second, "b.counts")] {
            #expect(
                try CLI.run(["train", input, "--shard", "--output", dir.path(output), "--min-count", "1"]).status == 0)
        }
        #expect(
            try CLI.run(["merge", dir.path("b.counts"), dir.path("a.counts"), "--output", dir.path("merged.model")])
                .status == 0)
        #expect(
            try CLI.run(["train", first, second, "--output", dir.path("union.model"), "--min-count", "1"]).status == 0)
        let merged = try Data(contentsOf: URL(fileURLWithPath: dir.path("merged.model")))
        let union = try Data(contentsOf: URL(fileURLWithPath: dir.path("union.model")))
        #expect(merged == union)
    }

    /// The union's model takes one set of options: a shard trained otherwise is refused by
    /// name, whether the shards are merged into a model or into one shard.
    @Test(arguments: [[], ["--shard"]])
    func shardsTrainedWithDifferentOptionsDoNotMerge(_ flags: [String]) throws {
        let dir = try TempDirectory()
        for (output, shrink) in [("a.counts", "hostile=0.9"), ("b.counts", "hostile=0.2")] {
            #expect(
                try CLI.run([
                    "train", "Data/labeled-example.csv", "--shard", "--min-count", "1", "--shrink", shrink,
                    "--output", dir.path(output)
                ]).status == 0)
        }
        let r = try CLI.run(
            ["merge", dir.path("a.counts"), dir.path("b.counts"), "--output", dir.path("m.out")] + flags)
        #expect(r.status == 1)
        #expect(r.stderr.contains(dir.path("b.counts")) && r.stderr.contains("other options"))
        #expect(!FileManager.default.fileExists(atPath: dir.path("m.out")))
    }

    /// Counts of other features cannot be added to a model's.
    @Test(arguments: [("--no-char-grams", "character grams"), ("--no-mask-shapes", "masks")])
    func aShardWithOtherFeaturesIsNotAddedToAModel(_ option: String, _ named: String) throws {
        let dir = try TempDirectory()
        #expect(
            try CLI.run([
                "train", "Data/labeled-example.csv", "--min-count", "1", option,
                "--output", dir.path("m.model")
            ]).status == 0)
        #expect(
            try CLI.run([
                "train", "Data/labeled-example.csv", "--shard", "--min-count", "1",
                "--output", dir.path("c.counts")
            ]).status == 0)
        let r = try CLI.run(["merge", dir.path("m.model"), dir.path("c.counts"), "--output", dir.path("n.model")])
        #expect(r.status != 0)
        #expect(r.stderr.contains(dir.path("c.counts")) && r.stderr.contains(named))
        #expect(!FileManager.default.fileExists(atPath: dir.path("n.model")))
    }
}
