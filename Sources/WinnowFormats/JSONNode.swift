/// A JSON value as `JSONParser` reads it: objects keep their keys in document order (the
/// order comments are visited in), numbers their literal text (ids past 2^53 stay exact).
indirect enum JSONNode: Equatable {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case array([JSONNode])
    case object([(key: String, value: JSONNode)])

    static func == (a: JSONNode, b: JSONNode) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)), (.number(let x), .number(let y)): x == y
        case (.bool(let x), .bool(let y)): x == y
        case (.null, .null): true
        case (.array(let x), .array(let y)): x == y
        case (.object(let x), .object(let y)): x.map(\.key) == y.map(\.key) && x.map(\.value) == y.map(\.value)
        default: false
        }
    }

    /// The value under `key` of an object (the first, if repeated); nil otherwise. Objects
    /// hold a few dozen keys at most, so a scan beats hashing.
    subscript(key: String) -> JSONNode? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.first { $0.key == key }?.value
    }

    var keys: [String] {
        guard case .object(let pairs) = self else { return [] }
        return pairs.map(\.key)
    }

    var isContainer: Bool {
        switch self {
        case .array, .object: true
        default: false
        }
    }
}
