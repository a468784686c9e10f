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

    /// Fields are made into strings straight from the read buffer when they can be; a field
    /// split across reads, or broken by an escaped quote, must read the same. Random
    /// records, read whole from memory and from a file in chunks of 1 to 7 bytes.
    @Test(arguments: [1, 2, 3, 7])
    func recordsReadTheSameWhateverTheChunkSize(_ chunkSize: Int) throws {
        let pieces = ["a", "bc", "é", "日本", " ", ",", "\"", "\"\"", "\n", "\r\n", "x,\"y\"\"z\",w"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(chunkSize)
        let dir = try TempDirectory()
        for round in 0..<300 {
            var text = ""
            for _ in 0..<40 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            let path = try dir.write("t\(round).csv", text)
            let whole = CSVReader(bytes: Array(text.utf8), path: path)
            let chunked = try CSVReader(path: path, chunkSize: chunkSize)
            #expect(readAll(whole) == readAll(chunked), "\(text.debugDescription)")
        }
    }

    /// Every record, then the error that stopped the reader (as text), if any.
    func readAll(_ reader: CSVReader) -> [String] {
        var out: [String] = []
        do {
            while let r = try reader.next() { out.append(r.joined(separator: "|")) }
        } catch {
            out.append("error: \(error)")
        }
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

    /// Excel's "sep=;" first line names the separator and is not a record; errors still
    /// name the file's own line numbers.
    @Test func excelsSeparatorLineIsReadAndSkipped() throws {
        #expect(try records("\u{FEFF}sep=;\r\nid;text\r\n1;a, b\r\n") == [["id", "text"], ["1", "a, b"]])
        #expect(CSVReader.sniffDelimiter(Array("sep=\t\nid,text\n".utf8)[...]) == 9)
        let dir = try TempDirectory()
        let reader = try CSVReader(path: try dir.write("t.csv", "sep=,\nid,text\n1,\"open\n"))
        _ = try reader.next()
        #expect(throws: PipelineError.csvUnterminatedQuote(path: dir.path("t.csv"), line: 3)) { _ = try reader.next() }
    }

    /// An export's title above its table is left out; a one-column table keeps every row.
    @Test(arguments: [
        ("Comments export (May 2024)\n\nid,text\n1,a\n", ["id", "text"], [["1", "a"]], 1),
        ("\"Comments export, May 2024\"\nRun by ops\nid,text\n1,a\n", ["id", "text"], [["1", "a"]], 2),
        ("text\nfirst\nsecond\n", ["text"], [["first"], ["second"]], 0),
        ("text\n" + String(repeating: "row\n", count: 8), ["text"], Array(repeating: ["row"], count: 8), 0)
    ])
    func aTitleAboveTheHeaderIsLeftOut(_ csv: String, _ header: [String], _ rows: [[String]], _ above: Int) throws {
        let table = try CSVTable(reader: CSVReader(bytes: Array(csv.utf8), path: "t.csv"))
        #expect(table.header == header && table.linesAboveHeader == above)
        var read: [[String]] = []
        while let row = try table.next() { read.append(row.fields) }
        #expect(read == rows)
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
        #expect(
            throws: PipelineError.csvMissingColumn(path: dir.path("t.csv"), column: "text", available: ["id", "body"])
        ) {
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

    /// The separator is told from the header line: a comma wins, then a tab, then a
    /// semicolon (spreadsheets where the comma is the decimal mark).
    @Test(arguments: [
        ("id,text,label\n", UInt8(44)), ("id\ttext\tlabel\n", 9), ("id;text;label\r\n", 59),
        ("id;text,label\n", 44), ("text\n1;2\n", 44), ("", 44)
    ])
    func theDelimiterIsToldFromTheHeader(_ head: String, _ delimiter: UInt8) {
        #expect(CSVReader.sniffDelimiter(Array(head.utf8)[...]) == delimiter)
    }

    /// Training, evaluating and adapting read tab- and semicolon-separated files too.
    @Test(arguments: ["\t", ";"])
    func everyLabeledFileReaderSniffsTheDelimiter(_ separator: String) throws {
        let dir = try TempDirectory()
        let rows = [["id", "text", "label"], ["1", "you idiot", "hostile"], ["2", "thanks, fair point", "ok"]]
        let file = try dir.write(
            "d.csv", rows.map { $0.joined(separator: separator) }.joined(separator: "\n") + "\n")
        let table = try CSVTable(path: file)
        #expect(table.header == ["id", "text", "label"])
        #expect(try table.next()?.fields == ["1", "you idiot", "hostile"])
        #expect(try table.next()?.fields == ["2", "thanks, fair point", "ok"])
    }
}
