/// A day's plan as `today` and `plan` print it: one line a routine, with its minutes and reason.
public enum PlanText {
    public static func lines(_ plan: DayPlan) -> [String] {
        let kind = switch plan.kind {
        case .regular: ""
        case .rest: " (rest day)"
        case .comeback: " (first day back)"
        case .gentle: " (gentle)"
        case .stop: " (no exercise)"
        }
        let planned = plan.seconds < 60 ? "\(plan.seconds) s" : "\((plan.seconds + 59) / 60)"
        let heading = "\(plan.day) \(Weekday(of: plan.day).rawValue)\(kind)"
        var lines = [plan.stop ? heading : "\(heading): \(planned) of \(plan.minutes) min"]
        for (index, pick) in plan.routines.enumerated() {
            lines.append("  \(index + 1). \(VisibleText.of(pick.routine.name)) (\(pick.routine.family.rawValue), "
                + "\(minutes(pick.routine.seconds))): \(pick.reason.text)")
        }
        lines += plan.warnings.map { "  ! \($0.message)" }
        return lines
    }

    /// Seconds as whole minutes, rounded up, or seconds under a minute.
    public static func minutes(_ seconds: Int) -> String {
        seconds < 60 ? "\(seconds) s" : "\((seconds + 59) / 60) min"
    }
}
