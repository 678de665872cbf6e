import Foundation
import Yams

/// Parses routine files and makes the checks that need more than one file: duplicate ids,
/// targets, conditions and progressions that name nothing, and discouraged techniques.
struct RoutineSetChecker {
    let issues: [PatientIssue]
    let conditions: [PatientCondition]
    let safety: SafetyCatalog

    /// `layers` are folders in load order: ids must be unique within a layer, and a later
    /// layer replaces `base` routines and earlier layers' routines by id.
    func check(layers: [[URL]], base: [Routine]) -> (routines: [Routine], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var parsed: [RoutineParser.Located] = []
        for files in layers {
            var layerIDs: [String: RoutineParser.Located] = [:]
            for file in files {
                let parser = RoutineParser(path: LibraryLoader.displayPath(file))
                let located = LibraryLoader.readFile(file, reader: parser.reader).flatMap(parser.parse)
                diagnostics += parser.reader.diagnostics
                guard let located else { continue }
                if let first = layerIDs[located.routine.id] {
                    let mark = first.idMark.map { "\($0.line):\($0.column)" } ?? "1:1"
                    diagnostics.append(error(
                        located, at: located.idMark,
                        "duplicate routine id '\(located.routine.id)', first defined at \(first.path):\(mark)"))
                    continue
                }
                layerIDs[located.routine.id] = located
                parsed.removeAll { $0.routine.id == located.routine.id }
                parsed.append(located)
            }
        }
        let parsedIDs = Set(parsed.map(\.routine.id))
        let kept = base.filter { !parsedIDs.contains($0.id) }
        let allIDs = parsedIDs.union(kept.map(\.id))

        var accepted = kept
        for located in parsed {
            let problems = crossCheck(located, routineIDs: allIDs)
            diagnostics += problems
            if problems.isEmpty {
                accepted.append(located.routine)
            }
        }
        return (accepted, diagnostics)
    }

    private func crossCheck(_ located: RoutineParser.Located, routineIDs: Set<String>) -> [Diagnostic] {
        let routine = located.routine
        var problems = unknown(routine.targets, at: located.targetMarks, among: issues.map(\.id), in: located) {
            "unknown target issue '\($0)'"
        }
        problems += unknown(routine.avoidWith, at: located.avoidWithMarks, among: conditions.map(\.id), in: located) {
            "unknown condition '\($0)' in 'avoid-with'"
        }
        if let next = routine.progressesTo {
            if next == routine.id {
                problems.append(error(located, at: located.progressesToMark, "'progresses-to' names the routine itself"))
            } else if !routineIDs.contains(next) {
                problems.append(error(located, at: located.progressesToMark, "'progresses-to' names no routine: '\(next)'"))
            }
        }
        if let match = safety.discouragedMatch(for: routine) {
            let technique = match.technique
            var message = "'\(routine.id)' is a discouraged technique, the \(technique.name) (matched by \(match.how))"
            if let reason = technique.reasons.first {
                message += ": \(reason)"
            }
            if !technique.alternatives.isEmpty {
                message += " Safer alternatives: \(technique.alternatives.joined(separator: ", "))."
            }
            let mark = match.stepIndex.flatMap { located.stepNameMarks.indices.contains($0) ? located.stepNameMarks[$0] : nil }
                ?? (match.how == "its name" ? located.nameMark : located.idMark)
            problems.append(error(located, at: mark, message))
        }
        return problems
    }

    /// An error for each id not `among` the catalogue's, with the likely one it was meant to be.
    private func unknown(
        _ ids: [String], at marks: [Mark?], among known: [String], in located: RoutineParser.Located,
        _ message: (String) -> String
    ) -> [Diagnostic] {
        zip(ids, marks).filter { !known.contains($0.0) }.map { id, mark in
            error(located, at: mark, message(id) + YAMLReader.suggestion(for: id, from: known))
        }
    }

    private func error(_ located: RoutineParser.Located, at mark: Mark?, _ message: String) -> Diagnostic {
        Diagnostic(path: located.path, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message)
    }
}
