/// The known name a mistyped one most likely meant, for "did you mean" hints in routine files
/// and on the command line alike.
public enum NameSuggestion {
    /// The closest of `names` to `name`, if it is close enough to be a typo.
    public static func closest(to name: String, among names: [String]) -> String? {
        let best = names.map { ($0, editDistance(name, $0)) }.min { $0.1 < $1.1 }
        guard let (match, distance) = best, distance <= max(2, name.count / 3) else { return nil }
        return match
    }

    /// Levenshtein distance: the fewest single-character edits from `a` to `b`.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let b = Array(b)
        var previous = Array(0...b.count)
        for (i, charA) in a.enumerated() {
            var current = [i + 1]
            for (j, charB) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (charA == charB ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
