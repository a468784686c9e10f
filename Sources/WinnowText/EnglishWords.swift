/// English's commonest words: how much of a line is function words (the splitter), and
/// whether a comment is written in English at all (the scorer).
package enum EnglishWords {
    package static let common: Set<String> = [
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "is", "are",
        "was", "were", "be", "been", "it", "this", "that", "these", "those", "i", "you", "he", "she",
        "we", "they", "my", "your", "his", "her", "our", "their", "not", "no", "so", "as", "by", "if",
        "from", "do", "does", "did", "have", "has", "had", "will", "would", "can", "could", "should",
        "what", "who", "why", "how", "there", "than", "then", "just", "all", "me", "him", "them"
    ]
}
