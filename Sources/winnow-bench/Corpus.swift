import Foundation
import WinnowPipeline

/// The texts the benchmark runs on.
struct Corpus {
    var comments: [String] = []
    var labels: [String] = []
    var pages: [String] = []
    var commentBytes: Int { comments.reduce(0) { $0 + $1.utf8.count } }
    var pageBytes: Int { pages.reduce(0) { $0 + $1.utf8.count } }

    static func load(shared: String?) throws -> Corpus {
        var c = Corpus()
        let diagnostics = Diagnostics(echo: false)
        if let shared {
            for file in ["jigsaw", "civil-toxic", "davidson", "youtube-spam", "globe-published"] {
                let table = try CSVTable(path: "\(shared)/labeled/\(file).csv")
                let text = try table.column("text"), label = try table.column("label")
                while let row = try table.next() {
                    c.comments.append(row.fields[text])
                    c.labels.append(row.fields[label])
                }
            }
            for dir in ["pages/dev", "pages/seeds"] {
                for f in InputFiles.expand(["\(shared)/\(dir)"], extensions: ["txt"], diagnostics: diagnostics) {
                    c.pages.append(try TextFile.read(f))
                }
            }
        } else {
            let table = try CSVTable(path: "Data/labeled-example.csv")
            let text = try table.column("text"), label = try table.column("label")
            while let row = try table.next() {
                c.comments.append(row.fields[text])
                c.labels.append(row.fields[label])
            }
            for f in InputFiles.expand(["Data/pages"], extensions: ["txt"], diagnostics: diagnostics) {
                c.pages.append(try TextFile.read(f))
            }
            c.comments = Array(repeating: c.comments, count: 500).flatMap { $0 }
            c.labels = Array(repeating: c.labels, count: 500).flatMap { $0 }
        }
        return c
    }
}
