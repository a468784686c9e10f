import ArgumentParser
import WinnowFormats

/// `--format`, naming the choices when the value is wrong.
struct FormatOption: ExpressibleByArgument {
    let value: InputFormat
    init?(argument: String) {
        // "json": JSON documents and JSON Lines are one format (`JSONDocumentReader`).
        let name = argument == "json" ? InputFormat.jsonl.rawValue : argument
        guard let value = InputFormat(rawValue: name), InputFormat.forced.contains(name) else { return nil }
        self.value = value
    }
    static var allValueStrings: [String] { InputFormat.forced }
}
