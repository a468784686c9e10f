import Foundation
import WinnowFormats

/// Reading each export format: the corpus's comments written as that format in memory,
/// then read back as `winnow score` reads them (one line a format).
struct FormatReading {
    let corpus: Corpus

    func run() throws {
        let comments = corpus.comments
        let bytes = corpus.commentBytes
        for (name, text) in [
            ("disqus", disqus(comments)), ("wordpress", wordpress(comments)), ("reddit", reddit(comments)),
            ("youtube", youtube(comments)), ("json", wordpressAPI(comments)), ("sql", mysqldump(comments))
        ] {
            let data = Array(text.utf8)
            try measure("read \(name)", items: comments.count, bytes: bytes) {
                _ = try ExportFile(path: name, bytes: data).comments()
            }
        }
        let gz = try gzip(Array(reddit(comments).utf8))
        try measure("read reddit.gz", items: comments.count, bytes: bytes) {
            _ = try ExportFile(path: "r.gz", bytes: gz).comments()
        }
    }

    /// Text as an XML export can hold it: no control characters, no CDATA end.
    func escape(_ s: String) -> String {
        String(
            String.UnicodeScalarView(
                s.unicodeScalars.filter {
                    ($0.value >= 0x20 && $0.value != 0xFFFE && $0.value != 0xFFFF) || $0 == "\n" || $0 == "\t"
                })
        )
        .replacingOccurrences(of: "]]>", with: "]] >")
    }

    func disqus(_ c: [String]) -> String {
        var s = "<?xml version=\"1.0\"?>\n<disqus xmlns:dsq=\"http://disqus.com/disqus-internals\">\n"
        s += "<thread dsq:id=\"1\"><title>T</title></thread>\n"
        for (i, t) in c.enumerated() {
            s += "<post dsq:id=\"\(i)\"><message><![CDATA[<p>\(escape(t))</p>]]></message>"
            s += "<author><name>a\(i % 97)</name></author><thread dsq:id=\"1\"/></post>\n"
        }
        return s + "</disqus>\n"
    }

    func wordpress(_ c: [String]) -> String {
        var s =
            "<?xml version=\"1.0\"?>\n<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><item><title>T</title>\n"
        for (i, t) in c.enumerated() {
            s += "<wp:comment><wp:comment_id>\(i)</wp:comment_id><wp:comment_author>a</wp:comment_author>"
            s += "<wp:comment_content><![CDATA[\(escape(t))]]></wp:comment_content></wp:comment>\n"
        }
        return s + "</item></channel></rss>\n"
    }

    func json(_ s: String) -> String {
        String(decoding: (try? JSONSerialization.data(withJSONObject: [s], options: [])) ?? Data(), as: UTF8.self)
            .dropFirst().dropLast().description
    }

    func reddit(_ c: [String]) -> String {
        c.enumerated().map {
            "{\"id\":\"c\($0.offset)\",\"author\":\"a\",\"body\":\(json($0.element)),\"link_id\":\"t3_x\",\"parent_id\":\"t3_x\"}"
        }.joined(separator: "\n") + "\n"
    }

    func youtube(_ c: [String]) -> String {
        let items = c.enumerated().map {
            "{\"id\":\"t\($0.offset)\",\"snippet\":{\"videoId\":\"v\",\"topLevelComment\":{\"id\":\"c\($0.offset)\","
                + "\"snippet\":{\"textOriginal\":\(json($0.element)),\"authorDisplayName\":\"a\"}}}}"
        }
        return "{\"kind\":\"youtube#commentThreadListResponse\",\"items\":[" + items.joined(separator: ",") + "]}"
    }

    /// A WordPress REST API response: JSON of any shape, read by its guessed fields.
    func wordpressAPI(_ c: [String]) -> String {
        let items = c.enumerated().map {
            "{\"id\":\($0.offset),\"post\":1,\"parent\":0,\"author_name\":\"a\",\"content\":{\"rendered\":\(json($0.element))}}"
        }
        return "[" + items.joined(separator: ",\n") + "]"
    }

    /// A WordPress database's mysqldump: extended inserts of 300 rows, backslash escapes.
    func mysqldump(_ c: [String]) -> String {
        func quoted(_ t: String) -> String {
            "'"
                + t.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
                .replacingOccurrences(of: "\n", with: "\\n") + "'"
        }
        var s = "-- MySQL dump 10.13\nCREATE TABLE `wp_comments` (`comment_ID` bigint, `comment_author` tinytext, "
        s += "`comment_content` text, `comment_parent` bigint);\n"
        for start in stride(from: 0, to: c.count, by: 300) {
            let rows = c[start..<min(start + 300, c.count)].enumerated().map {
                "(\(start + $0.offset),'a\((start + $0.offset) % 97)',\(quoted($0.element)),0)"
            }
            s += "INSERT INTO `wp_comments` VALUES " + rows.joined(separator: ",") + ";\n"
        }
        return s
    }

    /// gzip through the system's `gzip` (the bench only; Winnow itself only inflates).
    func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-bench-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("r.jsonl")
        try Data(bytes).write(to: file)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/gzip")
        p.arguments = ["-f", file.path]
        try p.run()
        p.waitUntilExit()
        return [UInt8](try Data(contentsOf: dir.appendingPathComponent("r.jsonl.gz")))
    }
}
