import Foundation
import Testing
@testable import WinnowFormats

/// Zstandard files as Reddit's dumps come (`Tools/zstd_fixtures.sh`: two frames, the first
/// with a 2 GiB window allowed), read a chunk at a time and whole.
@Suite(.enabled(if: ZstdStream.available, "the system's libzstd is not installed"))
struct ZstdTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    @Test func aStreamOfTwoFramesIsReadAsThePlainFile() throws {
        let plain = try Self.fixture("comments-parquet.jsonl")
        let reader = try InflatingReader(path: Self.fixtures.appendingPathComponent("comments.jsonl.zst").path)
        var read: [UInt8] = []
        while let chunk = try reader.next() { read += chunk }
        #expect(reader.compressed && read == plain)
        #expect(ZstdStream.decompress(try Self.fixture("comments.jsonl.zst")) == plain)
        let file = try ExportFile(path: "RC_2024-01.jsonl.zst", bytes: try Self.fixture("comments.jsonl.zst"))
        #expect(file.format == .jsonl && file.text.utf8.elementsEqual(plain))
    }

    /// A cut or overwritten copy is named as such, whole or read a chunk at a time.
    @Test(arguments: [("cut", "truncated"), ("damaged", "damaged")])
    func aCutOrDamagedStreamIsNamed(_ kind: String, _ detail: String) throws {
        var bytes = try Self.fixture("comments.jsonl.zst")
        if kind == "cut" {
            bytes = Array(bytes.prefix(bytes.count / 2))
        } else {
            bytes.replaceSubrange(4..<12, with: [0xFF])
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zstd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("RC.zst").path
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        #expect(throws: FormatError.zstd(path: path, detail: detail)) {
            let reader = try InflatingReader(path: path)
            while try reader.next() != nil {}
        }
        #expect(throws: FormatError.zstd(path: "RC.zst", detail: "damaged or cut")) {
            _ = try ExportFile(path: "RC.zst", bytes: bytes)
        }
    }

    @Test func damagedStreamsNeverCrash() throws {
        expectDamagedCopiesNeverCrash(try Self.fixture("comments.jsonl.zst"), path: "RC.zst", sparing: 4)
    }

    /// A page a browser was sent Zstandard-coded (`Content-Encoding: zstd`), as a web archive keeps it.
    @Test func aZstdCodedResponseIsUndone() throws {
        let page: [UInt8] = [
            40, 181, 47, 253, 4, 88, 81, 1, 0, 60, 104, 116, 109, 108, 62, 60, 98, 111, 100, 121, 62, 60, 112, 62, 122,
            115, 116, 100, 32, 112, 97, 103, 101, 60, 47, 112, 62, 60, 47, 98, 111, 100, 121, 62, 60, 47, 104, 116, 109,
            108, 62, 180, 226, 21, 137
        ]
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: zstd\r\n\r\n"
        let message = try #require(HTTPMessage((Array(head.utf8) + page)[...]))
        #expect(String(decoding: message.body, as: UTF8.self) == "<html><body><p>zstd page</p></body></html>")
    }
}
