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
        // Picked out once, not from every report again for each flag: years of reports.
        let symptomReports = reports.filter { $0.kind == .symptom }
        for flag in safety.redFlags {
            enum Event { case reported(LocalDay), cleared(Clearance) }
            let events = (symptomReports.filter { $0.symptom == flag.id }.map { ($0.recordedAt, Event.reported($0.day)) }
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

    /// The assessment patterns standing on every day of the period on which what a rule sees
    /// can change (StandingAssessments); an alert is listed, as `AssessmentAlerts.on` words it,
    /// on the day its pattern begins to stand, and closed on the day it no longer does.
    private mutating func assessments(
        first: LocalDay, last: LocalDay, sessions: [SessionRecord], reports: [SelfReport], safety: SafetyCatalog
    ) {
        let standing = StandingAssessments(sessions: sessions, reports: reports)
        // A rule's finding can change only on a day a record enters one of the windows (its own
        // day, or the next: relief is judged by the next day's pain) or leaves one; and the
        // first day starts from what already stands.
        // Marked by day in the period, not hashed into a set: five marks for each record of years.
        let (start, end) = (first.dayNumber, last.dayNumber)
        var changes = [Bool](repeating: false, count: end - start + 1)
        changes[0] = true
        for day in sessions.map(\.day.dayNumber) + reports.map(\.day.dayNumber) {
            for offset in [0, 1, 7, 14, AssessmentAlerts.lookbackDays] where (start...end).contains(day + offset) {
                changes[day + offset - start] = true
            }
        }
        var open: [String: Int] = [:]
        for number in start...end where changes[number - start] {
            let now = standing.patterns(on: number)
            if now.contains(where: { open[$0] == nil }) {
                let found = AssessmentAlerts.on(LocalDay(dayNumber: number), sessions: sessions, reports: reports, safety: safety)
                for alert in found where open[alert.pattern] == nil {
                    alerts.append(ReviewAlert(
                        kind: alert.kind, pattern: VisibleText.of(alert.pattern), message: VisibleText.of(alert.message),
                        date: alert.date, open: true))
                    open[alert.pattern] = alerts.count - 1
                }
            }
            for (pattern, index) in open where !now.contains(pattern) {
                alerts[index].open = false
                open[pattern] = nil
            }
        }
    }
}
