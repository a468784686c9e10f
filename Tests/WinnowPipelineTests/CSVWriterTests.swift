import Foundation
import Testing
@testable import WinnowPipeline

@Suite struct CSVWriterTests {
    let writer = CSVWriter()

    @Test(arguments: [
        ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
        ("+1 555", "'+1 555"),
        ("-rm -rf", "'-rm -rf"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tindent", "'\tindent")
    ])
    func formulaLikeFieldsAreMadeInert(_ input: String, _ expected: String) {
        #expect(writer.field(input) == expected)
    }

    @Test(arguments: ["-5", "+3.25", "0.9000", "12"])
    func numbersStayNumbers(_ input: String) {
        #expect(writer.field(input) == input)
    }

    @Test func rawModeLeavesFieldsAlone() {
        #expect(CSVWriter(raw: true).field("=1+1") == "=1+1")
    }

    @Test func quotingFollowsRFC4180() {
        #expect(
            writer.row(["a,b", "say \"hi\"", "line\nbreak", "plain"])
                == "\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\",plain\n")
    }

    @Test(arguments: [
        ("\"", "\"\"\"\""), ("\"\"", "\"\"\"\"\"\""), ("\"a", "\"\"\"a\""), ("a\"", "\"a\"\"\""),
        ("He said \"no\" and \"\"yes\"\".", "\"He said \"\"no\"\" and \"\"\"\"yes\"\"\"\".\""),
        ("é\"日\"", "\"é\"\"日\"\"\"")
    ])
    func quotesAreDoubledWhereverTheyStand(_ input: String, _ expected: String) {
        #expect(writer.field(input) == expected)
    }

    /// The scoring path writes rows without building their fields as strings; the bytes
    /// must be those of the fields written one by one.
    @Test(arguments: [[0.0, 1.0], [0.12345, 0.99995], [-3, .nan], [0.00005, 0.5, 0.25], [.nan, 0.99994, 1, .nan]])
    func verdictRowsMatchTheirFields(_ scores: [Double]) {
        var row = ScoredComment(
            source: "pages/a b.txt", id: "-7", author: "=cmd", verdict: "review", scores: scores,
            reasons: "hostile: idiot, shut up", text: " say \"hi\",\nbye ")
        row.title = "T"
        var direct: [UInt8] = []
        row.append(to: &direct, writer: writer)
        #expect(String(decoding: direct, as: UTF8.self) == writer.row(row.fields(), keys: row.keyColumns))
    }
}

@Suite struct SpreadsheetGuardTests {
    @Test(arguments: [
        "=SUM(A1)", "'=already quoted", "''=twice", "-5", "+3.25", "-Ugx1", "@mention", "plain", "'tis", ""
    ])
    func theGuardIsUndoneExactly(_ text: String) {
        let guarded = CSVWriter().field(text).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        #expect(CSVWriter.unguard(guarded) == text)
    }
}

/// Ids and sources come back byte for byte; free text is guarded in the file and read
/// back as it was.
@Suite(.enabled(if: CLI.available, "build the winnow binary first (swift build)"))
struct KeysSurviveTests {
    @Test func idsSurviveScoringAndTextSurvivesReadingBack() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let ids = ["-Ugx1", "=1+2", "@x", "+44 20", "'quoted"]
        let texts = ["=HYPERLINK(\"http://x\")", "'=already", "-5", "@you idiot", "fine"]
        var csv = "id,text\n"
        for (i, t) in zip(ids, texts) { csv += "\(CSVWriter(raw: true).field(i)),\(CSVWriter(raw: true).field(t))\n" }
        let input = try dir.write("c.csv", csv)
        let out = dir.path("v.csv")
        let r = try CLI.run(["score", "--comments", input, "--model", model, "--output", out, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let records = try CLI.records(try String(contentsOfFile: out, encoding: .utf8)).dropFirst()
        #expect(records.map { $0[1] } == ids)
        #expect(records.allSatisfy { $0[0] == input })
        #expect(records.first?[7] == "'=HYPERLINK(\"http://x\")")
        let table = try VerdictTable.read(out)
        #expect(table.rows.map(\.id) == ids && table.rows.map(\.text) == texts)
    }
}
