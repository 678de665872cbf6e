import ArgumentParser
import LimberCore

/// `limber today`: the day's session, with why each routine was picked.
struct TodayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "today", abstract: "Show today's session: routines, minutes, why each was picked, warnings.")

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Plan this day instead (YYYY-MM-DD).", valueName: "date")) var date: LocalDay?
    @Flag(help: "Print the plan as JSON.") var json = false

    func run() throws {
        let day = try date ?? global.settings.clock().today()
        let plan = try global.settings.scheduler(from: day, library: global.settings.libraryReportingSkips()).plan(for: day)
        if json {
            try JSONOutput.print(DayPlanJSON(plan: plan))
        } else {
            PlanText.lines(plan).forEach { print($0) }
        }
    }
}

/// `limber plan`: the coming days.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "plan", abstract: "Show the sessions of the coming days.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "How many days, 1 to 366 (default 7).") var days = 7
    @Option(help: ArgumentHelp("The first day (YYYY-MM-DD; default today).", valueName: "date")) var from: LocalDay?
    @Flag(help: "Print the plans as JSON.") var json = false

    func validate() throws {
        guard (1...366).contains(days) else { throw ValidationError("--days must be from 1 to 366, not \(days).") }
    }

    func run() throws {
        let first = try from ?? global.settings.clock().today()
        let plans = try global.settings.scheduler(from: first, library: global.settings.libraryReportingSkips()).plan(days: days, from: first)
        if json {
            try JSONOutput.print(plans.map(DayPlanJSON.init))
        } else {
            for (index, plan) in plans.enumerated() {
                if index > 0 { print("") }
                PlanText.lines(plan).forEach { print($0) }
            }
        }
    }
}
