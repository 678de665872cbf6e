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

    static func main() {
        let commands = configuration.subcommands.map {
            (name: $0._commandName, subcommands: $0.configuration.subcommands.map { sub in sub._commandName })
        }
        do {
            main(try CommandLineOrder.arguments(Array(CommandLine.arguments.dropFirst()), commands: commands))
        } catch {
            // A usage error, like argument-parser's own: status 64.
            StandardError.print("Error: \(error)")
            exit(withError: ExitCode.validationFailure)
        }
    }
}

enum LimberVersion {
    static let current = "0.1.0"
}
