import Foundation

/// A compression library of the system, loaded when a file first needs it (`Zstd`,
/// `Brotli`): Debian installs them with the system itself (apt and curl need them), and
/// building against them would make their headers a requirement for everyone.
enum SystemLibrary {
    /// The first of `files` that loads and has every one of `symbols`, as their addresses.
    static func symbols(_ symbols: [String], in files: [String]) -> [UnsafeMutableRawPointer]? {
        for file in files {
            guard let handle = dlopen(file, RTLD_NOW) else { continue }
            let found = symbols.compactMap { dlsym(handle, $0) }
            if found.count == symbols.count { return found }
        }
        return nil
    }
}
