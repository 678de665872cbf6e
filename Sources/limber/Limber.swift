import ArgumentParser

@main
struct Limber: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "limber",
        abstract: "A calm home-exercise coach for lower-back tightness, and a log your clinician can review.",
        version: LimberVersion.current,
        subcommands: [
            HomeCommand.self, StartCommand.self, TodayCommand.self, PlanCommand.self,
            RoutinesCommand.self,
            ProfileCommand.self, LogCommand.self, ScreenCommand.self, StatusCommand.self, HistoryCommand.self, ReviewCommand.self,
            ExportCommand.self, ImportCommand.self,
        ],
        defaultSubcommand: HomeCommand.self
    )

    static func main() {
        if let work = QuickCommandLine.command(Array(CommandLine.arguments.dropFirst())) {
            run(work)
        }
        // A command without a commandName of its own is named by String(describing:) of its
        // type, a scan of every conformance in the binary (about 0.3 ms each): every command,
        // nested ones too, names itself, and nested names are only read for the command typed.
        let commands = configuration.subcommands.map { command in
            (name: command.configuration.commandName ?? command._commandName,
             subcommands: { command.configuration.subcommands.map { $0.configuration.commandName ?? $0._commandName } })
        }
        let arguments: [String]
        do {
            arguments = try CommandLineOrder.arguments(Array(CommandLine.arguments.dropFirst()), commands: commands)
        } catch {
            // A usage error, like argument-parser's own: status 64.
            StandardError.print("Error: \(error)")
            exit(withError: ExitCode.validationFailure)
        }
        do {
            var command = try parseAsRoot(arguments)
            run { try command.run() }
        } catch {
            end(with: error)
        }
    }

    /// Does the command's work and ends the process with its status.
    private static func run(_ work: () throws -> Void) -> Never {
        do {
            try work()
        } catch {
            end(with: error)
        }
        exit(withError: nil)
    }

    /// Ends the process after an error, with argument-parser's message and status.
    private static func end(with error: any Error) -> Never {
        // argument-parser's own `main` would print its messages raw; through StandardError,
        // a value echoed back (an unknown name holding ESC) cannot reach the terminal.
        let status = exitCode(for: error)
        let message = fullMessage(for: error)
        if status == .success { print(message) } else if !message.isEmpty { StandardError.print(message) }
        exit(withError: status)
    }
}

enum LimberVersion {
    static let current = "0.1.0"
}
