import Foundation
import Testing
@testable import WinnowFormats

/// Parquet files written by pyarrow (`Tools/parquet_fixtures.py`) in the shapes writers
/// produce, beside the same table as JSON Lines.
@Suite struct ParquetTests {
    static func comments(_ name: String) throws -> [ExportedComment] {
        let file = try ExportFile(path: name, bytes: try Databases.bytes(name))
        #expect(file.format == .parquet)
        return try #require(try file.comments())
    }

    /// Codecs (Snappy, gzip, Zstandard, LZ4, none), data pages of both versions, small
    /// pages, dictionary, plain and delta values, Spark's INT96 times, three row groups.
    @Test(arguments: ["snappy", "plain-v2", "zstd-v2", "none", "lz4", "brotli", "int96", "delta"])
    func eachWritersFileGivesTheCommentsOfTheSameTableAsJSONLines(_ variant: String) throws {
        let parquet = try ParquetTests.comments("comments-\(variant).parquet")
        let lines = try ExportFile(
            path: "comments-\(variant).parquet", bytes: try Databases.bytes("comments-parquet.jsonl"))
        #expect(lines.format == .jsonl)
        let expected = try #require(try lines.comments())
        #expect(parquet.count == 141)
        #expect(parquet == expected)
    }

    /// From its path the file is read a footer and a row group's chunks at a time.
    @Test func aFileReadFromItsPathGivesTheCommentsItsBytesGive() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/comments-zstd-v2.parquet").path
        guard case .stream(let stream) = try ExportFile.open(path) else {
            Issue.record("a Parquet file is streamed")
            return
        }
        var read: [ExportedComment] = []
        while let c = try stream.next() { read.append(c) }
        #expect(read == (try ParquetTests.comments("comments-zstd-v2.parquet")))
    }

    @Test func aTimestampReadsAsISO8601AndNullsAreNoComments() throws {
        let c = try ParquetTests.comments("comments-snappy.parquet")
        #expect(c[0].id == "k0001" && c[0].created == "2024-06-03T08:01:01.001Z")
        #expect(!c.contains { $0.id == "k0000" || $0.id == "k0017" })
        #expect(c.count { !$0.parent.isEmpty } == 47 && c.allSatisfy { $0.parent.isEmpty || $0.parent.hasPrefix("k0") })
    }

    /// Floating-point values split into byte streams are read back whole.
    @Test func byteStreamSplitValuesAreGatheredBack() throws {
        let bytes = try Databases.bytes("comments-split.parquet")
        let footer = try ParquetFooter(bytes)
        let ratio = try #require(footer.columns.firstIndex { $0.name == "ratio" })
        var values: [Double] = []
        for group in footer.rowGroups {
            for chunk in group.chunks where chunk.column == ratio {
                let read = try ParquetChunk(bytes: bytes, column: footer.columns[ratio], chunk: chunk).values(
                    rows: group.rows)
                values += read.compactMap { if case .number(let n) = $0 { Double(n) } else { nil } }
            }
        }
        #expect(values == (0..<150).map { Double($0) / 7 })
    }

    @Test func aCodecNotReadIsNamed() {
        do {
            _ = try ParquetPage.decompress([1, 2, 3], codec: 3, size: 3)
            Issue.record("LZO is not read")
        } catch {
            #expect(error.detail == "LZO-compressed pages are not read; write the file with Snappy, gzip or Zstandard")
        }
    }

    @Test func aFileCutBeforeItsFooterIsNamed() throws {
        let cut = Array(try Databases.bytes("comments-snappy.parquet").dropLast(100))
        #expect(throws: FormatError.self) { try ExportFile(path: "cut.parquet", bytes: cut).comments() }
    }

    /// Bytes overwritten anywhere (pages, headers, the footer), or the file cut: the
    /// comments, or an error naming the file.
    @Test(arguments: ["comments-snappy.parquet", "comments-delta.parquet", "comments-zstd-v2.parquet"])
    func damagedFilesNeverCrash(_ name: String) throws {
        expectDamagedCopiesNeverCrash(try Databases.bytes(name), path: "cut.parquet", sparing: 4, times: 200)
    }
}
