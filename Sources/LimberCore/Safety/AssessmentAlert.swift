import Foundation

/// A pattern in the log that calls for a professional assessment (DESIGN §6), raised for the
/// patient and the clinician alike: `today`'s and the review's warnings of kind
/// `assessment-advised`.
public struct AssessmentAlert: Sendable, Equatable {
    public static let kind = "assessment-advised"

    /// The assessment pattern in `safety.yaml` whose advice the message carries.
    public var pattern: String
    /// What was seen in the log, then the clinic's advice for the pattern.
    public var message: String
    /// The last day of the evidence.
    public var date: LocalDay

    public var kind: String { Self.kind }
}

/// The alert rules, each with its threshold in one place (docs/safety.md lists them with their
/// sources). Each looks back from `day` over at most `lookbackDays`; records after `day` are not
/// counted.
public enum AssessmentAlerts {
    /// The most days any rule looks back over, `day` included: read at least this much log.
    public static let lookbackDays = PersistentSymptoms.days

    /// Every alert on `day`, in the order of the rules below.
    public static func on(
        _ day: LocalDay, sessions: [SessionRecord], reports: [SelfReport], safety: SafetyCatalog
    ) -> [AssessmentAlert] {
        let log = Evidence(on: day, sessions: sessions, reports: reports)
        let found = [
            PersistentSymptoms.check(log), ReliefNeverLasts.check(log), StrongPainAroundSessions.check(log),
            LongMorningStiffness.check(log), RepeatedCracking.check(log),
        ].compactMap { $0 }
        return found.map { finding in
            let advice = safety.assessmentPatterns.first { $0.id == finding.pattern }?.advice
            return AssessmentAlert(
                pattern: finding.pattern, message: ([finding.evidence] + [advice].compactMap { $0 }).joined(separator: " "),
                date: finding.date)
        }
    }

    /// The alerts on `day` from the log.
    public static func read(_ log: any LogReader, on day: LocalDay, safety: SafetyCatalog) throws -> [AssessmentAlert] {
        let first = day.adding(days: 1 - lookbackDays)
        return try on(
            day, sessions: log.sessions(from: first, through: day).map(\.session),
            reports: log.selfReports(from: first, through: day), safety: safety)
    }

    /// What one rule found: the pattern, the evidence in words, and its last day.
    struct Finding {
        var pattern: String
        var evidence: String
        var date: LocalDay
    }

    /// The log a rule looks at, up to and including `day`.
    struct Evidence {
        var day: LocalDay
        var sessions: [SessionRecord]
        var reports: [SelfReport]

        /// The records of the `lookbackDays` ending on `day`.
        init(on day: LocalDay, sessions: [SessionRecord], reports: [SelfReport]) {
            let first = day.adding(days: 1 - lookbackDays)
            self.day = day
            self.sessions = sessions.filter { (first...day).contains($0.day) }
            self.reports = reports.filter { (first...day).contains($0.day) }
        }

        /// The `count` days ending on `day`.
        func last(_ count: Int) -> ClosedRange<LocalDay> { day.adding(days: 1 - count)...day }

        func reports(_ kind: SelfReportKind, in days: ClosedRange<LocalDay>) -> [SelfReport] {
            reports.filter { $0.kind == kind && days.contains($0.day) }
        }
    }

    /// Tightness or pain reported on most days for 6 weeks: more than half of the last 42 days
    /// have a pain report above 0, a morning stiffness report, or a session rated above 0.
    enum PersistentSymptoms {
        static let pattern = "recurring-tightness"
        static let days = 42
        static let minimumDays = 22

        static func check(_ log: Evidence) -> Finding? {
            let window = log.last(days)
            let fromReports = log.reports.filter {
                window.contains($0.day) && ($0.kind == .stiffness || ($0.kind == .pain && ($0.pain ?? 0) > 0))
            }.map(\.day)
            let fromSessions = log.sessions.filter {
                window.contains($0.day) && $0.worstPain > 0
            }.map(\.day)
            let symptomDays = Set(fromReports + fromSessions)
            guard symptomDays.count >= minimumDays, let last = symptomDays.max() else { return nil }
            return Finding(
                pattern: pattern,
                evidence: "You reported tightness or pain on \(symptomDays.count) of the last \(days) days.", date: last)
        }
    }

