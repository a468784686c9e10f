import Foundation
import Testing
import WinnowPipeline

@Suite struct DomainMapTests {
    @Test func readsWeightsAndBoundsAndLeavesEmptyCellsUnset() throws {
        let dir = try TempDirectory()
        let path = try dir.write(
            "d.csv", "source,domain,weight,bound\nciv,news,1,0.75\nglobe,news,1,0.75\njig,wiki,2,\ntw,twitter,,\n")
        let map = try DomainMap.read(path)
        #expect(map.domain(of: "globe") == "news")
        #expect(map.domain(of: "unlisted") == "unlisted")
        #expect(map.weights == ["news": 1, "wiki": 2])
        #expect(map.bounds == ["news": 0.75])
    }

    @Test(arguments: ["-1", "lots", "inf"])
    func aBadBoundNamesFileAndLine(_ value: String) throws {
        let dir = try TempDirectory()
        let path = try dir.write("d.csv", "source,domain,bound\na,x,\nb,y,\(value)\n")
        do {
            _ = try DomainMap.read(path)
            Issue.record("bound '\(value)' was accepted")
        } catch {
            #expect("\(error)".contains("\(path):3"))
            #expect("\(error)".contains("bound"))
        }
    }
}

@Suite(.enabled(if: CLI.available, "build the winnow binary first (swift build)"))
struct BoundedMergeTests {
    @Test func mergingShardsWithABoundedDomainEqualsTrainingOnTheUnion() throws {
        let dir = try TempDirectory()
        let lines = try String(contentsOfFile: "Data/labeled-example.csv".inRoot, encoding: .utf8)
            .split(separator: "\n").map(String.init)
        // Alternate rows between two sources so both domains have every label.
        let rows = lines.dropFirst().enumerated().map { i, line in
            line.replacingOccurrences(of: ",example", with: i % 2 == 0 ? ",site-a" : ",site-b")
        }
        let header = lines[0]
        let first = try dir.write("a.csv", ([header] + rows[..<14]).joined(separator: "\n") + "\n")
        let second = try dir.write("b.csv", ([header] + rows[14...]).joined(separator: "\n") + "\n")
        let domains = try dir.write("d.csv", "source,domain,weight,bound\nsite-a,a,1,0.25\nsite-b,b,1,\n")
        for (input, output) in [(first, "a.counts"), (second, "b.counts")] {
            #expect(
                try CLI.run([
                    "train", input, "--shard", "--domains", domains, "--output", dir.path(output),
                    "--min-count", "1"
                ]).status == 0)
        }
        #expect(
            try CLI.run([
                "merge", dir.path("a.counts"), dir.path("b.counts"), "--domains", domains,
                "--output", dir.path("merged.model")
            ]).status == 0)
        #expect(
            try CLI.run([
                "train", first, second, "--domains", domains, "--output", dir.path("union.model"),
                "--min-count", "1"
            ]).status == 0)
        let unbounded = try dir.write("u.csv", "source,domain\nsite-a,a\nsite-b,b\n")
        #expect(
            try CLI.run([
                "train", first, second, "--domains", unbounded, "--output", dir.path("free.model"),
                "--min-count", "1"
            ]).status == 0)
        let merged = try Data(contentsOf: URL(fileURLWithPath: dir.path("merged.model")))
        let union = try Data(contentsOf: URL(fileURLWithPath: dir.path("union.model")))
        let free = try Data(contentsOf: URL(fileURLWithPath: dir.path("free.model")))
        #expect(merged == union)
        #expect(union != free)
    }
}
