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

    /// The scoring path writes rows without building their fields as strings; the bytes
    /// must be those of the fields written one by one.
    @Test(arguments: [(0.0, 1.0), (0.12345, 0.99995), (-3, .nan), (0.00005, 0.5), (1e-9, 0.99994)])
    func verdictRowsMatchTheirFields(_ hostile: Double, _ offtopic: Double) {
        var row = ScoredComment(
            source: "pages/a b.txt", id: "-7", author: "=cmd", verdict: "review", hostile: hostile,
            offtopic: offtopic, reasons: "hostile: idiot, shut up", text: " say \"hi\",\nbye ")
        row.title = "T"
        var direct: [UInt8] = []
        row.append(to: &direct, writer: writer)
        #expect(String(decoding: direct, as: UTF8.self) == writer.row(row.fields()))
    }
}
