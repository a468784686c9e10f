import Foundation

/// YouTube Data API `commentThreads` responses (one, an array of them, or one per line):
/// each thread's top-level comment, then its replies with their `parentId`.
public enum YouTubeReader {
    public static func read(_ text: String, path: String) throws(FormatError) -> [ExportedComment] {
        var responses: [[String: Any]] = []
        if let whole = try? JSONSerialization.jsonObject(with: Data(text.utf8)) {
            responses = (whole as? [[String: Any]]) ?? [(whole as? [String: Any]) ?? [:]]
        } else {
            for (i, line) in text.split(separator: "\n").enumerated() where line.contains("{") {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                    throw .malformed(path: path, line: i + 1, detail: "not a YouTube API response")
                }
                responses.append(object)
            }
        }
        var out: [ExportedComment] = []
        for response in responses {
            for item in response["items"] as? [[String: Any]] ?? [] {
                let snippet = item["snippet"] as? [String: Any] ?? [:]
                let video = snippet["videoId"] as? String ?? ""
                if let top = snippet["topLevelComment"] as? [String: Any] {
                    out.append(comment(top, video: video))
                }
                let replies = (item["replies"] as? [String: Any])?["comments"] as? [[String: Any]] ?? []
                out += replies.map { comment($0, video: video) }
            }
        }
        return out
    }

    static func comment(_ resource: [String: Any], video: String) -> ExportedComment {
        let s = resource["snippet"] as? [String: Any] ?? [:]
        let text = s["textOriginal"] as? String ?? (s["textDisplay"] as? String).map(MarkupText.plain) ?? ""
        var c = ExportedComment(
            id: resource["id"] as? String ?? "", author: s["authorDisplayName"] as? String ?? "", text: text)
        c.parent = s["parentId"] as? String ?? ""
        c.title = video
        c.created = s["publishedAt"] as? String ?? ""
        c.status = s["moderationStatus"] as? String ?? ""
        return c
    }
}
