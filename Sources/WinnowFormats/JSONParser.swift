/// A JSON reader over UTF-8 bytes into `JSONNode`s: Foundation's reader builds bridged
/// objects whose every later cast looked up conformances (most of the time reading an
/// API's comments took). Strict about structure, lenient about what strings hold; nesting
/// is bounded, so no input can exhaust the stack.
struct JSONParser {
    /// Where and why reading stopped.
    struct Failure: Error {
        let offset: Int
        let detail: String
    }

    static let depthLimit = 512

    private let b: ArraySlice<UInt8>
    private var i: Int
    private var depth = 0

    /// The one value `bytes` hold (whitespace around it allowed).
    static func parse(_ bytes: ArraySlice<UInt8>) throws(Failure) -> JSONNode {
        var p = JSONParser(b: bytes, i: bytes.startIndex)
        let value = try p.value()
        p.skipSpace()
        guard p.i == bytes.endIndex else { throw p.fail(afterValue) }
        return value
    }

    /// Whether `head`, the start of a file, is JSON as far as it goes: a whole value (more
    /// may follow: JSON Lines), or a value the cut ends. A page dump that opens with a
    /// link ("[1]Home", "[Home](/)") is not.
    static func startsJSON(_ head: ArraySlice<UInt8>) -> Bool {
        do {
            _ = try parse(head)
            return true
        } catch {
            // JSON Lines: the first value ends its line.
            let gap = head.prefix(error.offset).reversed().prefix { [32, 9, 13, 10].contains($0) }
            return error.detail == afterValue && gap.contains(10) || error.offset >= head.count - 8
                || error.detail == tooDeep
        }
    }

    private static let afterValue = "text after the value"
    /// Too deep to read, but JSON all the same: named as such rather than read as a page.
    private static let tooDeep = "nested deeper than \(depthLimit)"

    private init(b: ArraySlice<UInt8>, i: Int) {
        (self.b, self.i) = (b, i)
    }

    private func fail(_ detail: String) -> Failure { Failure(offset: i - b.startIndex, detail: detail) }

    private mutating func skipSpace() {
        while i < b.endIndex, b[i] == 32 || b[i] == 10 || b[i] == 13 || b[i] == 9 { i += 1 }
    }

    private mutating func value() throws(Failure) -> JSONNode {
        skipSpace()
        guard i < b.endIndex else { throw fail("the text ends where a value should be") }
        switch b[i] {
        case UInt8(ascii: "{"): return try container(close: UInt8(ascii: "}"))
        case UInt8(ascii: "["): return try container(close: UInt8(ascii: "]"))
        case 34:
            guard let s = FlatJSON.string(b, &i) else { throw fail("a string that does not end") }
            return .string(s)
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        default: return try number()
        }
    }

    /// An object or an array from its opening bracket; `close` tells which.
    private mutating func container(close: UInt8) throws(Failure) -> JSONNode {
        depth += 1
        defer { depth -= 1 }
        guard depth <= JSONParser.depthLimit else { throw fail(JSONParser.tooDeep) }
        i += 1
        var pairs: [(key: String, value: JSONNode)] = [], items: [JSONNode] = []
        skipSpace()
        if i < b.endIndex, b[i] == close {
            i += 1
            return close == UInt8(ascii: "}") ? .object([]) : .array([])
        }
        while true {
            if close == UInt8(ascii: "}") {
                skipSpace()
                guard let key = FlatJSON.string(b, &i) else { throw fail("an object key should be a string here") }
                skipSpace()
                guard i < b.endIndex, b[i] == UInt8(ascii: ":") else { throw fail("':' should follow a key") }
                i += 1
                pairs.append((key, try value()))
            } else {
                items.append(try value())
            }
            skipSpace()
            guard i < b.endIndex else { throw fail("the text ends inside an object or array") }
            if b[i] == close {
                i += 1
                return close == UInt8(ascii: "}") ? .object(pairs) : .array(items)
            }
            guard b[i] == UInt8(ascii: ",") else { throw fail("',' or a closing bracket should be here") }
            i += 1
            // A comma before the closing bracket, as hand-edited exports have and Foundation allows.
            skipSpace()
            if i < b.endIndex, b[i] == close {
                i += 1
                return close == UInt8(ascii: "}") ? .object(pairs) : .array(items)
            }
        }
    }

    private mutating func literal(_ word: StaticString, _ node: JSONNode) throws(Failure) -> JSONNode {
        let n = word.utf8CodeUnitCount
        guard b.endIndex - i >= n,
            word.withUTF8Buffer({ w in (0..<n).allSatisfy { b[i + $0] == w[$0] } })
        else { throw fail("not a JSON value") }
        i += n
        return node
    }

    /// A number's literal text, checked to be one.
    private mutating func number() throws(Failure) -> JSONNode {
        let start = i
        while i < b.endIndex, b[i] == 45 || b[i] == 43 || b[i] == 46 || b[i] | 0x20 == 101 || (b[i] >= 48 && b[i] <= 57)
        {
            i += 1
        }
        let text = String(decoding: b[start..<i], as: UTF8.self)
        guard i > start, Double(text) != nil, b[start] != 43 else {
            i = start
            throw fail("not a JSON value")
        }
        return .number(text)
    }
}
