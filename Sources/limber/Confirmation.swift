import Foundation
import LimberCore

/// The line that says where `--out` wrote a file.
enum Confirmation {
    /// On standard output, as the interface says, unless the write went into a device or a pipe
    /// (`--out /dev/stdout`): what was written may be on standard output itself, and a
    /// spreadsheet or a program reading it would take the line for part of it. Then on standard
    /// error.
    static func print(_ line: String, after placement: ExportFile.Placement) {
        switch placement {
        case .renamedIntoPlace: Swift.print(line)
        case .intoDeviceOrPipe: StandardError.print(line)
        }
    }
}
