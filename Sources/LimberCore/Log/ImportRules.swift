import Foundation

/// What an import refuses beyond what the log itself refuses (each record's `problem`): records
/// that Limber could not have written. Kept to import, because a session being played must never
/// fail to be logged over a rule about a clock that was changed while it ran.
enum ImportRules {
    static func problem(_ session: SessionRecord) -> String? {
        recordID("id", session.id)
            ?? session.plannedRoutines.lazy.compactMap { nameID("planned_routines", $0, of: "a routine") }.first
            ?? order(session.startedAt, "started_at", session.endedAt, "ended_at")
            ?? localDay(session.day, of: session.startedAt, "started_at")
    }

    static func problem(_ step: StepResult) -> String? {
        if let problem = recordID("id", step.id) ?? recordID("session_id", step.sessionID)
            ?? nameID("routine_id", step.routineID, of: "a routine")
            ?? order(step.startedAt, "started_at", step.endedAt, "ended_at") {
            return problem
        }
        if step.doneSeconds > step.plannedSeconds {
            return "done_seconds \(step.doneSeconds) is more than planned_seconds \(step.plannedSeconds): a set is never played for longer than planned"
        }
        return nil
    }

    static func problem(_ report: SelfReport) -> String? {
        recordID("id", report.id)
            ?? report.symptom.flatMap { nameID("symptom", $0, of: "a symptom") }
            ?? localDay(report.day, of: report.recordedAt, "recorded_at")
    }

    static func problem(_ screening: Screening) -> String? {
        recordID("id", screening.id)
            ?? screening.symptoms.lazy.compactMap { nameID("symptoms", $0, of: "a symptom") }.first
            ?? localDay(screening.day, of: screening.recordedAt, "recorded_at")
    }

    static func problem(_ clearance: Clearance) -> String? {
        recordID("id", clearance.id)
            ?? nameID("symptom", clearance.symptom, of: "a symptom")
            ?? localDay(clearance.day, of: clearance.recordedAt, "recorded_at")
    }

    static func problem(_ profile: Profile) -> String? {
        recordID("id", profile.id)
            ?? profile.flaggedIssues.lazy.compactMap { nameID("flagged_issues", $0.issue, of: "an issue") }.first
            ?? profile.conditions.lazy.compactMap { nameID("conditions", $0, of: "a condition") }.first
            ?? profile.equipment.lazy.compactMap { nameID("equipment", $0, of: "equipment") }.first
            ?? localDay(profile.day, of: profile.updatedAt, "updated_at")
    }

    static func problem(_ set: PlannedSet) -> String? {
        recordID("session_id", set.sessionID) ?? nameID("routine_id", set.routineID, of: "a routine")
    }

    /// Records are named by a UUID in lower case, as Limber writes them.
    private static func recordID(_ field: String, _ id: String) -> String? {
        let utf8 = Array(id.utf8)
        let isID = utf8.count == 36 && utf8.indices.allSatisfy { index in
            [8, 13, 18, 23].contains(index) ? utf8[index] == UInt8(ascii: "-")
                : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(utf8[index]) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(utf8[index])
        }
        return isID ? nil : "\(field) '\(id)' is not an id: Limber's ids are UUIDs like 0f8fad5b-d9cb-469f-a165-70867728950e"
    }

    /// Routines, symptoms, issues and equipment are named as the routine files name them.
    private static func nameID(_ field: String, _ id: String, of what: String) -> String? {
        RoutineParser.isLowerCaseDashed(id) ? nil
            : "\(field) '\(id)' is not the id of \(what): lower-case letters and digits joined by dashes"
    }

    private static func order(_ start: Date, _ startField: String, _ end: Date?, _ endField: String) -> String? {
        guard let end, end < start else { return nil }
        return "\(endField) \(LogTime.text(end)) is before \(startField) \(LogTime.text(start)): it ends before it starts"
    }

    /// `day` is the patient's local day at `instant`. The export does not say which time zone that
    /// was, and every zone is within a day of UTC (UTC-12 to UTC+14), so the day must be the UTC
    /// day of the instant, the day before, or the day after.
    private static func localDay(_ day: LocalDay, of instant: Date, _ field: String) -> String? {
        let utcDay = LocalDay(containing: instant, in: TimeZone(identifier: "UTC")!)
        let possible = [utcDay.adding(days: -1), utcDay, utcDay.adding(days: 1)]
        guard !possible.contains(day) else { return nil }
        return "day \(day) cannot be the local day of \(field) \(LogTime.text(instant)): "
            + "in any time zone that is \(possible[0]) to \(possible[2])"
    }
}
