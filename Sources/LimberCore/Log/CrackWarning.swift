/// What `limber log crack` and the crack key show: the clinic's advice on the technique it
/// discourages, in its own words from `safety.yaml`, with the routines it suggests instead.
public enum CrackWarning {
    /// The technique the warning is about: the footballer's stretch when the clinic lists it.
    public static func technique(in safety: SafetyCatalog) -> DiscouragedTechnique? {
        safety.discouraged.first { $0.id == "footballers-stretch" } ?? safety.discouraged.first
    }

    /// `routineName` gives a routine's name from its id, or nil when the library lacks it.
    public static func text(for technique: DiscouragedTechnique, routineName: (String) -> String?) -> String {
        var lines = ["Our clinic's advice on the \(technique.name.lowercased()):"]
        lines += technique.reasons.map { "  - \($0)" }
        if !technique.alternatives.isEmpty {
            lines.append("")
            lines.append("Gentler routines to try instead:")
            lines += technique.alternatives.map { id in
                "  - \(routineName(id) ?? id)  (limber start --routine \(id))"
            }
        }
        return lines.joined(separator: "\n")
    }
}
