import ArgumentParser

@main
struct Limber: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "limber",
        abstract: "A calm home-exercise coach for lower-back tightness, and a log your clinician can review.",
        version: LimberVersion.current,
        subcommands: [
            StartCommand.self,
            RoutinesCommand.self,
            LogCommand.self, HistoryCommand.self, ExportCommand.self, ImportCommand.self,
        ],
        defaultSubcommand: StartCommand.self
    )
}

enum LimberVersion {
    static let current = "0.1.0"
}
