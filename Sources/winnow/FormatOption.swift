import ArgumentParser
import WinnowFormats

/// `--format`, naming the choices when the value is wrong.
struct FormatOption: ExpressibleByArgument {
    let value: InputFormat
    init?(argument: String) {
        guard let value = InputFormat(rawValue: argument), InputFormat.forced.contains(argument) else { return nil }
        self.value = value
    }
    static var allValueStrings: [String] { InputFormat.forced }
}
