import Testing
@testable import WinnowPipeline

@Suite struct CSVReaderTests {
    func records(_ text: String) throws -> [[String]] {
        let dir = try TempDirectory()
        let reader = try CSVReader(path: try dir.write("t.csv", text))
        var out: [[String]] = []
        while let r = try reader.next() { out.append(r) }
        return out
    }

    @Test func quotedFieldsHoldCommasQuotesAndNewlines() throws {
        let r = try records("a,b\n\"x, y\",\"say \"\"hi\"\"\nsecond line\"\n")
        #expect(r == [["a", "b"], ["x, y", "say \"hi\"\nsecond line"]])
    }

    @Test func crlfBomAndBlankLinesAreHandled() throws {
        let r = try records("\u{FEFF}id,text\r\n1,hello\r\n\r\n2,bye")
        #expect(r == [["id", "text"], ["1", "hello"], ["2", "bye"]])
    }

    @Test func emptyFieldsSurvive() throws {
        #expect(try records("a,b,c\n,,\n") == [["a", "b", "c"], ["", "", ""]])
    }

    @Test func unterminatedQuoteNamesTheLineItStartedOn() throws {
        let dir = try TempDirectory()
        let reader = try CSVReader(path: try dir.write("t.csv", "a,b\n1,ok\n2,\"never closed\nmore\n"))
        _ = try reader.next()
        _ = try reader.next()
        #expect(throws: PipelineError.csvUnterminatedQuote(path: dir.path("t.csv"), line: 3)) { _ = try reader.next() }
    }

    @Test func wrongColumnCountNamesTheLine() throws {
        let dir = try TempDirectory()
        let table = try CSVTable(path: try dir.write("t.csv", "id,text\n1,ok\n2,too,many\n"))
        _ = try table.next()
        #expect(throws: PipelineError.csvColumnCount(path: dir.path("t.csv"), line: 3, expected: 2, found: 3)) {
            _ = try table.next()
        }
    }

    @Test func missingColumnListsTheColumnsThereAre() throws {
        let dir = try TempDirectory()
        let table = try CSVTable(path: try dir.write("t.csv", "id,body\n1,ok\n"))
        #expect(throws: PipelineError.csvMissingColumn(path: dir.path("t.csv"), column: "text", available: ["id", "body"])) {
            _ = try table.column("text")
        }
    }

    @Test func invalidUTF8NamesTheRecordLine() throws {
        let dir = try TempDirectory()
        let reader = try CSVReader(path: try dir.write("t.csv", bytes: Array("a\nok\n".utf8) + [0xFF, 0xFE, 10]))
        _ = try reader.next()
        _ = try reader.next()
        #expect(throws: PipelineError.invalidUTF8(path: dir.path("t.csv"), line: 3)) { _ = try reader.next() }
    }
}
