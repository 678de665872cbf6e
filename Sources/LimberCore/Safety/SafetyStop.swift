import Foundation

/// The red-flag stop: a red flag the patient reported (with `log symptom` or in a screening)
/// stops every session from that day on, until a professional's clearance for it is recorded.
/// Only reports made after the last clearance of a flag count, so a flag reported again after
/// being cleared stops sessions again.
public struct SafetyStop: Sendable, Equatable {
    /// A red flag that stops sessions, and the day it was first reported since its last clearance.
    public struct Flag: Sendable, Equatable {
        public var symptom: Symptom
        public var since: LocalDay
    }

    /// Each red flag that stops sessions, once, in the clinic's order.
    public var flags: [Flag]

    /// The stop on `day`, or nil when the patient may exercise. Records dated after `day` are
    /// not counted; give every report, screening and clearance up to `day` (see `read`).
    public static func on(
        _ day: LocalDay, reports: [SelfReport], screenings: [Screening], clearances: [Clearance], safety: SafetyCatalog
    ) -> SafetyStop? {
        let reported = reports.compactMap { report in
            report.kind == .symptom ? report.symptom.map { (id: $0, day: report.day, at: report.recordedAt) } : nil
        } + screenings.flatMap { screening in
            screening.symptoms.map { (id: $0, day: screening.day, at: screening.recordedAt) }
        }
        let flags = safety.redFlags.compactMap { flag -> Flag? in
            let lastCleared = clearances.filter { $0.symptom == flag.id && $0.day <= day }.map(\.recordedAt).max()
            // A clearance covers the reports made up to the instant it was recorded.
            let since = reported
                .filter { report in
                    report.id == flag.id && report.day <= day && lastCleared.map { report.at > $0 } ?? true
                }
                .map(\.day).min()
            return since.map { Flag(symptom: flag, since: $0) }
        }
        return flags.isEmpty ? nil : SafetyStop(flags: flags)
    }

    /// The stop on `day` from everything in the log up to it.
    public static func read(_ log: any DayLogReader, on day: LocalDay, safety: SafetyCatalog) throws -> SafetyStop? {
        let first = day.adding(days: -LogLimits.historyDays)
        return try on(
            day, reports: log.symptomReports(through: day), screenings: log.screenings(from: first, through: day),
            clearances: log.clearances(from: first, through: day), safety: safety)
    }

    /// What the patient is told in place of a session: each flag with its advice, and how the
    /// stop is lifted.
    public var advice: String {
        let example = flags[0].symptom.id
        return (["You reported a warning sign, so Limber will not start a session until a professional has seen you about it."]
            + flags.map { "  - \($0.symptom.id) (reported \($0.since)): \($0.symptom.advice)" }
            + ["Once you have been seen, your clinician (or you, on their word) can record it, for example:",
               "  limber screen --cleared \(example) --by \"Dr Lee, GP\"",
               "If it was reported by mistake, tell your clinician."])
            .joined(separator: "\n")
    }
}
