/// A label a model scores, or the negative one: data from the training files, not a name
/// in code. The two the verdict CSV always has columns for, and the usual negative label,
/// are named here once.
public struct Label: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    public var description: String { rawValue }

    public static let hostile: Label = "hostile"
    public static let offtopic: Label = "offtopic"
    public static let ok: Label = "ok"
}
