/// Which assessment patterns stand on a day, answered from the log's records sorted by day
/// number once: a day costs a few binary searches instead of every rule run over its window,
/// and the review asks it of every day of years of log. It answers as `AssessmentAlerts.on`
/// does (a property test holds it to that, day by day); the alerts themselves, with their
/// evidence in words, come from `on` on the day a pattern begins to stand.
struct StandingAssessments {
    typealias Rules = AssessmentAlerts

    /// Days (once each) with tightness or pain: a stiffness report, a pain report above 0, a
    /// session rated above 0 (PersistentSymptoms).
    private let symptomDays: [Int]
    /// Days of sessions rated 6 or more, once per session (StrongPainAroundSessions).
    private let strongPainDays: [Int]
    /// Days (once each) of morning stiffness of 30 minutes or more (LongMorningStiffness).
    private let longStiffnessDays: [Int]
    /// Days of back cracks, once per crack (RepeatedCracking).
    private let crackDays: [Int]
    private let relief: ReliefEpisodes?
    /// For ReliefNeverLasts when `relief` is nil.
    private let sessions: [SessionRecord], reports: [SelfReport]

    init(sessions: [SessionRecord], reports: [SelfReport]) {
        self.sessions = sessions
        self.reports = reports
        symptomDays = Array(Set(
            reports.filter { $0.kind == .stiffness || ($0.kind == .pain && ($0.pain ?? 0) > 0) }.map(\.day.dayNumber)
                + sessions.filter { $0.worstPain > 0 }.map(\.day.dayNumber))).sorted()
        strongPainDays = sessions.filter { $0.worstPain >= Rules.StrongPainAroundSessions.minimumPain }.map(\.day.dayNumber).sorted()
        longStiffnessDays = Array(Set(reports.filter {
            $0.kind == .stiffness && ($0.minutes ?? 0) >= Rules.LongMorningStiffness.minimumMinutes
        }.map(\.day.dayNumber))).sorted()
        crackDays = reports.filter { $0.kind == .crack }.map(\.day.dayNumber).sorted()
        relief = ReliefEpisodes(sessions: sessions, reports: reports)
    }

    /// The patterns standing on day number `day`, in the order of the rules.
    func patterns(on day: Int) -> [String] {
        var found: [String] = []
        if Self.count(symptomDays, day, Rules.PersistentSymptoms.days) >= Rules.PersistentSymptoms.minimumDays {
            found.append(Rules.PersistentSymptoms.pattern)
        }
        if relief?.stand(on: day) ?? reliefByRule(on: day) { found.append(Rules.ReliefNeverLasts.pattern) }
        if Self.count(strongPainDays, day, Rules.StrongPainAroundSessions.days) > 0 {
            found.append(Rules.StrongPainAroundSessions.pattern)
        }
        if Self.count(longStiffnessDays, day, Rules.LongMorningStiffness.days) >= Rules.LongMorningStiffness.minimumDays {
            found.append(Rules.LongMorningStiffness.pattern)
        }
        if Self.count(crackDays, day, Rules.RepeatedCracking.days) >= Rules.RepeatedCracking.minimumCracks {
            found.append(Rules.RepeatedCracking.pattern)
        }
        return found
    }

    private func reliefByRule(on day: Int) -> Bool {
        Rules.ReliefNeverLasts.check(Rules.Evidence(on: LocalDay(dayNumber: day), sessions: sessions, reports: reports)) != nil
    }

    /// How many of `days` (ascending) fall in the `length` days ending on `day`.
    private static func count(_ days: [Int], _ day: Int, _ length: Int) -> Int {
        lowerBound(days, day + 1) - lowerBound(days, day + 1 - length)
    }

    /// The index of the first of `days` (ascending) not below `value`.
    static func lowerBound(_ days: [Int], _ value: Int) -> Int {
        var low = 0, high = days.count
        while low < high {
            let middle = (low + high) / 2
            if days[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// ReliefNeverLasts' episodes over the whole log: each session that lowered the pain and
    /// whose next day has a pain rating, in the order they started, with whether the pain was
    /// back. A day's episodes are those of its window whose next day is not after it: when the
    /// episodes' days follow their order (they do unless the patient moved back across time
    /// zones), one stretch of this list. nil otherwise, and the rule is run day by day.
    private struct ReliefEpisodes {
        var days: [Int] = []
        var returned: [Bool] = []
        /// Where the run of returned episodes that ends at each one begins.
        var runStart: [Int] = []

        init?(sessions: [SessionRecord], reports: [SelfReport]) {
            let firstPains = Rules.ReliefNeverLasts.firstPainByDay(sessions: sessions, reports: reports)
            for session in sessions.sorted(by: { $0.startedAt < $1.startedAt }) {
                guard let before = session.painBefore, let after = session.painAfter, after < before,
                    let next = firstPains[session.day.dayNumber + 1]?.pain
                else { continue }
                let day = session.day.dayNumber
                if let previous = days.last, previous > day { return nil }
                let back = next >= before
                runStart.append(!back ? days.count : returned.last == true ? runStart[days.count - 1] : days.count)
                days.append(day)
                returned.append(back)
            }
        }

        func stand(on day: Int) -> Bool {
            let low = StandingAssessments.lowerBound(days, day + 1 - Rules.lookbackDays)
            let high = StandingAssessments.lowerBound(days, day)
            guard high > low, returned[high - 1] else { return false }
            let earliest = days[max(runStart[high - 1], low)], latest = days[high - 1]
            return earliest + Rules.ReliefNeverLasts.days - 1 <= latest + 1
        }
    }
}
