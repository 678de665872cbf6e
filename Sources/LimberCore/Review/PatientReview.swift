import Foundation

/// One patient's review over a period: what was planned and done, doses against the stored
/// plans, pain, stiffness, activity, cracks, alerts and clearances, and the prescription, all
/// worked out from the log's contents (read in one snapshot) without touching the log. The
/// JSON keys are DESIGN §5's; docs/interface.md lists them all.
public struct PatientReview: Encodable, Sendable, Equatable {
    /// The name on the profile, else what the caller calls the log (its folder's name).
    public var patient: String
    /// Where the log was read from.
    public var source: String
    public var from: LocalDay
    public var to: LocalDay
    /// The first day counted as planned: `from`, or the patient's first day in the log when later;
    /// nil when the log begins after `to`.
    public var countedFrom: LocalDay?
    public var adherence: Adherence
    /// Sessions played on days that were not planned (rest days, days under a red flag).
    public var extraSessions: Int
    public var weeks: [ReviewWeek]
    /// Days in a row with a session played, ending on the period's last day (or the day before,
    /// when that day has none yet).
    public var currentStreak: Int
    /// The newest session up to the period's end, before the period included.
    public var lastSession: LastSession?
    public var sessions: [ReviewSession]
    public var routines: [RoutineTotal]
    public var pain: [PainPair]
    /// Pain rated outside sessions (`limber log pain`).
    public var painReports: [DatedReport]
    public var stiffness: [DatedMinutes]
    public var activities: [DatedMinutes]
    public var activityTotals: [ActivityTotal]
    public var cracks: [DatedReport]
    /// Flare-ups and sharp pain reported during sessions.
    public var otherReports: [DatedReport]
    public var alerts: [ReviewAlert]
    public var clearances: [ReviewClearance]
    public var screenings: [ReviewScreening]
    public var prescription: [PrescriptionEntry]

    public struct LastSession: Encodable, Sendable, Equatable {
        public var date: LocalDay
        public var status: SessionStatus
    }

    public var openAlerts: Int { alerts.filter(\.open).count }
    public var openRedFlags: Int { alerts.filter { $0.open && $0.kind == ReviewAlert.redFlagKind }.count }

