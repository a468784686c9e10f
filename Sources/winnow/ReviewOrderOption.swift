import ArgumentParser
import WinnowPipeline

/// `--order` parsed by ArgumentParser, naming the choices when the value is wrong.
struct ReviewOrderOption: ExpressibleByArgument {
    let value: ReviewOrder
    init(_ value: ReviewOrder) { self.value = value }
    init?(argument: String) {
        guard let value = ReviewOrder(rawValue: argument) else { return nil }
        self.value = value
    }
    static var allValueStrings: [String] { ReviewOrder.allCases.map(\.rawValue) }
    var defaultValueDescription: String { value.rawValue }
}
