import Testing
import WinnowPipeline

@Suite struct CSVWriterTests {
    let writer = CSVWriter()

    @Test(arguments: [
        ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
        ("+1 555", "'+1 555"),
        ("-rm -rf", "'-rm -rf"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tindent", "'\tindent"),
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
        #expect(writer.row(["a,b", "say \"hi\"", "line\nbreak", "plain"]) == "\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\",plain\n")
    }
}
