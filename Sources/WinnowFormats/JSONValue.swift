import Foundation

/// JSON values as text, whatever their JSON type.
enum JSONValue {
    static func string(_ value: Any?) -> String? {
        switch value {
        case let s as String: s
        case let n as NSNumber: n.stringValue
        default: nil
        }
    }
}