    /// Relief that never lasts: sessions lowered the pain, but by the next day it was back (as
    /// high as before the session), every time over at least 14 days. A session whose next day
    /// has no pain rating is not counted either way; one whose relief lasted ends the run.
    enum ReliefNeverLasts {
        static let pattern = "relief-never-lasts"
        static let days = 14

        static func check(_ log: Evidence) -> Finding? {
            // Days as numbers: the review asks this of every day of years of log.
            let firstPains = firstPainByDay(sessions: log.sessions, reports: log.reports)
            let lastDay = log.day.dayNumber
            let episodes = log.sessions.sorted { $0.startedAt < $1.startedAt }.compactMap { session -> (LocalDay, Bool)? in
                guard let before = session.painBefore, let after = session.painAfter, after < before,
                    case let nextDay = session.day.dayNumber + 1, nextDay <= lastDay, let next = firstPains[nextDay]?.pain
                else { return nil }
                return (session.day, next >= before)
            }
            let run = episodes.reversed().prefix { $0.1 }
            guard let latest = run.first?.0, let earliest = run.last?.0 else { return nil }
            let returned = latest.adding(days: 1)
            guard earliest.adding(days: days - 1) <= returned else { return nil }
            return Finding(
                pattern: pattern,
                evidence: "Your pain eased after sessions but was back by the next day, every time from \(earliest) to \(returned).",
                date: returned)
        }

        /// The first pain rated on each day (by day number), before a session or logged on its
        /// own, worked out once: the review asks for every day of years of log.
        static func firstPainByDay(sessions: [SessionRecord], reports: [SelfReport]) -> [Int: (at: Date, pain: Int)] {
            var first: [Int: (at: Date, pain: Int)] = [:]
            func note(_ day: LocalDay, _ at: Date, _ pain: Int?) {
                guard let pain else { return }
                let number = day.dayNumber
                if let known = first[number], known.at <= at { return }
                first[number] = (at, pain)
            }
            for session in sessions { note(session.day, session.startedAt, session.painBefore) }
            for report in reports where report.kind == .pain { note(report.day, report.recordedAt, report.pain) }
            return first
        }
    }

    /// Pain of 6/10 or more before or after a session in the last 7 days: "too much" on the
    /// traffic-light scale.
    enum StrongPainAroundSessions {
        static let pattern = "strong-pain-with-exercise"
        static let days = 7
        static let minimumPain = 6

        static func check(_ log: Evidence) -> Finding? {
            let window = log.last(days)
            let strong = log.sessions.filter {
                window.contains($0.day) && $0.worstPain >= minimumPain
            }
            guard let latest = strong.max(by: { $0.startedAt < $1.startedAt }) else { return nil }
            return Finding(
                pattern: pattern,
                evidence: "You rated your pain \(latest.worstPain)/10 around your session on \(latest.day).", date: latest.day)
        }
    }

    /// Morning stiffness of 30 minutes or more on 3 days in the last 14.
    enum LongMorningStiffness {
        static let pattern = "long-morning-stiffness"
        static let days = 14
        static let minimumMinutes = 30
        static let minimumDays = 3

        static func check(_ log: Evidence) -> Finding? {
            let stiffDays = Set(log.reports(.stiffness, in: log.last(days)).filter { ($0.minutes ?? 0) >= minimumMinutes }.map(\.day))
            guard stiffDays.count >= minimumDays, let last = stiffDays.max() else { return nil }
            return Finding(
                pattern: pattern,
                evidence: "You had morning stiffness of \(minimumMinutes) minutes or more on \(stiffDays.count) of the last \(days) days.",
                date: last)
        }
    }

    /// Three or more back cracks logged in the last 7 days.
    enum RepeatedCracking {
        static let pattern = "repeated-self-cracking"
        static let days = 7
        static let minimumCracks = 3

        static func check(_ log: Evidence) -> Finding? {
            let cracks = log.reports(.crack, in: log.last(days))
            guard cracks.count >= minimumCracks, let last = cracks.map(\.day).max() else { return nil }
            return Finding(
                pattern: pattern,
                evidence: "You logged \(cracks.count) back cracks in the last \(days) days.", date: last)
        }
    }
}

extension SessionRecord {
    /// The higher of the pain before and after, 0 when neither was rated.
    var worstPain: Int { max(painBefore ?? 0, painAfter ?? 0) }
}
