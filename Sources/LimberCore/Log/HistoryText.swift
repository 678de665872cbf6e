import Foundation

/// The patient's own view of the log (`limber history`): day by day, newest first, each
/// session, self-report, screening and clearance on one line.
public enum HistoryText {
    public static func render(
        sessions: [LoggedSession], reports: [SelfReport], screenings: [Screening] = [], clearances: [Clearance] = [],
        alerts: [AssessmentAlert] = [], days: Int, timeZone: TimeZone = .current
    ) -> String {
        let log = byDay(sessions: sessions, reports: reports, screenings: screenings, clearances: clearances,
                       days: days, timeZone: timeZone)
        guard !alerts.isEmpty else { return log }
        // Patterns worth an assessment come first, where the patient cannot miss them.
        return (["Worth getting checked: book an assessment with your physiotherapist or GP."]
            + alerts.map { "  - " + $0.message } + ["", log]).joined(separator: "\n")
    }

    private static func byDay(
        sessions: [LoggedSession], reports: [SelfReport], screenings: [Screening], clearances: [Clearance],
        days: Int, timeZone: TimeZone
    ) -> String {
        let entries = sessions.map { (day: $0.session.day, at: $0.session.startedAt, line: line(for: $0)) }
            + reports.map { (day: $0.day, at: $0.recordedAt, line: line(for: $0)) }
            + screenings.map { (day: $0.day, at: $0.recordedAt, line: line(for: $0)) }
            + clearances.map { (day: $0.day, at: $0.recordedAt, line: "cleared: \($0.symptom), by \($0.clearedBy)") }
        guard !entries.isEmpty else {
            return "Nothing logged in the last \(days) day\(days == 1 ? "" : "s")."
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        var lines: [String] = []
        for (day, group) in Dictionary(grouping: entries, by: \.day).sorted(by: { $0.key > $1.key }) {
            if !lines.isEmpty { lines.append("") }
            lines.append(day.text)
            for entry in group.sorted(by: { $0.at > $1.at }) {
                let time = calendar.dateComponents([.hour, .minute], from: entry.at)
                // An entry holds what was typed or imported (a note, a symptom, ids): one line,
                // with its control characters visible.
                lines.append(String(format: "  %02d:%02d  ", time.hour!, time.minute!) + VisibleText.of(entry.line))
            }
        }
        return lines.joined(separator: "\n")
    }

    static func line(for logged: LoggedSession) -> String {
        let session = logged.session
        let played = logged.playedRoutines
        var text = "session \(session.status.rawValue)"
        text += played.isEmpty ? ", nothing played" : ": " + played.joined(separator: ", ")
        if !logged.steps.isEmpty {
            // A set played again after going back has two rows; it counts once, by its last
            // attempt, as the player counts it. Sets never reached have no row, so only what was
            // played is counted.
            let sets = Dictionary(grouping: logged.steps) { "\($0.routineID) \($0.stepIndex) \($0.side?.rawValue ?? "") \($0.setNumber)" }
            let last = sets.values.compactMap { $0.max { $0.endedAt < $1.endedAt } }
            let done = last.filter { $0.status == .done }.count
            let short = last.count - done
            let seconds = logged.steps.map(\.doneSeconds).reduce(0, +)
            text += " (\(done) \(done == 1 ? "set" : "sets") done"
                + (short > 0 ? ", \(short) cut short or skipped" : "") + ", \(DurationText.spoken(seconds)))"
        }
        switch (session.painBefore, session.painAfter) {
        case let (before?, after?): text += "; pain \(before) before, \(after) after"
        case let (before?, nil): text += "; pain \(before) before"
        case let (nil, after?): text += "; pain \(after) after"
        case (nil, nil): break
        }
        if let effort = session.effort {
            text += "; felt " + effort.rawValue.replacingOccurrences(of: "-", with: " ")
        }
        return text
    }

    /// A self-report in a few words: "pain 3", "walk, 20 min".
    public static func line(for report: SelfReport) -> String {
        var text: String
        switch report.kind {
        case .crack: text = "cracked back"
        case .activity: text = "\(report.activity?.rawValue ?? "activity"), \(report.minutes ?? 0) min"
        case .pain: text = "pain \(report.pain ?? 0)"
        case .stiffness: text = "morning stiffness, \(report.minutes ?? 0) min"
        case .symptom: text = "symptom: \(report.symptom ?? "")"
        case .sharpPain: text = "sharp or travelling pain during a session"
        case .flare: text = "flare-up"
        }
        if let note = report.note, !note.isEmpty {
            text += " (\"\(note)\")"
        }
        return text
    }

    static func line(for screening: Screening) -> String {
        "screening: " + (screening.symptoms.isEmpty ? "none applies" : screening.symptoms.joined(separator: ", "))
    }
}
