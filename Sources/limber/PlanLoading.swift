import ArgumentParser
import LimberCore

extension GlobalSettings {
    /// The scheduler for plans from `day`, from the patient's log read as `status` reads it (on
    /// a bare connection when nobody has it open: GRDB's set-up was most of `today`'s reading).
    func scheduler(from day: LocalDay, library: RoutineLibrary) throws -> Scheduler {
        try readingDay { try Self.scheduler(from: day, library: library, log: $0) } ?? Self.scheduler(from: day, library: library, log: nil)
    }

    /// The scheduler for plans from `day`: the library, the profile history and the log read
    /// back far enough for doses and the day before. No log yet is a patient with no history.
    static func scheduler(from day: LocalDay, library: RoutineLibrary, log reader: (any PlanningLogReader)?) throws -> Scheduler {
        let first = day.adding(days: -Scheduler.daysOfLogRead)
        // A red flag reported long ago stops sessions until it is cleared, as `start` finds it:
        // symptom reports are read as far back as screenings and clearances.
        let recent = try reader?.selfReports(from: first, through: day).filter { $0.kind != .symptom } ?? []
        let reports = (recent + (try reader?.symptomReports(through: day) ?? [])).sorted {
            $0.recordedAt != $1.recordedAt ? $0.recordedAt > $1.recordedAt : $0.id < $1.id  // newest first, as read
        }
        return Scheduler(
            library: library, profiles: try reader?.profileHistory() ?? ProfileHistory([]),
            sessions: try reader?.sessions(from: first, through: day.adding(days: -1)) ?? [],
            selfReports: reports,
            screenings: try reader?.screenings(from: first.adding(days: -LogLimits.historyDays), through: day) ?? [],
            clearances: try reader?.clearances(from: first.adding(days: -LogLimits.historyDays), through: day) ?? [])
    }
}

extension LocalDay: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}

/// A day's plan as `today --json` and `plan --json` write it (DESIGN §5).
struct DayPlanJSON: Encodable {
    var plan: DayPlan

    enum CodingKeys: String, CodingKey { case date, minutes, stop, kind, routines, warnings }
    enum RoutineKeys: String, CodingKey { case id, name, family, seconds, reason, rule }
    enum WarningKeys: String, CodingKey { case kind, message }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(plan.day, forKey: .date)
        try container.encode(plan.minutes, forKey: .minutes)
        try container.encode(plan.stop, forKey: .stop)
        try container.encode(plan.kind.rawValue, forKey: .kind)
        var routines = container.nestedUnkeyedContainer(forKey: .routines)
        for pick in plan.routines {
            var routine = routines.nestedContainer(keyedBy: RoutineKeys.self)
            try routine.encode(pick.routine.id, forKey: .id)
            try routine.encode(pick.routine.name, forKey: .name)
            try routine.encode(pick.routine.family, forKey: .family)
            try routine.encode(pick.routine.seconds, forKey: .seconds)
            try routine.encode(pick.reason.text, forKey: .reason)
            try routine.encode(pick.reason.rule.rawValue, forKey: .rule)
        }
        var warnings = container.nestedUnkeyedContainer(forKey: .warnings)
        for warning in plan.warnings {
            var entry = warnings.nestedContainer(keyedBy: WarningKeys.self)
            try entry.encode(warning.kind, forKey: .kind)
            try entry.encode(warning.message, forKey: .message)
        }
    }
}
