import Foundation
import LimberCore

/// A clinic's library grown to 1,000 routines over the seven issues: every family, ladders of
/// three, some needing equipment or avoiding a condition, sided steps with extra sets, growing
/// doses. Made by arithmetic on the index, so every run plans over the same library.
enum ThousandRoutines {
    static let issues = [
        "left-right-imbalance", "front-back-imbalance", "poor-neuromuscular-control", "repetitive-stress",
        "prolonged-sitting", "low-daily-movement", "chronic-stress",
    ]

    static func make() -> RoutineLibrary {
        let routines = (0..<1000).map { index -> Routine in
            let family = Family.allCases[index % Family.allCases.count]
            let sided = family != .breathing && family != .walk && index % 3 == 0
            let step = family == .breathing
                ? Step(name: "Breathe", kind: .breathe, load: .breathe(BreathPattern(inhale: 4, exhale: 6), cycles: 4 + index % 5))
                : Step(name: "Hold", kind: .hold, load: .seconds(20 + index % 4 * 5), sets: 1 + index % 3, rest: 10,
                       sides: sided ? .both : nil, progress: DoseProgress(by: 5, upTo: 45), weakerSideExtraSets: sided ? 1 : 0)
            return Routine(
                id: String(format: "routine-%04d", index), name: "Routine \(index)", family: family,
                targets: [issues[index % 7], issues[(index / 7) % 7]],
                avoidWith: index % 11 == 0 ? ["knee-problem"] : [], equipment: index % 13 == 0 ? [.bar] : [],
                level: 1 + index / 7 % 3,
                progressesTo: index / 7 % 3 < 2 && index + 7 < 1000 ? String(format: "routine-%04d", index + 7) : nil,
                steps: [step])
        }
        return RoutineLibrary(
            routines: routines, issues: issues.map { DescribedEntry(id: $0, name: $0, description: $0) },
            conditions: [DescribedEntry(id: "knee-problem", name: "Knee problem", description: "Knee problem")],
            safety: SafetyCatalog())
    }
}

extension ThousandRoutines {
    /// The routines as a clinic's folder of YAML files, one per routine, checked against the
    /// built-in catalogues.
    static func write(to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for routine in make().routines {
            try Data(yaml(routine).utf8).write(to: folder.appendingPathComponent("\(routine.id).yaml"))
        }
    }

    static func yaml(_ routine: Routine) -> String {
        var lines = [
            "id: \(routine.id)", "name: \(routine.name)", "family: \(routine.family.rawValue)",
            "targets: [\(routine.targets.joined(separator: ", "))]", "level: \(routine.level)",
        ]
        if !routine.avoidWith.isEmpty { lines.append("avoid-with: [\(routine.avoidWith.joined(separator: ", "))]") }
        if !routine.equipment.isEmpty { lines.append("equipment: [\(routine.equipment.map(\.rawValue).joined(separator: ", "))]") }
        lines.append(routine.progressesTo.map { "progresses-to: \($0)" } ?? "no-progression: The last of its ladder.")
        lines.append("steps:")
        for step in routine.steps {
            lines.append("  - name: \(step.name)")
            lines.append("    kind: \(step.kind.rawValue)")
            switch step.load {
            case .seconds(let seconds): lines.append("    seconds: \(seconds)")
            case .reps(let count, let tempo): lines += ["    reps: \(count)", "    tempo: \(tempo)"]
            case .breathe(let pattern, let cycles):
                lines += ["    pattern: {inhale: \(pattern.inhale), exhale: \(pattern.exhale)}", "    cycles: \(cycles)"]
            }
            if step.sets > 1 { lines += ["    sets: \(step.sets)", "    rest: \(step.rest)"] }
            if let sides = step.sides { lines.append("    sides: \(sides.rawValue)") }
            if let progress = step.progress { lines.append("    progress: {by: \(progress.by), up-to: \(progress.upTo)}") }
            if step.weakerSideExtraSets > 0 { lines.append("    weaker-side-extra-sets: \(step.weakerSideExtraSets)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