    /// Reviews `contents` over `from...to`, as of `today`. `safety` names the red flags and
    /// carries the clinic's advice for each alert. `withSteps`: whether each session lists its
    /// steps (`ReviewSession.steps`), which only the CSV and the JSON show.
    public init(
        contents: LogContents, patient label: String, source: String, from: LocalDay, to: LocalDay, today: LocalDay,
        safety: SafetyCatalog, withSteps: Bool = true
    ) {
        let history = ProfileHistory(contents.profileChanges)
        patient = VisibleText.of(history.on(to)?.name.flatMap { $0.isEmpty ? nil : $0 } ?? label)
        self.source = VisibleText.of(source)
        self.from = from
        self.to = to

        let records = contents.sessions.sorted { ($0.day, $0.startedAt, $0.id) < ($1.day, $1.startedAt, $1.id) }
        let stepsBySession = Dictionary(groupingRuns: contents.steps, by: \.sessionID)
        let plannedBySession = Dictionary(groupingRuns: contents.plannedSets, by: \.sessionID)
        let reports = contents.selfReports.sorted { ($0.day, $0.recordedAt, $0.id) < ($1.day, $1.recordedAt, $1.id) }
        let inPeriod = { (day: LocalDay) in from <= day && day <= to }

        // Sessions of the period in full; before it, only whether something was played (the streak).
        let sessions = records.filter { inPeriod($0.day) }.map {
            LoggedSession(session: $0, steps: stepsBySession[$0.id] ?? [], plannedSets: plannedBySession[$0.id] ?? [])
        }.concurrentMap { ReviewSession($0, withSteps: withSteps) }
        var activeDays = Set(sessions.filter(\.played).map(\.date.dayNumber))
        for record in records where record.day < from {
            if stepsBySession[record.id]?.contains(where: { $0.status != .skipped }) ?? false { activeDays.insert(record.day.dayNumber) }
        }
        self.sessions = sessions
        lastSession = records.last { $0.day <= to }.map { LastSession(date: $0.day, status: $0.status) }

        // The days counted: from the first day of the log (or `from`) through `to`, not after today.
        let firstDay = [records.first?.day, history.changes.first?.day].compactMap { $0 }.min()
        let end = min(to, today)
        let endNumber = end.dayNumber
        let lastCounted = activeDays.contains(today.dayNumber) || end < today ? endNumber : endNumber - 1
        let start = max(from, firstDay ?? to.adding(days: 1))
        countedFrom = start <= to ? start : nil

        let safetyStart = max(from, [firstDay, reports.first?.day].compactMap { $0 }.min() ?? end)
        let safetyFacts = ReviewSafety(
            first: safetyStart, last: end, sessions: records, reports: reports,
            screenings: contents.screenings.sorted { $0.recordedAt < $1.recordedAt },
            clearances: contents.clearances, safety: safety)
        alerts = safetyFacts.alerts

        var outcomes: [Int: Adherence.DayOutcome] = [:]
        for session in sessions where session.played {
            let day = session.date.dayNumber
            if session.status == .completed { outcomes[day] = .completed } else if outcomes[day] == nil { outcomes[day] = .partial }
        }
        var overall = Adherence()
        var weeks: [ReviewWeek] = []
        var extra = Set(outcomes.keys)
        var profileIndex = -1
        let startNumber = start.dayNumber
        if startNumber <= lastCounted {
            for number in startNumber...lastCounted {
                let day = LocalDay(dayNumber: number)
                while profileIndex + 1 < history.changes.count, history.changes[profileIndex + 1].day <= day { profileIndex += 1 }
                let weekday = Weekday(of: day)
                if weekday == .mon || weeks.isEmpty {
                    weeks.append(ReviewWeek(week: LocalDay(dayNumber: number - Weekday.allCases.firstIndex(of: weekday)!), adherence: Adherence()))
                }
                let restDays = profileIndex >= 0 ? history.changes[profileIndex].restDays : []
                guard !restDays.contains(weekday), !safetyFacts.stopDays.contains(number) else { continue }
                extra.remove(number)
                let outcome = outcomes[number] ?? .missed
                overall.count(outcome)
                weeks[weeks.count - 1].adherence.count(outcome)
            }
        }
        adherence = overall
        self.weeks = weeks
        extraSessions = sessions.filter { $0.played && extra.contains($0.date.dayNumber) }.count
        currentStreak = Streak.current(on: end.dayNumber, active: activeDays)

        routines = RoutineTotal.of(sessions)
        pain = sessions.filter { $0.painBefore != nil || $0.painAfter != nil }
            .map { PainPair(date: $0.date, before: $0.painBefore, after: $0.painAfter) }
        let periodReports = reports.filter { inPeriod($0.day) }
        func dated(_ report: SelfReport) -> DatedReport {
            DatedReport(date: report.day, kind: report.kind, pain: report.pain, note: report.note.map(VisibleText.of))
        }
        func minutes(_ report: SelfReport) -> DatedMinutes {
            DatedMinutes(date: report.day, kind: report.activity, minutes: report.minutes ?? 0, note: report.note.map(VisibleText.of))
        }
        painReports = periodReports.filter { $0.kind == .pain }.map(dated)
        cracks = periodReports.filter { $0.kind == .crack }.map(dated)
        otherReports = periodReports.filter { $0.kind == .flare || $0.kind == .sharpPain }.map(dated)
        stiffness = periodReports.filter { $0.kind == .stiffness }.map(minutes)
        let activities = periodReports.filter { $0.kind == .activity }.map(minutes)
        self.activities = activities
        activityTotals = ActivityKind.allCases.compactMap { kind in
            let those = activities.filter { $0.kind == kind }
            return those.isEmpty ? nil : ActivityTotal(kind: kind, count: those.count, minutes: those.reduce(0) { $0 + $1.minutes })
        }
        clearances = contents.clearances.filter { inPeriod($0.day) }.sorted { $0.recordedAt < $1.recordedAt }
            .map { ReviewClearance(date: $0.day, symptom: VisibleText.of($0.symptom), clearedBy: VisibleText.of($0.clearedBy)) }
        screenings = contents.screenings.filter { inPeriod($0.day) }.sorted { $0.recordedAt < $1.recordedAt }
            .map { ReviewScreening(date: $0.day, symptoms: $0.symptoms.map(VisibleText.of)) }
        prescription = history.changes.filter { $0.day <= to && ($0.day > from || $0 == history.on(from)) }.map(PrescriptionEntry.init)
    }

    enum CodingKeys: String, CodingKey {
        case patient, source, from, to, weeks, sessions, routines, pain, stiffness, activities, cracks, alerts
        case clearances, screenings, prescription, adherence
        case countedFrom = "counted_from", plannedSessions = "planned_sessions", completedSessions = "completed_sessions"
        case partialSessions = "partial_sessions", missedSessions = "missed_sessions", extraSessions = "extra_sessions"
        case currentStreak = "current_streak", lastSession = "last_session", crackEvents = "crack_events"
        case painReports = "pain_reports", activityTotals = "activity_totals", otherReports = "other_reports"
        case openAlerts = "open_alerts"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(patient, forKey: .patient)
        try container.encode(source, forKey: .source)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(countedFrom, forKey: .countedFrom)
        try container.encode(adherence.planned, forKey: .plannedSessions)
        try container.encode(adherence.completed, forKey: .completedSessions)
        try container.encode(adherence.partial, forKey: .partialSessions)
        try container.encode(adherence.missed, forKey: .missedSessions)
        try container.encode(adherence.rate, forKey: .adherence)
        try container.encode(extraSessions, forKey: .extraSessions)
        try container.encode(weeks, forKey: .weeks)
        try container.encode(currentStreak, forKey: .currentStreak)
        try container.encode(lastSession, forKey: .lastSession)
        try container.encode(cracks.count, forKey: .crackEvents)
        try container.encode(cracks, forKey: .cracks)
        try container.encode(pain, forKey: .pain)
        try container.encode(painReports, forKey: .painReports)
        try container.encode(stiffness, forKey: .stiffness)
        try container.encode(activities, forKey: .activities)
        try container.encode(activityTotals, forKey: .activityTotals)
        try container.encode(otherReports, forKey: .otherReports)
        try container.encode(alerts, forKey: .alerts)
        try container.encode(openAlerts, forKey: .openAlerts)
        try container.encode(clearances, forKey: .clearances)
        try container.encode(screenings, forKey: .screenings)
        try container.encode(prescription, forKey: .prescription)
        try container.encode(routines, forKey: .routines)
        try container.encode(sessions, forKey: .sessions)
    }
}
