/// The tokens of one text, stored as UTF-8 bytes back to back.
///
/// One buffer is reused for every document a worker sees, so tokenizing allocates nothing
/// in the steady state; tokens are hashed straight from the bytes (see `FeatureHash`).
public struct TokenList: Sendable {
    package var bytes: [UInt8] = []
    package var ends: [Int32] = []

    public init() {
        bytes.reserveCapacity(4096)
        ends.reserveCapacity(512)
    }

    public var count: Int { ends.count }
    public var isEmpty: Bool { ends.isEmpty }

    package func range(at index: Int) -> Range<Int> {
        let start = index == 0 ? 0 : Int(ends[index - 1])
        return start..<Int(ends[index])
    }

    /// The token as text, for display and model vocabularies (not on the scoring path).
    public func string(at index: Int) -> String {
        String(decoding: bytes[range(at: index)], as: UTF8.self)
    }

    public var strings: [String] { (0..<count).map(string(at:)) }

    package func hash(at index: Int) -> UInt64 {
        let r = range(at: index)
        return bytes.withUnsafeBufferPointer { FeatureHash.bytes($0, r) }
    }

    package mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }

    package mutating func append<C: Collection>(_ token: C) where C.Element == UInt8 {
        guard !token.isEmpty else { return }
        bytes.append(contentsOf: token)
        ends.append(Int32(bytes.count))
    }

    /// Closes the token whose bytes were appended since the previous end.
    package mutating func closeToken() {
        let start = ends.last.map(Int.init) ?? 0
        if bytes.count > start { ends.append(Int32(bytes.count)) }
    }

    package var openTokenStart: Int { ends.last.map(Int.init) ?? 0 }

}
