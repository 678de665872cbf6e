/// An alert as the review lists it: an assessment-advised pattern or a red flag, with the day
/// it was raised and whether it still stood at the end of the period (DESIGN §5's `alerts`).
public struct ReviewAlert: Encodable, Sendable, Equatable {
    /// `assessment-advised` (AssessmentAlert.kind) or `red-flag`.
    public var kind: String
    /// The assessment pattern or the red flag's symptom id, from `safety.yaml`.
    public var pattern: String
    public var message: String
    /// The day it was raised.
    public var date: LocalDay
    /// It still stood on the period's last day (a red flag not yet cleared).
    public var open: Bool
    /// For a red flag: the day and who cleared it, when that happened within the period.
    public var clearedOn: LocalDay?
    public var clearedBy: String?

    public static let redFlagKind = "red-flag"

    enum CodingKeys: String, CodingKey {
        case kind, pattern, message, date, open
        case clearedOn = "cleared_on", clearedBy = "cleared_by"
    }
}

/// The safety side of a review, worked out in one pass over the days: which days a red flag
/// stopped exercise (they are not planned), each red flag reported with its clearance, and
/// each assessment-advised alert from the day it was first raised.
struct ReviewSafety {
    /// Day numbers on which a red flag stood uncleared.
    var stopDays: Set<Int> = []
    var alerts: [ReviewAlert] = []

    /// `sessions` and `reports` oldest first; the days `first...last` are walked.
    init(
        first: LocalDay, last: LocalDay, sessions: [SessionRecord], reports: [SelfReport], screenings: [Screening],
        clearances: [Clearance], safety: SafetyCatalog
    ) {
        guard first <= last else { return }
        redFlags(first: first, last: last, reports: reports, screenings: screenings, clearances: clearances, safety: safety)
        assessments(first: first, last: last, sessions: sessions, reports: reports, safety: safety)
    }

    /// Each red flag's reports and clearances in the order they were recorded: a report starts
    /// a stop when none stands, a clearance ends it (SafetyStop's rule, day by day).
    private mutating func redFlags(
        first: LocalDay, last: LocalDay, reports: [SelfReport], screenings: [Screening], clearances: [Clearance],
        safety: SafetyCatalog
    ) {
        let lastNumber = last.dayNumber, firstNumber = first.dayNumber
        for flag in safety.redFlags {
            enum Event { case reported(LocalDay), cleared(Clearance) }
            let events = (reports.filter { $0.kind == .symptom && $0.symptom == flag.id }.map { ($0.recordedAt, Event.reported($0.day)) }
                + screenings.filter { $0.symptoms.contains(flag.id) }.map { ($0.recordedAt, Event.reported($0.day)) }
                + clearances.filter { $0.symptom == flag.id }.map { ($0.recordedAt, Event.cleared($0)) })
                .filter { event in
                    switch event.1 {
                    case .reported(let day): day <= last
                    case .cleared(let clearance): clearance.day <= last
                    }
                }
                .sorted { $0.0 < $1.0 }
            var standing: (since: LocalDay, alert: Int?)?
            func stop(through end: Int) {
                guard let since = standing?.since else { return }
                let start = max(since.dayNumber, firstNumber)
                if start <= end { stopDays.formUnion(start...end) }
            }
            for (_, event) in events {
                switch event {
                case .reported(let day) where standing == nil:
                    let shown = day >= first
                    if shown {
                        alerts.append(ReviewAlert(
                            kind: ReviewAlert.redFlagKind, pattern: VisibleText.of(flag.id),
                            message: VisibleText.of("Red flag reported (\(flag.id)): \(flag.advice)"), date: day, open: true))
                    }
                    standing = (day, shown ? alerts.count - 1 : nil)
                case .reported:
                    continue
                case .cleared(let clearance):
                    guard let current = standing else { continue }
                    // A clearance lifts the stop from its own day on (SafetyStop: it covers that day).
                    stop(through: clearance.day.dayNumber - 1)
                    if let index = current.alert {
                        alerts[index].open = false
                        alerts[index].clearedOn = clearance.day
                        alerts[index].clearedBy = VisibleText.of(clearance.clearedBy)
                    }
                    standing = nil
                }
            }
            stop(through: lastNumber)
        }
    }

    /// AssessmentAlerts on every day of the period on which what a rule sees can change, each
    /// given only the records of its look-back window; an alert is listed on the day its pattern
    /// begins to stand.
    private mutating func assessments(
        first: LocalDay, last: LocalDay, sessions: [SessionRecord], reports: [SelfReport], safety: SafetyCatalog
    ) {
        // The rules read days, instants and ratings only: copies without ids, plans and notes
        // cost less to pass around thousands of times.
        let sessions = sessions.map {
            SessionRecord(id: "", day: $0.day, plannedRoutines: [], startedAt: $0.startedAt, status: $0.status,
                          painBefore: $0.painBefore, painAfter: $0.painAfter)
        }
        let reports = reports.map {
            SelfReport(id: "", day: $0.day, recordedAt: $0.recordedAt, kind: $0.kind, minutes: $0.minutes, pain: $0.pain)
        }
        let sessionDays = sessions.map(\.day.dayNumber), reportDays = reports.map(\.day.dayNumber)
        // A rule's finding can change only on a day a record enters one of the windows (its own
        // day, or the next: relief is judged by the next day's pain) or leaves one.
        var changes = Set<Int>()
        for day in sessionDays + reportDays {
            for offset in [0, 1, 7, 14, AssessmentAlerts.lookbackDays] { changes.insert(day + offset) }
        }
        var standing: [String: Int] = [:]
        for number in first.dayNumber...last.dayNumber where changes.contains(number) {
            let day = LocalDay(dayNumber: number)
            let windowStart = number + 1 - AssessmentAlerts.lookbackDays
            let found = AssessmentAlerts.on(
                day, sessions: Array(sessions[window(sessionDays, windowStart, number)]),
                reports: Array(reports[window(reportDays, windowStart, number)]), safety: safety)
            var now: [String: Int] = [:]
            for alert in found {
                if let index = standing[alert.pattern] {
                    now[alert.pattern] = index
                    continue
                }
                alerts.append(ReviewAlert(
                    kind: alert.kind, pattern: VisibleText.of(alert.pattern), message: VisibleText.of(alert.message),
                    date: alert.date, open: true))
                now[alert.pattern] = alerts.count - 1
            }
            for (pattern, index) in standing where now[pattern] == nil { alerts[index].open = false }
            standing = now
        }
    }

    /// The indices of `days` (ascending) from `start` through `end`.
    private func window(_ days: [Int], _ start: Int, _ end: Int) -> Range<Int> {
        lowerBound(days, start)..<lowerBound(days, end + 1)
    }

    private func lowerBound(_ days: [Int], _ value: Int) -> Int {
        var low = 0, high = days.count
        while low < high {
            let middle = (low + high) / 2
            if days[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
