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

    /// Nanoseconds on a CPU, by thread alive now (/proc/PID/task/TID/schedstat).
    var cpuNanoseconds: [String: Int] {
        Dictionary(uniqueKeysWithValues: threads.map { thread in
            (thread, Int(text("task/\(thread)/schedstat").split(separator: " ").first ?? "") ?? 0)
        })
    }

    /// Times each thread alive now went to sleep (voluntary context switches), each a wake-up later.
    var sleeps: [String: Int] {
        Dictionary(uniqueKeysWithValues: threads.map { thread in
            (thread, Self.field("voluntary_ctxt_switches", in: text("task/\(thread)/status")) ?? 0)
        })
    }

    /// How much a per-thread count grew from `before` to `after`, over the threads alive at the
    /// end (one started meanwhile counts from zero). A thread that ended meanwhile (a dispatch
    /// worker leaving after its idle time) takes its count with it, so summing all threads at
    /// each end would count backwards.
    static func growth(from before: [String: Int], to after: [String: Int]) -> Int {
        after.reduce(0) { total, thread in total + thread.value - (before[thread.key] ?? 0) }
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
