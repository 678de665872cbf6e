import Foundation
import LimberCore

/// The line that says where `--out` wrote a file.
enum Confirmation {
    /// On standard output, as the interface says, unless `file` is a device or a pipe
    /// (`--out /dev/stdout`): what was written may be on standard output itself, and a spreadsheet
    /// or a program reading it would take the line for part of it. Then on standard error.
    static func print(_ line: String, wrote file: URL) {
        if ExportFile.isDeviceOrPipe(file) {
            StandardError.print(line)
        } else {
            Swift.print(line)
        }
    }
}
