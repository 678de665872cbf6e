/// The folders named by `--home` / `LIMBER_HOME` and `--routines` / `LIMBER_ROUTINES`. A line
/// break, a space at either end or another control character there is a slip (a pasted line, a
/// variable read with its newline), and would quietly make or look for a folder of that odd name.
public enum FolderArgument {
    /// Why the folder named is refused, or nil. An option wins over its environment variable, and
    /// an empty variable counts as unset, as where the folders are worked out.
    public static func problem(home: String?, routines: String?, environment: [String: String]) -> String? {
        let named = [
            (home, "--home"), (home == nil ? environment["LIMBER_HOME"] : nil, "LIMBER_HOME"),
            (routines, "--routines"), (routines == nil ? environment["LIMBER_ROUTINES"] : nil, "LIMBER_ROUTINES"),
        ]
        return named.lazy.compactMap { value, source in value.flatMap { problem($0, from: source) } }.first
    }

    static func problem(_ value: String, from source: String) -> String? {
        if let control = VisibleText.firstControl(in: value) {
            let what = control == "\n" || control == "\r" ? "a line break" : "the control character \(VisibleText.escape(control))"
            return "\(source) '\(VisibleText.of(value))' holds \(what); name the folder without it."
        }
        if let first = value.first, first.isWhitespace {
            return "\(source) '\(value)' starts with a space; name the folder without it."
        }
        if let last = value.last, last.isWhitespace {
            return "\(source) '\(value)' ends with a space; name the folder without it."
        }
        return nil
    }
}
