import Foundation
import Testing
@testable import WinnowFormats

/// Files in the charsets sites and spreadsheets still use (`Tools/charset_fixtures.py`),
/// each beside its UTF-8 original.
@Suite struct TextDecodingTests {
    @Test(arguments: [
        ("ja-excel.csv", "shift_jis"), ("ru-forum.csv", "windows-1251"), ("ko-board.txt", "euc-kr"),
        ("ja-paper.html", "euc-jp"), ("fr-excel.csv", "Windows-1252")
    ])
    func aLegacyCharsetIsReadAsTheTextItHolds(_ name: String, _ charset: String) throws {
        let bytes = try Databases.bytes("charsets/\(name)")
        let original = try String(decoding: Databases.bytes("charsets/\(name).utf8"), as: UTF8.self)
        let (text, encoding) = TextDecoding.decode(bytes)
        #expect(text == original)
        #expect(encoding.rawValue.lowercased() == charset.lowercased())
    }

    /// A web page's charset named by the server: the header wins over detection.
    @Test func aDeclaredCharsetIsUsed() throws {
        let bytes = try Databases.bytes("charsets/ko-board.txt")
        #expect(TextDecoding.decode(bytes, declared: "EUC-KR").encoding.rawValue == "euc-kr")
        #expect(TextDecoding.decode(Array("plain".utf8), declared: "shift_jis").encoding == .utf8)
    }
}
