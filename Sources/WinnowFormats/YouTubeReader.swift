/// YouTube Data API `commentThreads` responses (one, an array of them, or one per line):
/// each thread's top-level comment, then its replies with their `parentId`.
public enum YouTubeReader {
    public static func read(_ text: String, path: String) throws(FormatError) -> [ExportedComment] {
        let bytes = Array(text.utf8)
        var responses: [JSONNode] = []
        if let whole = try? JSONParser.parse(bytes[...]) {
            if case .array(let items) = whole { responses = items } else { responses = [whole] }
        } else {
            var number = 0
            for line in bytes.split(separator: 10, omittingEmptySubsequences: false) {
                number += 1
                guard line.contains(UInt8(ascii: "{")) else { continue }
                guard let object = try? JSONParser.parse(line), case .object = object else {
                    throw .malformed(path: path, line: number, detail: "not a YouTube API response")
                }
                responses.append(object)
            }
        }
        var out: [ExportedComment] = []
        for response in responses {
            guard case .array(let items)? = response["items"] else { continue }
            for item in items {
                let snippet = item["snippet"]
                let video = CommentFields.string(snippet?["videoId"]) ?? ""
                if let top = snippet?["topLevelComment"], case .object = top { out.append(comment(top, video: video)) }
                if case .array(let replies)? = item["replies"]?["comments"] {
                    out += replies.map { comment($0, video: video) }
                }
            }
        }
        return out
    }

    static func comment(_ resource: JSONNode, video: String) -> ExportedComment {
        let s = resource["snippet"]
        func field(_ name: String) -> String? { CommentFields.string(s?[name]) }
        let text = field("textOriginal") ?? field("textDisplay").map(MarkupText.plain) ?? ""
        var c = ExportedComment(
            id: CommentFields.string(resource["id"]) ?? "", author: field("authorDisplayName") ?? "", text: text)
        c.parent = field("parentId") ?? ""
        c.title = video
        c.created = field("publishedAt") ?? ""
        c.status = field("moderationStatus") ?? ""
        return c
    }
}
