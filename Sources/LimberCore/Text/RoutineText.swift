/// The library as plain text for `routines list` and `routines show`.
public enum RoutineTable {
    public static func render(_ routines: [Routine]) -> String {
        let idWidth = max(2, routines.map(\.id.count).max() ?? 0)
        let header = pad("ID", idWidth) + "  " + pad("FAMILY", 9) + "  LEVEL  " + pad("TIME", 6) + "  NAME"
        let rows = routines.map { routine in
            pad(routine.id, idWidth) + "  " + pad(routine.family.rawValue, 9) + "  " + pad(String(routine.level), 5)
                + "  " + pad(DurationText.clock(routine.seconds), 6) + "  " + routine.name
        }
        return VisibleText.lines(([header] + rows).joined(separator: "\n"))
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}

public enum RoutineDetail {
    public static func render(_ routine: Routine, issues: [PatientIssue]) -> String {
        var lines = ["\(routine.name) (\(routine.id))"]
        if let summary = routine.summary {
            lines.append(summary)
        }
        lines.append("")
        lines.append("Family: \(routine.family.rawValue), level \(routine.level), about \(DurationText.spoken(routine.seconds))")
        if !routine.targets.isEmpty {
            let names = routine.targets.map { id in issues.first { $0.id == id }?.name ?? id }
            lines.append("Helps with: \(names.joined(separator: ", "))")
        }
        if !routine.avoidWith.isEmpty {
            lines.append("Not for people with: \(routine.avoidWith.joined(separator: ", "))")
        }
        lines.append("Equipment: \(routine.equipment.isEmpty ? "none" : routine.equipment.map(\.rawValue).joined(separator: ", "))")
        if let next = routine.progressesTo {
            lines.append("Next level: \(next)")
        } else if let reason = routine.noProgression {
            lines.append("No next level: \(reason)")
        }
        lines.append("")
        lines.append("Steps:")
        for (index, step) in routine.steps.enumerated() {
            lines.append("  \(index + 1). \(step.name): \(dose(step))")
            if let cue = step.cue {
                lines.append("     \(cue)")
            }
        }
        if !routine.cautions.isEmpty || routine.stopIf != nil {
            lines.append("")
            lines.append("Cautions:")
            lines += routine.cautions.map { "  - \($0)" }
            if let stop = routine.stopIf {
                lines.append("  - Stop if: \(stop)")
            }
        }
        return lines.map(VisibleText.of).joined(separator: "\n")
    }

    /// "30 s x 2 sets, 15 s rest, each side" and the like.
    static func dose(_ step: Step) -> String {
        var parts: [String]
        switch step.load {
        case .seconds(let seconds): parts = [DurationText.spoken(seconds)]
        case .reps(let count, let tempo): parts = ["\(count) reps, \(tempo) s each"]
        case .breathe(let pattern, let cycles):
            let phases = [
                ("in", pattern.inhale), ("in again", pattern.topUp), ("hold", pattern.hold),
                ("out", pattern.exhale), ("hold", pattern.holdAfter),
            ]
                .filter { $0.1 > 0 }.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
            parts = ["\(cycles) breaths (\(phases))"]
        }
        if step.sets > 1 {
            parts[0] += " x \(step.sets) sets"
            if step.rest > 0 { parts.append("\(step.rest) s rest") }
        }
        if let progress = step.progress {
            let (by, upTo) = if case .reps = step.load {
                ("\(progress.by) \(progress.by == 1 ? "rep" : "reps")", "\(progress.upTo) reps")
            } else {
                (DurationText.spoken(progress.by), DurationText.spoken(progress.upTo))
            }
            parts.append("growing by \(by) up to \(upTo)")
        }
        switch step.sides {
        case .both where step.weakerSideExtraSets > 0:
            let extra = step.weakerSideExtraSets
            parts.append("each side, \(extra) extra \(extra == 1 ? "set" : "sets") on the weaker side")
        case .both: parts.append("each side")
        case .left: parts.append("left side")
        case .right: parts.append("right side")
        case .none: break
        }
        return parts.joined(separator: ", ")
    }
}
