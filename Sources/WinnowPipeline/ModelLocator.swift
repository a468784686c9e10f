import Foundation

/// Finds the default model without the user standing in the repository:
/// `--model`, then `$WINNOW_MODEL`, then `Models/winnow.model` beside the checkout the
/// binary was built in (`.build/release/winnow` -> `../../Models`), then
/// `../share/winnow/winnow.model` beside an installed binary, then `./Models`.
public enum ModelLocator {
    public static let fileName = "winnow.model"

    public static func candidates(explicit: String?) -> [String] {
        if let explicit { return [explicit] }
        var list: [String] = []
        if let env = ProcessInfo.processInfo.environment["WINNOW_MODEL"], !env.isEmpty { list.append(env) }
        let exe = executablePath()
        let binDir = (exe as NSString).deletingLastPathComponent
        // .build/<config>/winnow or .build/<triple>/<config>/winnow
        var dir = binDir
        for _ in 0..<4 {
            dir = (dir as NSString).deletingLastPathComponent
            list.append((dir as NSString).appendingPathComponent("Models/" + fileName))
        }
        list.append(
            ((binDir as NSString).deletingLastPathComponent as NSString)
                .appendingPathComponent("share/winnow/" + fileName))
        list.append("Models/" + fileName)
        var seen = Set<String>()
        return list.map { ($0 as NSString).standardizingPath }.filter { seen.insert($0).inserted }
    }

    public static func locate(explicit: String?) throws(PipelineError) -> String {
        let list = candidates(explicit: explicit)
        if let explicit { return explicit }
        // A model the environment names is meant: its absence is an error, not a fallback.
        if let env = ProcessInfo.processInfo.environment["WINNOW_MODEL"], !env.isEmpty,
            !FileManager.default.fileExists(atPath: env)
        {
            throw .missingModel(path: env, from: "WINNOW_MODEL")
        }
        guard let found = list.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            throw .modelNotFound(searched: list)
        }
        return found
    }

    static func executablePath() -> String {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return resolved
        }
        return (CommandLine.arguments.first.map { URL(fileURLWithPath: $0).standardizedFileURL.path }) ?? "."
    }
}
