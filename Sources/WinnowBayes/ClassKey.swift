/// A class of the counts: a label within a domain (where the comments come from).
///
/// Keeping domains apart lets a head compare hostile and civil comments *of the same
/// domain*, so it cannot learn "news vs Wikipedia" in place of "hostile vs civil".
public struct ClassKey: Hashable, Sendable, Comparable {
    public var label: String
    public var domain: String

    public init(label: String, domain: String) {
        self.label = label
        self.domain = domain
    }

    public static func < (a: ClassKey, b: ClassKey) -> Bool { (a.label, a.domain) < (b.label, b.domain) }
}
