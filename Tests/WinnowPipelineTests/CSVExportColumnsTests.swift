import Foundation
import Testing
import WinnowPipeline

/// A spreadsheet export's columns beyond the text, id and author: its parent, date,
/// moderation status and post title go to the verdicts' own columns, as an XML or JSON
/// export's do.
@Suite(.enabled(if: CLI.available, "build the winnow binary first (swift build)"))
struct CSVExportColumnsTests {
    @Test func anExportsParentDateStatusAndTitleColumnsAreKept() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let file = try dir.write(
            "export.csv",
            "Comment ID,Posted By,Comment Body,Parent ID,Posted At,Status,Post Title\n"
                + "c1,Ann Lee,nice work on the ferry story,,2024-05-02 10:15,approved,Ferry fares rise\n"
                + "c2,zed,you clueless idiot,c1,2024-05-02 11:00,pending,Ferry fares rise\n")
        let r = try CLI.run(["score", "--comments", file, "--model", model, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try CLI.records(r.stdout)
        let header = try #require(rows.first)
        let at = { (name: String) in header.firstIndex(of: name) ?? 0 }
        #expect(
            rows.dropFirst().map {
                [$0[1], $0[2], $0[at("parent")], $0[at("created")], $0[at("status")], $0[at("title")]]
            }
                == [
                    ["c1", "Ann Lee", "", "2024-05-02 10:15", "approved", "Ferry fares rise"],
                    ["c2", "zed", "c1", "2024-05-02 11:00", "pending", "Ferry fares rise"]
                ])
    }

    /// Verdicts scored again keep what they carried: the columns are the verdict CSV's own.
    @Test func verdictsScoredAgainKeepTheirColumns() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let file = try dir.write(
            "export.csv",
            "id,author,text,parent,created,status\nc1,Ann,nice work,,2024,approved\nc2,zed,idiot,c1,2025,spam\n")
        let first = dir.path("first.csv"), second = dir.path("second.csv")
        _ = try CLI.run(["score", "--comments", file, "--model", model, "--quiet", "--output", first])
        let r = try CLI.run(["score", "--comments", first, "--model", model, "--quiet", "--output", second])
        #expect(r.status == 0, "\(r.stderr)")
        let keep = { (rows: [[String]]) in rows.dropFirst().map { [$0[1], $0[2]] + $0.suffix(3) } }
        let read = { (path: String) in try CLI.records(String(contentsOfFile: path, encoding: .utf8)) }
        #expect(try keep(read(second)) == keep(read(first)))
        #expect(try keep(read(first)) == [["c1", "Ann", "", "2024", "approved"], ["c2", "zed", "c1", "2025", "spam"]])
    }
}
