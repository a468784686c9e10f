import WinnowFormats

extension ZipArchive {
    /// The entries whose extension is one of `extensions` (gzip-compressed or not), in the
    /// archive's order; macOS's resource forks and hidden files left out (they hold no
    /// comments).
    func entries(_ extensions: Set<String>) -> [String] {
        names.filter { name in
            extensions.contains(InputFiles.plainExtension(name)) && !name.hasPrefix("__MACOSX/")
                && !name.split(separator: "/").contains { $0.hasPrefix(".") }
        }
    }
}
