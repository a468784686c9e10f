/// A value as MongoDB's tools write a document (mongoexport's extended JSON): an object of
/// one key naming its type, `{"$oid": "65f1..."}`, `{"$date": "2024-06-03T08:00:00Z"}` or
/// `{"$date": {"$numberLong": "1717401600000"}}`, `{"$numberLong": "42"}`.
enum MongoValue {
    static let keys = ["$oid", "$date", "$numberLong", "$numberInt", "$numberDouble", "$numberDecimal", "$uuid"]

    /// The value's text, or nil for any other object.
    static func string(_ value: JSONNode?) -> String? {
        // (`endIndex`: `count` of these pairs sends the compiler round in a circle.)
        guard case .object(let pairs)? = value, pairs.endIndex == 1, keys.contains(pairs[0].key) else { return nil }
        return CommentFields.string(pairs[0].value)
    }
}
