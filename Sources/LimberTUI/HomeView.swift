import LimberCore

/// What the home screen shows: today's plan with its reasons, the streak, the last twelve weeks
/// and the warnings, or the advice that stands in place of a session.
public struct HomeView: Sendable, Equatable {
    public var plan: DayPlan
    public var streak: Int
    public var calendar: AdherenceCalendar
    /// A red flag's advice, shown in place of the session until a clearance is recorded.
    public var stopAdvice: String?
    /// Whether a session was completed today.
    public var doneToday: Bool
    /// What the last key did ("Logged: pain 3 of 10."), shown until the next.
    public var notice: String?

    public init(plan: DayPlan, streak: Int, calendar: AdherenceCalendar, stopAdvice: String? = nil, doneToday: Bool = false,
                notice: String? = nil) {
        self.plan = plan
        self.streak = streak
        self.calendar = calendar
        self.stopAdvice = stopAdvice
        self.doneToday = doneToday
        self.notice = notice
    }
}
