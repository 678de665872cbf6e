import Foundation

/// What Linux tells about a running process in /proc.
struct ProcessStatus {
    let pid: pid_t

    private func text(_ name: String) -> String {
        (try? String(contentsOfFile: "/proc/\(pid)/\(name)", encoding: .utf8)) ?? ""
    }

    /// utime + stime, in clock ticks (/proc/PID/stat fields 14 and 15).
    var cpuTicks: Int {
        let fields = text("stat").split(separator: ")").last?.split(separator: " ") ?? []
        guard fields.count > 12 else { return 0 }
        return (Int(fields[11]) ?? 0) + (Int(fields[12]) ?? 0)
    }

    private var threads: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
    }

    /// Nanoseconds on a CPU, every thread alive now (/proc/PID/task/TID/schedstat).
    var cpuNanoseconds: Int {
        threads.reduce(0) { total, thread in
            total + (Int(text("task/\(thread)/schedstat").split(separator: " ").first ?? "") ?? 0)
        }
    }

    /// Times any thread went to sleep (voluntary context switches), each a wake-up later.
    var sleeps: Int {
        threads.reduce(0) { total, thread in
            total + (Self.field("voluntary_ctxt_switches", in: text("task/\(thread)/status")) ?? 0)
        }
    }

    /// A kB figure of /proc/PID/status (VmRSS, VmHWM) or smaps_rollup (Anonymous, Private_Dirty...).
    func kilobytes(_ key: String, in file: String = "status") -> Int? {
        Self.field(key, in: text(file))
    }

    static func field(_ key: String, in text: String) -> Int? {
        for line in text.split(separator: "\n") where line.hasPrefix(key + ":") {
            return Int(line.dropFirst(key.count + 1).split(whereSeparator: \.isWhitespace).first ?? "")
        }
        return nil
    }
}
