import Foundation
import Testing
import WinnowPipeline

@Suite(.enabled(if: CLI.available, "build the winnow binary first (swift build)"))
struct BoundedDiagnosticsTests {
    /// A header that does not match its rows: the first few problems, then one count.
    @Test func manyBadRowsGiveAFewLinesAndACount() throws {
        let dir = try TempDirectory()
        var csv = "id,text,author,extra\n"
        for i in 0..<20_000 { csv += "\(i),comment number \(i)\n" }
        csv += "last,a good one,me,1\n"
        let input = try dir.write("bad.csv", csv)
        let model = try EndToEndTests.exampleModel(dir)
        let r = try CLI.run(["score", "--comments", input, "--model", model, "--quiet"])
        #expect(r.status == 3)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count <= 10, "\(r.stderr)")
        #expect(r.stderr.contains("and 19995 more: \(input): rows with 2 of 4 columns"))
        #expect(try CLI.records(r.stdout).count == 2)
    }

    /// A folder of pages most of which have no comments: the first few named, then a count.
    @Test func manyPagesWithoutCommentsGiveAFewLinesAndACount() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let pages = dir.path("pages")
        try FileManager.default.createDirectory(atPath: pages, withIntermediateDirectories: true)
        for i in 0..<12 {
            _ = try dir.write("pages/p\(i).txt", "A headline\n\nOne paragraph of an article, nothing more.\n")
        }
        let r = try CLI.run(["score", pages, "--model", model, "--quiet", "--output", dir.path("v.csv")])
        let warnings = r.stderr.split(separator: "\n").filter { $0.hasSuffix(".txt: no comments found") }
        #expect(warnings.count == Diagnostics.printedPerKind, "\(r.stderr)")
        #expect(r.stderr.contains("and 7 more: inputs with no comments found"), "\(r.stderr)")
    }

    /// JSON Lines with broken lines among good ones: every good line scored, the first
    /// few broken ones named, then one count; the run says it skipped some (exit 3).
    @Test func brokenLinesOfJSONLinesAreCountedAndTheGoodOnesScored() throws {
        let dir = try TempDirectory()
        var lines = ""
        for i in 0..<300 { lines += "{\"id\": \"\(i)\", \"text\": \"comment number \(i)\"}\n{\"id\": \(i), text}\n" }
        let input = try dir.write("c.jsonl", lines)
        let model = try EndToEndTests.exampleModel(dir)
        let r = try CLI.run(["score", input, "--model", model, "--quiet"])
        #expect(r.status == 3, "\(r.stderr)")
        #expect(r.stderr.contains("skipped: \(input):2: column "), "\(r.stderr)")
        #expect(r.stderr.contains("and 295 more: \(input): lines that cannot be read"), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count <= 10, "\(r.stderr)")
        #expect(try CLI.records(r.stdout).count == 1 + 300)
    }

    /// Page records piped to `--jsonl`: each broken one named with its line and the field
    /// at fault, the good ones around it scored; past five, one count.
    @Test func brokenPageRecordsAreNamedWithTheirFieldAndCounted() throws {
        let dir = try TempDirectory()
        var lines = #"{"source":"a","comments":[{"text":"first"}]}"# + "\n"
        lines += #"{"source":"b"}"# + "\n" + #"{"source":"c","comments":[{"author":"x"}]}"# + "\n"
        for _ in 0..<10 { lines += "{bad\n" }
        lines += #"{"source":"d","comments":[{"text":"last"}]}"# + "\n"
        let input = try dir.write("r.jsonl", lines)
        let model = try EndToEndTests.exampleModel(dir)
        let r = try CLI.run(["score", "--jsonl", input, "--model", model, "--quiet"])
        #expect(r.status == 3, "\(r.stderr)")
        #expect(r.stderr.contains("\(input):2: not a page record (no field 'comments')"), "\(r.stderr)")
        #expect(r.stderr.contains("\(input):3: not a page record (no field 'comments[0].text')"), "\(r.stderr)")
        #expect(r.stderr.contains("and 7 more: \(input): lines that cannot be read"), "\(r.stderr)")
        #expect(try CLI.records(r.stdout).map { $0[7] } == ["text", "first", "last"])
    }
}
