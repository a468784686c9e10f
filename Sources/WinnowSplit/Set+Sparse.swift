extension Set where Element == String {
    /// `words` in a set with room for four times them. Most words looked up in the splitter's
    /// word sets are not there, and a Swift set compares every entry on a lookup's way: a
    /// set filled to its usual three quarters cost a percent of splitting.
    static func sparse(_ words: [String]) -> Set<String> {
        var set = Set<String>(minimumCapacity: words.count * 4)
        set.formUnion(words)
        return set
    }
}
