import Foundation

/// termdown, installed from PyPI into a Python environment of its own in the scratch folder.
func installTermdown(into work: URL) -> (path: String?, note: String?) {
    let venv = work.appendingPathComponent("termdown-venv")
    let environment = ProcessInfo.processInfo.environment
    print("Installing termdown into a temporary Python environment...", to: &standardError)
    do {
        guard try Spawn.run(["/usr/bin/env", "python3", "-m", "venv", venv.path], environment: environment) == 0 else {
            return (nil, "termdown left out: python3 -m venv failed.")
        }
        let pip = try Spawn.capture(
            [venv.appendingPathComponent("bin/pip").path, "install", "--quiet", "--disable-pip-version-check", "termdown"],
            environment: environment)
        guard pip.status == 0 else { return (nil, "termdown left out: pip install failed: \(pip.output.suffix(300))") }
    } catch {
        return (nil, "termdown left out: \(error)")
    }
    return (venv.appendingPathComponent("bin/termdown").path, nil)
}

/// tty-clock from Debian: installed with apt-get when missing and this is root.
func findTTYClock() -> (path: String?, note: String?) {
    let path = "/usr/bin/tty-clock"
    if FileManager.default.isExecutableFile(atPath: path) { return (path, nil) }
    guard geteuid() == 0 else { return (nil, "tty-clock left out: not installed, and installing it needs root (apt-get install tty-clock).") }
    print("Installing tty-clock with apt-get...", to: &standardError)
    var environment = ProcessInfo.processInfo.environment
    environment["DEBIAN_FRONTEND"] = "noninteractive"
    _ = try? Spawn.capture(["/usr/bin/apt-get", "update"], environment: environment)
    let install = try? Spawn.capture(["/usr/bin/apt-get", "install", "-y", "tty-clock"], environment: environment)
    guard FileManager.default.isExecutableFile(atPath: path) else {
        return (nil, "tty-clock left out: apt-get install tty-clock failed: \(install?.output.suffix(300) ?? "")")
    }
    return (path, nil)
}

/// The peers' versions, for the report.
func peerVersions(_ bench: Bench) -> String {
    var versions: [String] = []
    if let termdown = bench.termdown {
        let python = URL(fileURLWithPath: termdown).deletingLastPathComponent().appendingPathComponent("python").path
        let version = try? Spawn.capture(
            [python, "-c", "import importlib.metadata as m; print(m.version('termdown'))"], environment: ProcessInfo.processInfo.environment)
        versions.append("termdown \(version?.output.trimmingCharacters(in: .whitespacesAndNewlines) ?? "?") (PyPI)")
    }
    if bench.ttyClock != nil {
        let version = try? Spawn.capture(["/usr/bin/dpkg-query", "-W", "-f", "${Version}", "tty-clock"], environment: ProcessInfo.processInfo.environment)
        versions.append("tty-clock \(version?.output ?? "?") (Debian)")
    }
    return versions.isEmpty ? "no peers" : versions.joined(separator: ", ")
}

/// Standard error as a stream `print(to:)` accepts: progress goes there, the report to stdout.
nonisolated(unsafe) var standardError = StandardErrorStream()

struct StandardErrorStream: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}
