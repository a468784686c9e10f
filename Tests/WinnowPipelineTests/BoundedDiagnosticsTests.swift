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
}
