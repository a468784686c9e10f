/// What Winnow says of a comment: let it through, send it to a moderator, or remove it.
public enum Verdict: String, CaseIterable, Sendable {
    case approve, review, reject
}
