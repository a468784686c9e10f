/// Errors of the text module.
public enum TextError: Error, CustomStringConvertible, Equatable {
    case icuUnavailable(what: String, code: String)

    public var description: String {
        switch self {
        case .icuUnavailable(let what, let code):
            "ICU could not open its \(what) (\(code)); is libicu72 installed?"
        }
    }
}
