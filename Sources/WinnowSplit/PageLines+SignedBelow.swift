extension PageLines {
    /// Reads the author lines of a page that puts them under their comments, with the
    /// controls ("The text. / Name 2h ago ♥ 52 Reply", a card's footer), as signatures.
    /// Such a page opens its comments with a text and ends them with an author line; a page
    /// that heads them opens with an author line and ends with a text: both ends must say so.
    mutating func markAuthorsBelowTexts() {
        let named = features.indices.filter {
            features[$0].controlsAfterAge && features[$0].authorBeforeVerb == nil || footerInPieces(at: $0)
        }
        guard named.count >= 2, let first = named.first, let last = named.last, first >= 2 else { return }
        // A text is prose or ends a sentence; a heading or a footer does neither.
        func text(_ f: LineFeatures) -> Bool { f.prose || f.terminal }
        let opensWithText = text(features[first - 1]) && !text(features[first - 2])
        let endsWithAuthor = last + 1 == features.count || !text(features[last + 1])
        guard opensWithText, endsWithAuthor else { return }
        for i in named where features[i].signature == nil { features[i].signature = AuthorName.of(features[i]) }
    }

    /// A card's footer a text node a line: "Name" / "2h ago" / "♥ 52" / "Reply", then the next
    /// text; controls after the age, where a page that heads its comments has the text.
    private func footerInPieces(at i: Int) -> Bool {
        i + 2 < features.count && features[i].nameShaped && !features[i].timestamp && !features[i].widget
            && (features[i + 1].timestamp || features[i + 1].inlineTimestamp) && features[i + 2].widget
    }
}
